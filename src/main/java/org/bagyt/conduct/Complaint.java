package org.bagyt.conduct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint as read: what, from whom, by when it must be answered, and its reply once closed. */
public record Complaint(UUID id, String caseNumber, UUID prisonerId, String prisonerNumber, String prisonerName,
    UUID facilityId, String facilityCode, ComplaintCategory category, boolean allegation, String text,
    boolean retaliation, LocalDate madeOn, LocalDate replyDueOn, String recordedBy, Instant recordedAt,
    Instant referredAt, boolean open, String reply, String closedBy, Instant closedAt, int version, long daysLeft, boolean overdue) {

  /** A complaint as read on a day: {@code overdue} when it is open past its reply deadline. */
  public Complaint {
    overdue = open && daysLeft < 0;
  }
}
