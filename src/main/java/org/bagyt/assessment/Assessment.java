package org.bagyt.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bagyt.assessment.AssessmentEntry.JudgementEntry;
import org.bagyt.assessment.AssessmentEntry.PlanEntry;
import org.bagyt.assessment.AssessmentEntry.Rating;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * One structured professional judgement of a prisoner on one instrument version. It guards its own rules: only
 * its author edits it and only while it is a draft or returned; it is submitted only when whole; it is
 * countersigned by a second person, never the author; and it moves only to the states its status allows.
 * Whether people are accredited is for the caller to establish ({@link Assessments}).
 */
public final class Assessment {

  public static final int MAX_RATIONALE = 4000;
  public static final int MAX_TEXT = 2000;
  public static final int MAX_PLAN_ENTRIES = 30;

  private final UUID id;
  private final UUID prisonerId;
  private final UUID facilityId;
  private final String instrumentId;
  private final int instrumentVersion;
  private final InstrumentPurpose purpose;
  private final String author;
  private final Instant startedAt;
  private AssessmentStatus status;
  private Instant submittedAt;
  private String countersignedBy;
  private Instant countersignedAt;
  private AssessmentEntry content;
  private LocalDate nextReviewOn;
  private final int version;

  public Assessment(UUID id, UUID prisonerId, UUID facilityId, String instrumentId, int instrumentVersion,
      InstrumentPurpose purpose, String author, Instant startedAt, AssessmentStatus status, Instant submittedAt,
      String countersignedBy, Instant countersignedAt, AssessmentEntry content, LocalDate nextReviewOn, int version) {
    this.id = id;
    this.prisonerId = prisonerId;
    this.facilityId = facilityId;
    this.instrumentId = instrumentId;
    this.instrumentVersion = instrumentVersion;
    this.purpose = purpose;
    this.author = author;
    this.startedAt = startedAt;
    this.status = status;
    this.submittedAt = submittedAt;
    this.countersignedBy = countersignedBy;
    this.countersignedAt = countersignedAt;
    this.content = content;
    this.nextReviewOn = nextReviewOn;
    this.version = version;
  }

  /** The same assessment as stored at a later version (after a save), for further changes in one transaction. */
  Assessment atVersion(int stored) {
    return new Assessment(id, prisonerId, facilityId, instrumentId, instrumentVersion, purpose, author, startedAt, status,
        submittedAt, countersignedBy, countersignedAt, content, nextReviewOn, stored);
  }

  /** A new draft on the instrument's version, written by {@code author}. */
  public static Assessment start(UUID prisonerId, UUID facilityId, Instrument instrument, String author, Instant now) {
    return new Assessment(UUID.randomUUID(), prisonerId, facilityId, instrument.id(), instrument.version(),
        instrument.purpose(), author, now, AssessmentStatus.DRAFT, null, null, null, AssessmentEntry.empty(), null, 0);
  }

  /**
   * Replaces what the draft says. Refuses, changing nothing, anything the instrument does not know (an item, a
   * rating outside the item's scale, a judgement) and text over its length; a draft may still be incomplete.
   */
  public void edit(AssessmentEntry entry, String by, Instrument instrument) {
    requireAuthor(by);
    if (!status.editable()) {
      throw notPossible("assessment.action.edit");
    }
    InvalidFields.throwIfAny(problemsOfShape(entry, instrument));
    this.content = entry;
  }

  /** Sends the assessment for countersigning; refuses with every gap named when it is not whole. */
  public void submit(String by, Instrument instrument, Instant now) {
    requireAuthor(by);
    requireNext(AssessmentStatus.SUBMITTED, "assessment.action.submit");
    var problems = problemsOfShape(content, instrument);
    problems.putAll(gaps(instrument));
    InvalidFields.throwIfAny(problems);
    status = AssessmentStatus.SUBMITTED;
    submittedAt = now;
  }

