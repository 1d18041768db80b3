package org.bagyt.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.prisoners.Sex;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An order to hold a prisoner apart, within the law. It guards its own rules: no order without an authoriser, a
 * reason, a planned end and an independent review date; none for a juvenile, a pregnant or breastfeeding woman, a
 * woman with an infant, or someone whose disability it would worsen; none that bans family contact or restricts its
 * means without an expiry; disciplinary orders at most the disciplinary limit and never chained; and no order runs
 * past the last day allowed without review (day 15) unless an independent reviewer, not the authoriser, decides so.
 * Days are calendar days in the service's zone; the start day is day 1 and the planned end is the last day.
 */
public final class SegregationOrder {

  public static final int MAX_REASON = 4000;
  public static final int MAX_NAME = 200;
  public static final int MAX_NOTE = 2000;

  /** What the rules need to know of the person: the file's date of birth and sex. */
  public record Person(UUID prisonerId, UUID facilityId, LocalDate dateOfBirth, Sex sex) {}

  private final UUID id;
  private final UUID prisonerId;
  private final UUID facilityId;
  private final SegregationType type;
  private SegregationStatus status;
  private final String reason;
  private final String authorisedBy;
  private final Instant authorisedAt;
  private final LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate reviewOn;
  private LocalDate endedOn;
  private String endReason;
  private String endedBy;
  private final String healthDeclaredBy;
  private final String disabilityNote;
  private final ContactRestriction contactRestriction;
  private final LocalDate contactRestrictedUntil;
  private final int version;

  public SegregationOrder(UUID id, UUID prisonerId, UUID facilityId, SegregationType type, SegregationStatus status,
      String reason, String authorisedBy, Instant authorisedAt, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn,
      LocalDate endedOn, String endReason, String endedBy, String healthDeclaredBy, String disabilityNote,
      ContactRestriction contactRestriction, LocalDate contactRestrictedUntil, int version) {
    this.id = id;
    this.prisonerId = prisonerId;
    this.facilityId = facilityId;
    this.type = type;
    this.status = status;
    this.reason = reason;
    this.authorisedBy = authorisedBy;
    this.authorisedAt = authorisedAt;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.reviewOn = reviewOn;
    this.endedOn = endedOn;
    this.endReason = endReason;
    this.endedBy = endedBy;
    this.healthDeclaredBy = healthDeclaredBy;
    this.disabilityNote = disabilityNote;
    this.contactRestriction = contactRestriction;
    this.contactRestrictedUntil = contactRestrictedUntil;
    this.version = version;
  }

