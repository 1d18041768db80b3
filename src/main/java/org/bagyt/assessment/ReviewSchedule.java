package org.bagyt.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bagyt.custody.Admitted;
import org.bagyt.custody.PrisonerReleased;
import org.bagyt.custody.PrisonerTransferred;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.OffenceRecorded;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerSummary;
import org.bagyt.prisoners.Sentences;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What assessment is due for whom, and when. Every admission makes an intake screening due; an extremism or
 * terrorism offence, or a screening that refers, makes a full assessment due; a countersigned assessment sets its
 * next review by the judged levels; events (a transfer, a serious incident, new intelligence, a completed
 * programme, the approach of release) bring a review forward. Each prisoner has at most one open due per purpose:
 * a later trigger adds its reason and keeps the earlier date. The dues are written in the transaction of the event
 * that causes them, so no admission or offence is ever recorded without what it makes due.
 */
@Service
public class ReviewSchedule {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final BagytProperties properties;
  private final PrisonerFiles files;
  private final Sentences sentences;
  private final int screeningDays;
  private final int fullAssessmentDays;
  private final int triggeredReviewDays;
  private final int preReleaseMonths;
  private final int dueSoonDays;
  private final ReviewIntervals intervals;

  ReviewSchedule(JdbcClient jdbc, Clock clock, BagytProperties properties, PrisonerFiles files, Sentences sentences,
      @Value("${bagyt.assessment.screening-due-days:7}") int screeningDays,
      @Value("${bagyt.assessment.full-assessment-due-days:30}") int fullAssessmentDays,
      @Value("${bagyt.assessment.triggered-review-days:30}") int triggeredReviewDays,
      @Value("${bagyt.assessment.pre-release-months:6}") int preReleaseMonths,
      @Value("${bagyt.assessment.due-soon-days:14}") int dueSoonDays, ReviewIntervals intervals) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.files = files;
    this.sentences = sentences;
    this.screeningDays = screeningDays;
    this.fullAssessmentDays = fullAssessmentDays;
    this.triggeredReviewDays = triggeredReviewDays;
    this.preReleaseMonths = preReleaseMonths;
    this.dueSoonDays = dueSoonDays;
    this.intervals = intervals;
  }

  /** The months to the next review by judged level, where the service sets them (else each instrument's). */
  public ReviewIntervals intervals() {
    return intervals;
  }

  public int dueSoonDays() {
    return dueSoonDays;
  }

  @EventListener
  void on(Admitted admitted) {
    makeDue(admitted.prisonerId(), InstrumentPurpose.INTAKE_SCREENING, ReviewReason.ADMISSION, today().plusDays(screeningDays));
  }

  @EventListener
  void on(OffenceRecorded offence) {
    if (offence.category() == OffenceCategory.TERRORISM || offence.category() == OffenceCategory.EXTREMISM) {
      makeDue(offence.prisonerId(), InstrumentPurpose.EXTREMISM_RISK_NEEDS, ReviewReason.EXTREMISM_OFFENCE,
          today().plusDays(fullAssessmentDays));
    }
  }

  @EventListener
  void on(PrisonerTransferred transferred) {
    requestReview(transferred.prisonerId(), ReviewReason.TRANSFER);
  }

  /** Nothing stays due for someone released; their file keeps what was done. */
  @EventListener
  void on(PrisonerReleased released) {
    jdbc.sql("UPDATE assessment_due SET closed_at = ?, closed_reason = 'RELEASED' WHERE prisoner_id = ? AND closed_at IS NULL")
        .params(Timestamp.from(clock.instant()), released.prisonerId()).update();
  }

  /**
   * Brings a review of the prisoner's full assessment forward, for an event another part of Bagyt records (a
   * serious incident, new intelligence, a completed programme, a transfer). Only prisoners who have a full assessment,
   * or one due, are reviewed: an event alone never starts an assessment of someone no one has a concern about.
   * Returns whether a review is now due.
   */
  @Transactional
  public boolean requestReview(UUID prisonerId, ReviewReason reason) {
    boolean assessed = jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM assessment WHERE prisoner_id = ? AND purpose = 'EXTREMISM_RISK_NEEDS'
                                              AND status IN ('COUNTERSIGNED', 'DRAFT', 'SUBMITTED', 'RETURNED'))
            OR EXISTS (SELECT 1 FROM assessment_due WHERE prisoner_id = ? AND purpose = 'EXTREMISM_RISK_NEEDS'
                                                  AND closed_at IS NULL)""")
        .params(prisonerId, prisonerId).query(Boolean.class).single();
    if (assessed) {
      makeDue(prisonerId, InstrumentPurpose.EXTREMISM_RISK_NEEDS, reason, today().plusDays(triggeredReviewDays));
    }
    return assessed;
  }

  /** After a countersignature: what it answered is closed, its next review is due, and a screening may refer. */
  void countersigned(Assessment assessment, Instrument instrument) {
    jdbc.sql("""
        UPDATE assessment_due SET closed_at = ?, closed_reason = 'COUNTERSIGNED', assessment_id = ?
        WHERE prisoner_id = ? AND purpose = ? AND closed_at IS NULL""")
        .params(Timestamp.from(clock.instant()), assessment.id(), assessment.prisonerId(), assessment.purpose().name())
        .update();
    if (assessment.nextReviewOn() != null) {
      makeDue(assessment.prisonerId(), assessment.purpose(), ReviewReason.SCHEDULED, assessment.nextReviewOn());
    }
    if (assessment.purpose() == InstrumentPurpose.INTAKE_SCREENING && !assessment.referrals(instrument).isEmpty()) {
      makeDue(assessment.prisonerId(), InstrumentPurpose.EXTREMISM_RISK_NEEDS, ReviewReason.SCREENING_REFERRAL,
          today().plusDays(fullAssessmentDays));
    }
  }

  /** An appeal decided that the assessment be looked at again: a review is due now. */
  void reviewOrdered(UUID prisonerId, InstrumentPurpose purpose) {
    makeDue(prisonerId, purpose, ReviewReason.APPEAL, today());
  }

  /**
   * Reviews before release: everyone with a full assessment whose release is within the configured months gets one,
   * once per approach to release. Run daily by {@code AssessmentJobs}; returns how many were made due.
   */
  @Transactional
  public int scheduleReleaseReviews() {
    LocalDate today = today();
    int made = 0;
    for (var releasing : sentences.releasingBy(today.plusMonths(preReleaseMonths)).entrySet()) {
      LocalDate windowOpens = releasing.getValue().minusMonths(preReleaseMonths);
      boolean alreadyAsked = jdbc.sql("""
          SELECT EXISTS (SELECT 1 FROM assessment_due WHERE prisoner_id = ? AND 'PRE_RELEASE' = ANY(reasons)
                                                      AND raised_at >= ?)""")
          .params(releasing.getKey(), Timestamp.from(windowOpens.atStartOfDay(properties.zone()).toInstant()))
          .query(Boolean.class).single();
      if (!alreadyAsked && requestReview(releasing.getKey(), ReviewReason.PRE_RELEASE)) {
        made++;
      }
    }
    return made;
  }

  /** Opens a due, or adds the reason to the open one and keeps the earlier of the two dates. */
  void makeDue(UUID prisonerId, InstrumentPurpose purpose, ReviewReason reason, LocalDate dueOn) {
    jdbc.sql("""
        INSERT INTO assessment_due (prisoner_id, purpose, due_on, reasons, raised_at) VALUES (?, ?, ?, ARRAY[?], ?)
        ON CONFLICT (prisoner_id, purpose) WHERE closed_at IS NULL DO UPDATE
        SET due_on = least(assessment_due.due_on, excluded.due_on),
            reasons = CASE WHEN ? = ANY(assessment_due.reasons) THEN assessment_due.reasons
                           ELSE assessment_due.reasons || excluded.reasons END""")
        .params(prisonerId, purpose.name(), dueOn, reason.name(), Timestamp.from(clock.instant()), reason.name())
        .update();
  }

  /** The open dues of one prisoner, soonest first (the reader's scope was checked with the file). */
  public List<DueItem> of(PrisonerSummary prisoner) {
    return rows("WHERE d.prisoner_id = ?", prisoner.id()).stream()
        .map(r -> r.item(prisoner, today())).toList();
  }

  /** The open dues of one prisoner whose file the reader has opened, soonest first (for the file's section). */
  List<Assessments.Standing.Due> openFor(UUID prisonerId) {
    LocalDate today = today();
    return rows("WHERE d.prisoner_id = ?", prisonerId).stream()
        .map(r -> new Assessments.Standing.Due(r.purpose(), r.dueOn(), r.reasons(), ChronoUnit.DAYS.between(today, r.dueOn())))
        .toList();
  }

  /**
   * What is overdue or due within {@code withinDays} in the reader's facilities (the whole service for service-wide
   * roles), optionally in one facility, overdue first. Needs {@code assessment.read}.
   */
  public List<DueItem> due(UUID facilityId, int withinDays) {
    if (!SignedInUser.holds(Assessments.READ)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    if (withinDays < 0 || withinDays > 366) {
      throw BagytException.invalid("invalid-window", "assessment.error.due-window");
    }
    LocalDate today = today();
    var rows = rows("WHERE d.due_on <= ?", today.plusDays(withinDays));
    Map<UUID, PrisonerSummary> prisoners = files.summaries(rows.stream().map(DueRow::prisonerId).distinct().toList())
        .stream().filter(p -> facilityId == null || p.facilityId().equals(facilityId))
        .collect(Collectors.toMap(PrisonerSummary::id, Function.identity()));
    return rows.stream().filter(r -> prisoners.containsKey(r.prisonerId()))
        .map(r -> r.item(prisoners.get(r.prisonerId()), today))
        .sorted(Comparator.comparing(DueItem::dueOn).thenComparing(d -> d.prisoner().number())).toList();
  }

  private record DueRow(UUID id, UUID prisonerId, InstrumentPurpose purpose, LocalDate dueOn, List<ReviewReason> reasons,
      UUID inProgress) {
    DueItem item(PrisonerSummary prisoner, LocalDate today) {
      return new DueItem(id, prisoner, purpose, dueOn, reasons, inProgress, ChronoUnit.DAYS.between(today, dueOn));
    }
  }

  private List<DueRow> rows(String where, Object parameter) {
    return jdbc.sql("""
        SELECT d.id, d.prisoner_id, d.purpose, d.due_on, d.reasons,
               (SELECT a.id FROM assessment a WHERE a.prisoner_id = d.prisoner_id AND a.purpose = d.purpose
                AND a.status IN ('DRAFT', 'SUBMITTED', 'RETURNED') LIMIT 1) AS in_progress
        FROM assessment_due d
        """ + where + " AND d.closed_at IS NULL ORDER BY d.due_on, d.id")
        .param(parameter)
        .query((rs, n) -> new DueRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            InstrumentPurpose.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
            Arrays.stream((String[]) rs.getArray(5).getArray()).map(ReviewReason::valueOf).toList(),
            rs.getObject(6, UUID.class)))
        .list();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }
}
