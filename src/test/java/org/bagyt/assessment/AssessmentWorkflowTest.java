package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.assessment.AssessmentEntry.JudgementEntry;
import org.bagyt.assessment.AssessmentEntry.PlanEntry;
import org.bagyt.assessment.AssessmentEntry.PlanKind;
import org.bagyt.assessment.AssessmentEntry.Rating;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment workflow as assessors live it, through the application service: draft, submit, return, countersign;
 * who may do what (the author never countersigns; only staff accredited and in date write); stale saves refused;
 * and every refusal changes nothing.
 */
class AssessmentWorkflowTest extends IntegrationTest {

  static final String FULL = "bagyt-risk-needs";

  @Autowired
  Assessments assessments;

  @Autowired
  Instruments instruments;

  @AfterEach
  void signOut() {
    ActingAs.nobody();
  }

  /** A prisoner of colony No. 47 with no assessment yet (the n-th such). */
  UUID unassessedPrisoner(int n) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM assessment_due d WHERE d.prisoner_id = p.id)
        ORDER BY p.number OFFSET ? LIMIT 1""").param(n).query(UUID.class).single();
  }

  /** Every item rated at {@code rating}, every judgement at {@code level}, with sources and a plan for every need. */
  static AssessmentEntry whole(Instrument instrument, String rating, Level level) {
    var ratings = new LinkedHashMap<String, Rating>();
    instrument.items().forEach(i -> ratings.put(i.code(), new Rating(rating, "Из беседы и материалов дела.")));
    var judgements = new LinkedHashMap<String, JudgementEntry>();
    instrument.judgements().forEach(j -> judgements.put(j.code(), new JudgementEntry(level, "Суждение по всем пунктам.")));
    var draft = new AssessmentEntry(ratings, judgements, List.of(Source.FILE_REVIEW, Source.INTERVIEW), null, List.of());
    var needs = draft.needs(instrument);
    var plan = needs.isEmpty() ? List.<PlanEntry>of()
        : List.of(new PlanEntry(PlanKind.INTERVENTION, "Работа психолога раз в две недели.", needs));
    return new AssessmentEntry(ratings, judgements, draft.sources(), null, plan);
  }

  int count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
  }

  Assessment stored(UUID id) {
    ActingAs.user(jdbc, "inspector");
    return assessments.read(id).assessment();
  }

  @Test
  void anAssessorAndASecondAssessorCompleteTheCycle() {
    UUID prisoner = unassessedPrisoner(0);
    Instrument full = instruments.newest(FULL).orElseThrow();
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, FULL);
    int version = assessments.save(id, 0, AssessmentEntry.empty());

    // A rationale missing at submission: refused at its field, nothing changes.
    var gap = whole(full, "HIGH", Level.HIGH);
    var ratings = new LinkedHashMap<>(gap.ratings());
    ratings.put("BA1", new Rating("HIGH", " "));
    var missing = new AssessmentEntry(ratings, gap.judgements(), gap.sources(), null, gap.plan());
    int v = version;
    assertThatThrownBy(() -> assessments.submit(id, v, missing)).isInstanceOfSatisfying(InvalidFields.class,
        refused -> assertThat(refused.errors()).containsEntry("rationale-BA1", "assessment.error.rationale-required"));
    assertThat(stored(id).status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(stored(id).content().ratings()).isEmpty();

    ActingAs.user(jdbc, "assessor");
    version = assessments.submit(id, version, gap);
    // The author may not countersign, however the request is made.
    int submitted = version;
    assertThatThrownBy(() -> assessments.countersign(id, submitted)).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.messageKey()).isEqualTo("assessment.error.countersign-own"));
    assertThat(stored(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(stored(id).version()).isEqualTo(submitted);

    ActingAs.user(jdbc, "assessor2");
    version = assessments.returnToAuthor(id, version, "Обоснуйте HC2 подробнее.");
    assertThat(stored(id).status()).isEqualTo(AssessmentStatus.RETURNED);

    ActingAs.user(jdbc, "assessor");
    var revised = whole(full, "MODERATE", Level.MODERATE);
    version = assessments.submit(id, version, revised);
    ActingAs.user(jdbc, "assessor2");
    assessments.countersign(id, version);

    Assessment done = stored(id);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
    assertThat(done.status()).isEqualTo(AssessmentStatus.COUNTERSIGNED);
    assertThat(done.countersignedBy()).isEqualTo("assessor2");
    assertThat(done.nextReviewOn()).isEqualTo(today.plusMonths(6)); // moderate: six months
    assertThat(done.content().ratings().get("HC2").rating()).isEqualTo("MODERATE");
    assertThat(jdbc.sql("SELECT to_status || ':' || actor || ':' || coalesce(comment, '') FROM assessment_transition "
        + "WHERE assessment_id = ? ORDER BY at, id").param(id).query(String.class).list()).containsExactly(
        "DRAFT:assessor:", "SUBMITTED:assessor:", "RETURNED:assessor2:Обоснуйте HC2 подробнее.", "SUBMITTED:assessor:",
        "COUNTERSIGNED:assessor2:");
    assertThat(jdbc.sql("SELECT due_on FROM assessment_due WHERE prisoner_id = ? AND closed_at IS NULL AND 'SCHEDULED' = ANY(reasons)")
        .param(prisoner).query(LocalDate.class).single()).isEqualTo(today.plusMonths(6));
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'ASSESSMENT' AND resource_id = ?")
        .param(id.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(6);

    // A newer countersigned assessment supersedes it; a high judgement brings the review to three months.
    ActingAs.user(jdbc, "assessor2");
    UUID second = assessments.start(prisoner, FULL);
    int v2 = assessments.submit(second, 0, whole(full, "HIGH", Level.HIGH));
    ActingAs.user(jdbc, "assessor");
    assessments.countersign(second, v2);
    assertThat(stored(id).status()).isEqualTo(AssessmentStatus.SUPERSEDED);
    assertThat(stored(second).nextReviewOn()).isEqualTo(today.plusMonths(3));
    assertThat(assessments.compare(second).previous().assessment().id()).isEqualTo(id);
  }

  @Test
  void aRatingOutsideTheItemsScaleIsRefusedAndNothingIsWritten() {
    UUID prisoner = unassessedPrisoner(1);
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, FULL);
    int ratings = count("assessment_rating");
    var entry = new AssessmentEntry(Map.of("BA1", new Rating("EXTREME", "x"), "ZZ9", new Rating("LOW", "x")), Map.of(),
        List.of(), null, List.of());
    assertThatThrownBy(() -> assessments.save(id, 0, entry)).isInstanceOfSatisfying(InvalidFields.class, refused ->
        assertThat(refused.errors()).containsEntry("rating-BA1", "assessment.error.rating-outside-scale")
            .containsEntry("rating-ZZ9", "assessment.error.unknown-item"));
    assertThat(count("assessment_rating")).isEqualTo(ratings);
    assertThat(stored(id).version()).isZero();
  }

  /** Each judgement needs its rationale, the sources must be named, and every need found must be answered by the plan. */
  @Test
  void aSubmissionWithoutJudgementRationaleSourcesOrAPlanForTheNeedsIsRefusedNamingEachGap() {
    UUID prisoner = unassessedPrisoner(7);
    Instrument full = instruments.newest(FULL).orElseThrow();
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, FULL);
    var whole = whole(full, "HIGH", Level.HIGH);
    var judgements = new LinkedHashMap<>(whole.judgements());
    judgements.put("influence", new JudgementEntry(Level.HIGH, ""));
    var gaps = new AssessmentEntry(whole.ratings(), judgements, List.of(), null,
        List.of(new PlanEntry(PlanKind.SECURITY_MEASURE, "Отдельная камера.", List.of("BA1"))));
    assertThatThrownBy(() -> assessments.submit(id, 0, gaps)).isInstanceOfSatisfying(InvalidFields.class,
        refused -> assertThat(refused.errors())
            .containsEntry("judgement-rationale-influence", "assessment.error.rationale-required")
            .containsEntry("sources", "assessment.error.sources-required")
            .containsEntry("plan", "assessment.error.need-unanswered"));
    assertThat(stored(id).status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(stored(id).content().ratings()).isEmpty();
    assertThat(stored(id).version()).isZero();
  }

  @Test
  void theSecondOfTwoSavesOnTheSameVersionIsRefusedAndTheFirstIsKept() {
    UUID prisoner = unassessedPrisoner(2);
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, FULL);
    var first = new AssessmentEntry(Map.of("BA1", new Rating("LOW", "Первое сохранение")), Map.of(), List.of(), null, List.of());
    var second = new AssessmentEntry(Map.of("BA1", new Rating("HIGH", "Второе сохранение")), Map.of(), List.of(), null, List.of());
    assessments.save(id, 0, first);
    assertThatThrownBy(() -> assessments.save(id, 0, second)).isInstanceOfSatisfying(BagytException.class, refused -> {
      assertThat(refused.type()).isEqualTo("stale-edit");
      assertThat(refused.status().value()).isEqualTo(409);
    });
    assertThat(stored(id).content().ratings().get("BA1")).isEqualTo(new Rating("LOW", "Первое сохранение"));
  }

  @Test
  void onlyStaffWithAnAccreditationInForceAuthorOrCountersign() {
    UUID prisoner = unassessedPrisoner(3);
    var inForce = jdbc.sql("SELECT id, expires_on FROM accreditation WHERE username = 'assessor' AND expires_on >= current_date")
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
    assertThat(inForce).isNotEmpty();
    inForce.forEach(a -> jdbc.sql("UPDATE accreditation SET expires_on = current_date - 1 WHERE id = ?").param(a.getKey()).update());
    try {
      refusedWithoutAccreditation(prisoner);
    } finally {
      inForce.forEach(a -> jdbc.sql("UPDATE accreditation SET expires_on = ? WHERE id = ?").params(a.getValue(), a.getKey())
          .update());
    }
  }

  private void refusedWithoutAccreditation(UUID prisoner) {
    int before = count("assessment");
    ActingAs.user(jdbc, "assessor");
    assertThatThrownBy(() -> assessments.start(prisoner, FULL)).isInstanceOfSatisfying(BagytException.class, refused -> {
      assertThat(refused.messageKey()).isEqualTo("assessment.error.not-accredited");
      assertThat(refused.status().value()).isEqualTo(403);
    });
    assertThat(count("assessment")).isEqualTo(before);

    // A submitted assessment waits; the lapsed assessor cannot countersign it, an accredited one can.
    ActingAs.user(jdbc, "assessor2");
    UUID id = assessments.start(prisoner, FULL);
    int v = assessments.submit(id, 0, whole(instruments.newest(FULL).orElseThrow(), "LOW", Level.LOW));
    ActingAs.user(jdbc, "assessor");
    assertThatThrownBy(() -> assessments.countersign(id, v)).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.messageKey()).isEqualTo("assessment.error.not-accredited"));
    assertThat(stored(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);

    // A role without the permission is refused before anything else.
    ActingAs.user(jdbc, "officer");
    assertThatThrownBy(() -> assessments.start(unassessedPrisoner(4), FULL)).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.type()).isEqualTo("forbidden"));
  }

  @Test
  void eachStatusDeclaresTheStatesItMayMoveTo() {
    assertThat(AssessmentStatus.DRAFT.nextStates()).containsExactly(AssessmentStatus.SUBMITTED);
    assertThat(AssessmentStatus.RETURNED.nextStates()).containsExactly(AssessmentStatus.SUBMITTED);
    assertThat(AssessmentStatus.SUBMITTED.nextStates())
        .containsExactlyInAnyOrder(AssessmentStatus.COUNTERSIGNED, AssessmentStatus.RETURNED);
    assertThat(AssessmentStatus.COUNTERSIGNED.nextStates()).containsExactly(AssessmentStatus.SUPERSEDED);
    assertThat(AssessmentStatus.SUPERSEDED.nextStates()).isEmpty();
    assertThat(java.util.Arrays.stream(AssessmentStatus.values()).filter(AssessmentStatus::editable))
        .containsExactlyInAnyOrder(AssessmentStatus.DRAFT, AssessmentStatus.RETURNED);
  }

  @Test
  void stepsTheStatusDoesNotAllowAreRefused() {
    UUID prisoner = unassessedPrisoner(5);
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, FULL);
    ActingAs.user(jdbc, "assessor2");
    assertThatThrownBy(() -> assessments.countersign(id, 0)).isInstanceOfSatisfying(BagytException.class, refused -> {
      assertThat(refused.type()).isEqualTo("illegal-transition");
      assertThat(refused.status().value()).isEqualTo(409);
    });
    assertThatThrownBy(() -> assessments.returnToAuthor(id, 0, "нет")).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.type()).isEqualTo("illegal-transition"));
    // Someone else's draft is not theirs to edit.
    assertThatThrownBy(() -> assessments.save(id, 0, AssessmentEntry.empty())).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.type()).isEqualTo("not-author"));
    // A draft does not print.
    ActingAs.user(jdbc, "governor");
    assertThatThrownBy(() -> assessments.export(id)).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.type()).isEqualTo("not-countersigned"));
    // One assessment of a kind at a time.
    ActingAs.user(jdbc, "assessor2");
    assertThatThrownBy(() -> assessments.start(prisoner, FULL)).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.type()).isEqualTo("assessment-open"));
    // Two starts at the same moment both pass that check; the database keeps the second out.
    assertThatThrownBy(() -> jdbc.sql("""
        INSERT INTO assessment (prisoner_id, facility_id, instrument_id, instrument_version, purpose, status, author, started_at)
        SELECT prisoner_id, facility_id, instrument_id, instrument_version, purpose, 'DRAFT', 'assessor2', now()
        FROM assessment WHERE id = ?""").param(id).update())
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }

  @Test
  void thePrisonerIsToldAndMayAppealAndTheAppealIsDecidedBySomeoneElse() {
    UUID prisoner = unassessedPrisoner(6);
    Instrument full = instruments.newest(FULL).orElseThrow();
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, FULL);
    int v = assessments.submit(id, 0, whole(full, "HIGH", Level.HIGH));
    ActingAs.user(jdbc, "assessor2");
    assessments.countersign(id, v);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));

    ActingAs.user(jdbc, "assessor");
    assertThatThrownBy(() -> assessments.recordNotice(id, today.plusDays(1), OutcomeNotice.Method.IN_PERSON, "", false, null))
        .isInstanceOfSatisfying(InvalidFields.class, refused -> assertThat(refused.errors())
            .containsEntry("told-on", "assessment.error.date-future")
            .containsEntry("notice-language", "assessment.error.language-required"));
    assessments.recordNotice(id, today, OutcomeNotice.Method.IN_PERSON_AND_WRITING, "кыргызча", true, null);
    UUID appeal = assessments.lodgeAppeal(id, today, "Не согласен с оценкой пункта CI2.");
    assertThatThrownBy(() -> assessments.lodgeAppeal(id, today, "Ещё одна")).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.type()).isEqualTo("appeal-open"));

    ActingAs.user(jdbc, "governor");
    assessments.decideAppeal(appeal, 0, Appeal.Decision.REVIEW_ORDERED, "Пересмотреть с участием второго психолога.");
    var view = assessments.read(id);
    assertThat(view.notice()).get().extracting(OutcomeNotice::language).isEqualTo("кыргызча");
    assertThat(view.appeals()).singleElement().satisfies(a -> {
      assertThat(a.decision()).isEqualTo(Appeal.Decision.REVIEW_ORDERED);
      assertThat(a.decidedBy()).isEqualTo("governor");
    });
    assertThat(jdbc.sql("SELECT due_on FROM assessment_due WHERE prisoner_id = ? AND closed_at IS NULL AND 'APPEAL' = ANY(reasons)")
        .param(prisoner).query(LocalDate.class).single()).isEqualTo(today);
  }
}