  /**
   * A new order, or a refusal that names what is wrong (400 with each field, or 409 with the rule broken). The
   * person's other orders decide chaining and overlap.
   */
  public static SegregationOrder order(Person person, NewSegregationOrder request, List<SegregationOrder> others,
      String by, Instant now, LocalDate today, SegregationLimits limits) {
    var errors = new LinkedHashMap<String, String>();
    if (request.type() == null) {
      errors.put("type", "segregation.error.type-required");
    }
    text(errors, "reason", request.reason(), MAX_REASON, "segregation.error.reason-required");
    LocalDate startsOn = request.startsOn() == null ? today : request.startsOn();
    if (startsOn.isBefore(today)) {
      errors.put("startsOn", "segregation.error.start-in-past");
    }
    if (request.endsOn() == null) {
      errors.put("endsOn", "segregation.error.end-required");
    } else if (request.endsOn().isBefore(startsOn)) {
      errors.put("endsOn", "segregation.error.end-before-start");
    }
    if (request.reviewOn() == null) {
      errors.put("reviewOn", "segregation.error.review-required");
    } else if (request.reviewOn().isBefore(startsOn)) {
      errors.put("reviewOn", "segregation.error.review-before-start");
    }
    text(errors, "healthDeclaredBy", request.healthDeclaredBy(), MAX_NAME, "segregation.error.health-declaration-required");
    if (person.sex() == Sex.FEMALE) {
      if (request.pregnant() == null) {
        errors.put("pregnant", "segregation.error.declaration-required");
      }
      if (request.breastfeeding() == null) {
        errors.put("breastfeeding", "segregation.error.declaration-required");
      }
      if (request.withInfant() == null) {
        errors.put("withInfant", "segregation.error.declaration-required");
      }
    }
    if (request.disabilityWorsened() == null) {
      errors.put("disabilityWorsened", "segregation.error.disability-review-required");
    }
    text(errors, "disabilityNote", request.disabilityNote(), MAX_NOTE, "segregation.error.disability-note-required");
    if (request.contactRestriction() != null && request.contactRestriction() != ContactRestriction.NO_FAMILY_CONTACT) {
      if (request.contactRestrictedUntil() == null) {
        errors.put("contactRestrictedUntil", "segregation.error.restriction-expiry-required");
      } else if (request.endsOn() != null && request.contactRestrictedUntil().isAfter(request.endsOn())) {
        errors.put("contactRestrictedUntil", "segregation.error.restriction-after-end");
      }
    }
    InvalidFields.throwIfAny(errors);

    // The people the rules protect are never segregated, whatever the reason.
    if (Period.between(person.dateOfBirth(), startsOn).getYears() < limits.adultAge()) {
      throw refused("juvenile", "segregation.error.juvenile", limits.adultAge());
    }
    if (Boolean.TRUE.equals(request.pregnant())) {
      throw refused("pregnant", "segregation.error.pregnant");
    }
    if (Boolean.TRUE.equals(request.breastfeeding())) {
      throw refused("breastfeeding", "segregation.error.breastfeeding");
    }
    if (Boolean.TRUE.equals(request.withInfant())) {
      throw refused("with-infant", "segregation.error.with-infant");
    }
    if (request.disabilityWorsened()) {
      throw refused("disability-worsened", "segregation.error.disability-worsened");
    }
    if (request.contactRestriction() == ContactRestriction.NO_FAMILY_CONTACT) {
      throw refused("family-contact-ban", "segregation.error.family-contact-ban");
    }
    LocalDate lastWithoutReview = limits.lastDayWithoutReview(startsOn);
    if (request.type() == SegregationType.DISCIPLINARY && request.endsOn().isAfter(limits.lastDisciplinaryDay(startsOn))) {
      throw refused("disciplinary-limit", "segregation.error.disciplinary-limit", limits.disciplinaryDays());
    }
    if (request.reviewOn().isAfter(lastWithoutReview)) {
      throw refused("review-too-late", "segregation.error.review-too-late", limits.prolongedDays());
    }
    if (request.endsOn().isAfter(lastWithoutReview)) {
      throw refused("independent-decision-required", "segregation.error.independent-decision-required",
          limits.prolongedDays());
    }
    if (request.reviewOn().isAfter(request.endsOn())) {
      throw new InvalidFields(Map.of("reviewOn", "segregation.error.review-after-end"));
    }
    for (SegregationOrder other : others) {
      boolean overlaps = !other.lastDay().isBefore(startsOn) && !other.startsOn.isAfter(request.endsOn());
      if (request.type() == SegregationType.DISCIPLINARY && other.type == SegregationType.DISCIPLINARY
          && (overlaps || ChronoUnit.DAYS.between(other.lastDay(), startsOn) <= limits.chainingGapDays()
              && !startsOn.isBefore(other.startsOn))) {
        throw refused("chaining", "segregation.error.chaining", limits.chainingGapDays());
      }
      if (overlaps) {
        throw refused("already-segregated", "segregation.error.already-segregated");
      }
    }
    return new SegregationOrder(UUID.randomUUID(), person.prisonerId(), person.facilityId(), request.type(),
        SegregationStatus.ACTIVE, request.reason().strip(), by, now, startsOn, request.endsOn(), request.reviewOn(), null,
        null, null, request.healthDeclaredBy().strip(), request.disabilityNote().strip(), request.contactRestriction(),
        request.contactRestrictedUntil(), 0);
  }

  /**
   * The governor moves the planned end later, within what needs no independent decision: never past the last day
   * without review (day 15) nor, for a disciplinary order, the disciplinary limit; an extended order only by a new decision.
   */
  public void extendTo(LocalDate newEnd, LocalDate today, SegregationLimits limits) {
    requireNext(SegregationStatus.EXTENDED);
    if (newEnd == null) {
      throw new InvalidFields(Map.of("endsOn", "segregation.error.end-required"));
    }
    if (!newEnd.isAfter(endsOn)) {
      throw new InvalidFields(Map.of("endsOn", "segregation.error.extension-not-later"));
    }
    if (type == SegregationType.DISCIPLINARY && newEnd.isAfter(limits.lastDisciplinaryDay(startsOn))) {
      throw refused("disciplinary-limit", "segregation.error.disciplinary-limit", limits.disciplinaryDays());
    }
    if (status == SegregationStatus.EXTENDED || newEnd.isAfter(limits.lastDayWithoutReview(startsOn))) {
      throw refused("independent-decision-required", "segregation.error.independent-decision-required",
          limits.prolongedDays());
    }
    endsOn = newEnd;
  }

