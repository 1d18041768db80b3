package org.bagyt.custody;

import java.time.LocalDate;

/**
 * An independent reviewer's decision on an order, recorded by someone who is not its authoriser.
 *
 * @param reviewerName who reviewed (required)
 * @param reviewerRole in what capacity, e.g. prosecutor's office, national preventive mechanism (required)
 * @param decision continue or end (required)
 * @param reasons the reviewer's reasons (required)
 * @param endsOn with CONTINUE, the new planned last day
 * @param nextReviewOn with CONTINUE, the date of the next review
 */
public record ReviewDecision(String reviewerName, String reviewerRole, Outcome decision, String reasons,
    LocalDate endsOn, LocalDate nextReviewOn) {

  public enum Outcome { CONTINUE, END }
}