  /**
   * A second assessor signs the judgement; from then it is the prisoner's current assessment, to be reviewed after the
   * months its judged levels ask for (a screening is not reviewed: it refers, or it does not).
   */
  public void countersign(String by, Instrument instrument, Instant now, LocalDate today, ReviewIntervals intervals) {
    if (author.equals(by)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "countersign-own", "assessment.error.countersign-own");
    }
    moveTo(AssessmentStatus.COUNTERSIGNED, "assessment.action.countersign");
    countersignedBy = by;
    countersignedAt = now;
    nextReviewOn = purpose == InstrumentPurpose.INTAKE_SCREENING ? null : today.plusMonths(content.reviewMonths(instrument, intervals));
  }

  /** The countersigner sends it back to its author with comments; the author edits and submits again. */
  public void returnToAuthor(String by, String comment) {
    if (author.equals(by)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "return-own", "assessment.error.return-own");
    }
    requireNext(AssessmentStatus.RETURNED, "assessment.action.return");
    if (comment == null || comment.isBlank()) {
      throw new InvalidFields(Map.of("comment", "assessment.error.comment-required"));
    }
    if (comment.length() > MAX_RATIONALE) {
      throw new InvalidFields(Map.of("comment", "assessment.error.too-long"));
    }
    moveTo(AssessmentStatus.RETURNED, "assessment.action.return");
    submittedAt = null;
  }

  /** A newer countersigned assessment on the same purpose takes this one's place. */
  public void supersede() {
    moveTo(AssessmentStatus.SUPERSEDED, "assessment.action.supersede");
  }


  /** The judgements whose level asks for a full assessment (a screening's referral), by code. */
  public Set<String> referrals(Instrument instrument) {
    var referring = new TreeSet<String>();
    content.judgements().forEach((code, j) -> instrument.judgement(code)
        .filter(def -> def.referAtOrAbove() != null && j.level() != null && j.level().atLeast(def.referAtOrAbove()))
        .ifPresent(def -> referring.add(code)));
    return referring;
  }

  /** The needs the ratings found: risk items rated at a need level, by code, in the instrument's order. */
  public List<String> needs(Instrument instrument) {
    return content.needs(instrument);
  }

  private void moveTo(AssessmentStatus next, String actionKey) {
    requireNext(next, actionKey);
    status = next;
  }

  private void requireNext(AssessmentStatus next, String actionKey) {
    if (!status.nextStates().contains(next)) {
      throw notPossible(actionKey);
    }
  }

  private BagytException notPossible(String actionKey) {
    return BagytException.conflict("illegal-transition", "assessment.error.illegal-transition",
        new DefaultMessageSourceResolvable(actionKey), new DefaultMessageSourceResolvable("assessment.status." + status));
  }

  private void requireAuthor(String by) {
    if (!author.equals(by)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "not-author", "assessment.error.not-author");
    }
  }

  /** What the instrument cannot accept at all, field by field (form field names). */
  static Map<String, String> problemsOfShape(AssessmentEntry entry, Instrument instrument) {
    var problems = new LinkedHashMap<String, String>();
    entry.ratings().forEach((code, rating) -> {
      var item = instrument.item(code);
      if (item.isEmpty()) {
        problems.put("rating-" + code, "assessment.error.unknown-item");
      } else if (rating.rating() != null && instrument.scaleOf(item.get()).option(rating.rating()).isEmpty()) {
        problems.put("rating-" + code, "assessment.error.rating-outside-scale");
      } else if (tooLong(rating.rationale(), MAX_RATIONALE)) {
        problems.put("rationale-" + code, "assessment.error.too-long");
      }
    });
    entry.judgements().forEach((code, judgement) -> {
      if (instrument.judgement(code).isEmpty()) {
        problems.put("level-" + code, "assessment.error.unknown-judgement");
      } else if (tooLong(judgement.rationale(), MAX_RATIONALE)) {
        problems.put("judgement-rationale-" + code, "assessment.error.too-long");
      }
    });
    if (tooLong(entry.sourcesNote(), MAX_TEXT)) {
      problems.put("sources-note", "assessment.error.too-long");
    }
    if (entry.plan().size() > MAX_PLAN_ENTRIES) {
      problems.put("plan", "assessment.error.plan-too-long");
    }
    for (int n = 0; n < entry.plan().size(); n++) {
      PlanEntry p = entry.plan().get(n);
      if (p.kind() == null) {
        problems.put("plan-kind-" + n, "assessment.error.plan-kind");
      }
      if (blank(p.description())) {
        problems.put("plan-description-" + n, "assessment.error.plan-description-required");
      } else if (tooLong(p.description(), MAX_TEXT)) {
        problems.put("plan-description-" + n, "assessment.error.too-long");
      }
      if (p.needs().stream().anyMatch(code -> instrument.item(code).isEmpty())) {
        problems.put("plan-needs-" + n, "assessment.error.unknown-item");
      }
    }
    return problems;
  }

  /** What a submitted assessment must have: every rating, each rationale required, every judgement, sources, a plan. */
  private Map<String, String> gaps(Instrument instrument) {
    var gaps = new LinkedHashMap<String, String>();
    instrument.items().forEach(item -> {
      Rating r = content.ratings().get(item.code());
      if (r == null || r.rating() == null) {
        gaps.put("rating-" + item.code(), "assessment.error.rating-required");
      } else if (item.rationaleRequired() && blank(r.rationale())) {
        gaps.put("rationale-" + item.code(), "assessment.error.rationale-required");
      }
    });
    instrument.judgements().forEach(def -> {
      JudgementEntry j = content.judgements().get(def.code());
      if (j == null || j.level() == null) {
        gaps.put("level-" + def.code(), "assessment.error.level-required");
      } else if (blank(j.rationale())) {
        gaps.put("judgement-rationale-" + def.code(), "assessment.error.rationale-required");
      }
    });
    if (content.sources().isEmpty()) {
      gaps.put("sources", "assessment.error.sources-required");
    } else if (content.sources().contains(Source.OTHER) && blank(content.sourcesNote())) {
      gaps.put("sources-note", "assessment.error.sources-note-required");
    }
    if (instrument.plan()) {
      var needs = needs(instrument);
      if (content.plan().isEmpty() && !needs.isEmpty()) {
        gaps.put("plan", "assessment.error.plan-required");
      }
      for (int n = 0; n < content.plan().size(); n++) {
        PlanEntry p = content.plan().get(n);
        if (blank(p.description())) {
          gaps.put("plan-description-" + n, "assessment.error.plan-description-required");
        } else if (p.needs().isEmpty() && !needs.isEmpty()) {
          gaps.put("plan-needs-" + n, "assessment.error.plan-needs-required");
        }
      }
      var answered = content.plan().stream().flatMap(p -> p.needs().stream()).collect(java.util.stream.Collectors.toSet());
      needs.stream().filter(need -> !answered.contains(need)).findFirst()
          .ifPresent(unanswered -> gaps.putIfAbsent("plan", "assessment.error.need-unanswered"));
    }
    return gaps;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean tooLong(String s, int max) {
    return s != null && s.length() > max;
  }

  public UUID id() { return id; }
  public UUID prisonerId() { return prisonerId; }
  public UUID facilityId() { return facilityId; }
  public String instrumentId() { return instrumentId; }
  public int instrumentVersion() { return instrumentVersion; }
  public InstrumentPurpose purpose() { return purpose; }
  public String author() { return author; }
  public Instant startedAt() { return startedAt; }
  public AssessmentStatus status() { return status; }
  public Instant submittedAt() { return submittedAt; }
  public String countersignedBy() { return countersignedBy; }
  public Instant countersignedAt() { return countersignedAt; }
  public AssessmentEntry content() { return content; }
  public LocalDate nextReviewOn() { return nextReviewOn; }
  public int version() { return version; }

  /** The level judged for each judgement code, where one is. */
  public Map<String, Level> levels() {
    var levels = new LinkedHashMap<String, Level>();
    content.judgements().forEach((code, j) -> {
      if (j.level() != null) {
        levels.put(code, j.level());
      }
    });
    return levels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a && a.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }
}