  /**
   * An independent reviewer's decision, recorded by someone who is not the authoriser. To continue, it sets a new
   * planned end and the next review, each at most the review limit (15 days) from today; a disciplinary order never
   * continues past the disciplinary limit. To end, the order ends today.
   */
  public void recordReview(ReviewDecision decision, String by, LocalDate today, SegregationLimits limits) {
    if (authorisedBy.equals(by)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "review-by-authoriser", "segregation.error.review-by-authoriser");
    }
    var errors = new LinkedHashMap<String, String>();
    text(errors, "reviewerName", decision.reviewerName(), MAX_NAME, "segregation.error.reviewer-required");
    text(errors, "reviewerRole", decision.reviewerRole(), MAX_NAME, "segregation.error.reviewer-role-required");
    if (decision.decision() == null) {
      errors.put("decision", "segregation.error.decision-required");
    }
    text(errors, "reasons", decision.reasons(), MAX_REASON, "segregation.error.reasons-required");
    if (decision.decision() == ReviewDecision.Outcome.CONTINUE) {
      if (decision.endsOn() == null) {
        errors.put("endsOn", "segregation.error.end-required");
      } else if (decision.endsOn().isBefore(today)) {
        errors.put("endsOn", "segregation.error.end-in-past");
      }
      if (decision.nextReviewOn() == null) {
        errors.put("nextReviewOn", "segregation.error.review-required");
      } else if (decision.nextReviewOn().isBefore(today)) {
        errors.put("nextReviewOn", "segregation.error.review-in-past");
      } else if (decision.endsOn() != null && decision.nextReviewOn().isAfter(decision.endsOn())) {
        errors.put("nextReviewOn", "segregation.error.review-after-end");
      }
    }
    InvalidFields.throwIfAny(errors);
    if (decision.decision() == ReviewDecision.Outcome.END) {
      end(by, decision.reasons(), today);
      return;
    }
    requireNext(SegregationStatus.EXTENDED);
    if (type == SegregationType.DISCIPLINARY && decision.endsOn().isAfter(limits.lastDisciplinaryDay(startsOn))) {
      throw refused("disciplinary-limit", "segregation.error.disciplinary-limit", limits.disciplinaryDays());
    }
    LocalDate furthest = limits.lastDayWithoutReview(today);
    if (decision.endsOn().isAfter(furthest) || decision.nextReviewOn().isAfter(furthest)) {
      throw refused("review-too-late", "segregation.error.review-too-late", limits.prolongedDays());
    }
    status = SegregationStatus.EXTENDED;
    endsOn = decision.endsOn();
    reviewOn = decision.nextReviewOn();
  }

  /** Ends the order today (or on its first day, if it has not begun), with a reason. */
  public void end(String by, String why, LocalDate today) {
    requireNext(SegregationStatus.ENDED);
    var errors = new LinkedHashMap<String, String>();
    text(errors, "endReason", why, MAX_REASON, "segregation.error.end-reason-required");
    InvalidFields.throwIfAny(errors);
    status = SegregationStatus.ENDED;
    endedOn = today.isBefore(startsOn) ? startsOn : today.isAfter(endsOn) ? endsOn : today;
    endReason = why.strip();
    endedBy = by;
  }

  /** Refuses a day that is not one of the order's days up to today. */
  public void requireLoggable(LocalDate day, LocalDate today) {
    if (day.isBefore(startsOn) || day.isAfter(lastDay()) || day.isAfter(today)) {
      throw BagytException.conflict("day-outside-order", "segregation.error.day-outside-order");
    }
  }

  /** The last day the order runs: the planned end, or the day it ended. */
  public LocalDate lastDay() {
    return endedOn != null ? endedOn : endsOn;
  }

  /** Whether the person is segregated under this order on the day. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(lastDay());
  }

  /** Day N of the order on the given day (the start is day 1). */
  public long dayNumber(LocalDate day) {
    return ChronoUnit.DAYS.between(startsOn, day) + 1;
  }

  private void requireNext(SegregationStatus next) {
    if (!status.nextStates().contains(next)) {
      throw BagytException.conflict("illegal-transition", "segregation.error.illegal-transition",
          new DefaultMessageSourceResolvable("segregation.status." + status));
    }
  }

  private static BagytException refused(String type, String key, Object... arguments) {
    return BagytException.conflict(type, key, arguments);
  }

  private static void text(Map<String, String> errors, String field, String value, int max, String requiredKey) {
    if (value == null || value.isBlank()) {
      errors.put(field, requiredKey);
    } else if (value.length() > max) {
      errors.put(field, "segregation.error.too-long");
    }
  }

  public UUID id() { return id; }
  public UUID prisonerId() { return prisonerId; }
  public UUID facilityId() { return facilityId; }
  public SegregationType type() { return type; }
  public SegregationStatus status() { return status; }
  public String reason() { return reason; }
  public String authorisedBy() { return authorisedBy; }
  public Instant authorisedAt() { return authorisedAt; }
  public LocalDate startsOn() { return startsOn; }
  public LocalDate endsOn() { return endsOn; }
  public LocalDate reviewOn() { return reviewOn; }
  public LocalDate endedOn() { return endedOn; }
  public String endReason() { return endReason; }
  public String endedBy() { return endedBy; }
  public String healthDeclaredBy() { return healthDeclaredBy; }
  public String disabilityNote() { return disabilityNote; }
  public ContactRestriction contactRestriction() { return contactRestriction; }
  public LocalDate contactRestrictedUntil() { return contactRestrictedUntil; }
  public int version() { return version; }
}
