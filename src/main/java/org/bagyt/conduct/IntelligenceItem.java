package org.bagyt.conduct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.bagyt.platform.BagytException;

/**
 * A graded intelligence item. It guards its own rules: an item alleged to come from duress feeds no decision (it
 * cannot be made usable and produces no network link) until a reviewer, not its recorder, has recorded a review; a
 * review is recorded once; an item leaves the service only when its handling code allows and it is usable.
 */
public final class IntelligenceItem {

  public static final int MAX_SUMMARY = 4000;
  public static final int MAX_PROVENANCE = 2000;
  public static final int MAX_NOTE = 2000;
  public static final int MAX_CONDITIONS = 1000;

  public enum ReviewStatus { AWAITING_REVIEW, REVIEWED }

  public enum ReviewOutcome { USABLE, NOT_USABLE }

  /** A link between two prisoners the item asserts, from a day and (when it ended) to a day. */
  public record AssertedLink(UUID prisonerA, UUID prisonerB, LocalDate from, LocalDate to) {

    /** The link in the order the database keeps (ids compared as PostgreSQL does: unsigned, as their text). */
    public static AssertedLink between(UUID x, UUID y, LocalDate from, LocalDate to) {
      return x.toString().compareTo(y.toString()) < 0 ? new AssertedLink(x, y, from, to) : new AssertedLink(y, x, from, to);
    }
  }

  /** What the reviewer found. */
  public record Review(ReviewOutcome outcome, String note, String by, Instant at) {}

  private final UUID id;
  private final String reference;
  private final UUID facilityId;
  private final String sourceGrade;
  private final String informationGrade;
  private final GradingScheme.HandlingCode handling;
  private final String handlingConditions;
  private final String summary;
  private final String provenance;
  private final LocalDate obtainedOn;
  private final boolean duressAlleged;
  private final String duressNote;
  private boolean usable;
  private Review review;
  private final String recordedBy;
  private final Instant recordedAt;
  private final List<UUID> subjects;
  private final List<AssertedLink> links;
  private final int version;

  public IntelligenceItem(UUID id, String reference, UUID facilityId, String sourceGrade, String informationGrade,
      GradingScheme.HandlingCode handling, String handlingConditions, String summary, String provenance,
      LocalDate obtainedOn, boolean duressAlleged, String duressNote, boolean usable, Review review, String recordedBy,
      Instant recordedAt, List<UUID> subjects, List<AssertedLink> links, int version) {
    if (duressAlleged && usable && review == null) {
      throw duressUnreviewed();
    }
    this.id = id;
    this.reference = reference;
    this.facilityId = facilityId;
    this.sourceGrade = sourceGrade;
    this.informationGrade = informationGrade;
    this.handling = handling;
    this.handlingConditions = handlingConditions;
    this.summary = summary;
    this.provenance = provenance;
    this.obtainedOn = obtainedOn;
    this.duressAlleged = duressAlleged;
    this.duressNote = duressNote;
    this.usable = usable;
    this.review = review;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.subjects = List.copyOf(subjects);
    this.links = List.copyOf(links);
    this.version = version;
  }

  static BagytException duressUnreviewed() {
    return BagytException.conflict("duress-unreviewed", "intelligence.error.duress-unreviewed");
  }

  /** Lets the item feed decisions; refused while an allegation of duress is unreviewed, or after a review found it unusable. */
  public void markUsable() {
    if (duressAlleged && review == null) {
      throw duressUnreviewed();
    }
    if (review != null && review.outcome() == ReviewOutcome.NOT_USABLE) {
      throw BagytException.conflict("reviewed-not-usable", "intelligence.error.reviewed-not-usable");
    }
    usable = true;
  }

  /** Records the review: once, and never by the person who recorded the item. */
  public void review(ReviewOutcome outcome, String note, String by, Instant at) {
    if (review != null) {
      throw BagytException.conflict("already-reviewed", "intelligence.error.already-reviewed");
    }
    if (by.equals(recordedBy)) {
      throw BagytException.conflict("review-by-recorder", "intelligence.error.review-by-recorder");
    }
    review = new Review(outcome, note, by, at);
    usable = outcome == ReviewOutcome.USABLE;
  }

  /** Whether the item may be disclosed to partner agencies: its handling code allows it and it may feed decisions. */
  public boolean shareable() {
    return usable && handling.sharing() != GradingScheme.Sharing.NONE;
  }

  /** Whether someone holding these permissions may see the item at all (the handling code); facility scope aside. */
  public boolean visibleWith(Predicate<String> holds) {
    return holds.test(handling.permission());
  }

  public ReviewStatus reviewStatus() {
    return review == null ? ReviewStatus.AWAITING_REVIEW : ReviewStatus.REVIEWED;
  }

  /** Whether the item may feed a decision (an assessment review, a network link). */
  public boolean usable() {
    return usable;
  }

  public UUID id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public UUID facilityId() {
    return facilityId;
  }

  public String sourceGrade() {
    return sourceGrade;
  }

  public String informationGrade() {
    return informationGrade;
  }

  /** The grading as analysts write it, e.g. B2P. */
  public String grading() {
    return sourceGrade + informationGrade + handling.code();
  }

  public GradingScheme.HandlingCode handling() {
    return handling;
  }

  public String handlingConditions() {
    return handlingConditions;
  }

  public String summary() {
    return summary;
  }

  public String provenance() {
    return provenance;
  }

  public LocalDate obtainedOn() {
    return obtainedOn;
  }

  public boolean duressAlleged() {
    return duressAlleged;
  }

  public String duressNote() {
    return duressNote;
  }

  public Review review() {
    return review;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public List<UUID> subjects() {
    return subjects;
  }

  public List<AssertedLink> links() {
    return links;
  }

  public int version() {
    return version;
  }
}
