package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.prisoners.NewOffence;
import org.bagyt.prisoners.OffenceStage;
import org.bagyt.prisoners.Sentences;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * On time, every time: what each event makes due, and when. Admissions, offences, screenings, transfers, releases
 * and the approach of release are made by the real use cases; the dues they leave are read from the database.
 */
class ReviewScheduleTest extends IntegrationTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  Assessments assessments;

  @Autowired
  ReviewSchedule schedule;

  @Autowired
  Instruments instruments;

  @Autowired
  Sentences sentences;

  @Autowired
  org.springframework.transaction.PlatformTransactionManager transactions;

  @AfterEach
  void signOut() {
    ActingAs.nobody();
  }

  record Due(String purpose, LocalDate dueOn, List<String> reasons) {}

  /** The open dues other than the intake screening every admission makes due. */
  List<Due> openReviews(UUID prisoner) {
    return openDues(prisoner).stream().filter(d -> !d.purpose().equals("INTAKE_SCREENING")).toList();
  }

  List<Due> openDues(UUID prisoner) {
    return jdbc.sql("SELECT purpose, due_on, reasons FROM assessment_due WHERE prisoner_id = ? AND closed_at IS NULL ORDER BY purpose")
        .param(prisoner).query((rs, n) -> new Due(rs.getString(1), rs.getObject(2, LocalDate.class),
            List.of((String[]) rs.getArray(3).getArray()))).list();
  }

  UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  UUID freeCell(String code) {
    return jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.in_use AND c.beds - c.occupied >= 1 AND NOT u.used_for && ARRAY['SEPARATION']
        ORDER BY u.code, c.code LIMIT 1""").param(code).query(UUID.class).single();
  }

  WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  UUID admit(String familyName) {
    var officer = signedIn("officer");
    officer.get("/");
    String body = """
        {"familyName": "%s", "givenName": "Нурлан", "nameScript": "KYRGYZ", "dateOfBirth": "1990-03-02",
         "sex": "MALE", "citizenship": "KG", "commitmentOrder": {"authority": "Ошский областной суд",
         "documentNumber": "2-19/2026", "issuedOn": "2026-01-15"}, "reason": "Приговор", "legalStatus": "CONVICTED",
         "facilityId": "%s", "cellId": "%s", "documents": [], "property": [], "informationGiven": true,
         "informationLanguage": "ky", "interpreterUsed": false}""".formatted(familyName, facility("IK-47"), freeCell("IK-47"));
    var created = officer.send("POST", "/api/v1/admissions?differentPerson=true", body, "application/json", "Accept",
        "application/json");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(json.readTree(created.body()).get("prisonerId").asString());
  }

  UUID article(String category) {
    return jdbc.sql("SELECT id FROM offence_article WHERE category = ? ORDER BY article LIMIT 1").param(category)
        .query(UUID.class).single();
  }

  /** Countersigns an assessment of the instrument, every judgement at the level, as assessor and assessor2. */
  UUID countersigned(UUID prisoner, String instrumentId, String rating, Level level) {
    Instrument instrument = instruments.newest(instrumentId).orElseThrow();
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, instrumentId);
    int v = assessments.submit(id, 0, AssessmentWorkflowTest.whole(instrument, rating, level));
    ActingAs.user(jdbc, "assessor2");
    assessments.countersign(id, v);
    ActingAs.nobody();
    return id;
  }

  @Test
  void anAdmissionMakesTheIntakeScreeningDueWithinSevenDays() {
    UUID prisoner = admit("Асаналиев");
    assertThat(openDues(prisoner)).containsExactly(new Due("INTAKE_SCREENING", TODAY.plusDays(7), List.of("ADMISSION")));
  }

  @Test
  void anExtremismOffenceMakesAFullAssessmentDueWithinThirtyDaysAndAnOrdinaryOneDoesNot() {
    UUID prisoner = admit("Бекташев");
    ActingAs.user(jdbc, "officer");
    sentences.addOffence(prisoner, new NewOffence(article("VIOLENT"), OffenceStage.CONVICTED, TODAY.minusYears(1)));
    assertThat(openDues(prisoner)).extracting(Due::purpose).containsExactly("INTAKE_SCREENING");
    sentences.addOffence(prisoner, new NewOffence(article("EXTREMISM"), OffenceStage.CONVICTED, TODAY.minusYears(1)));
    assertThat(openDues(prisoner)).contains(new Due("EXTREMISM_RISK_NEEDS", TODAY.plusDays(30), List.of("EXTREMISM_OFFENCE")));
  }

  @Test
  void aScreeningThatJudgesAConcernRefersToAFullAssessmentAndOneThatDoesNotClosesWhatWasDue() {
    UUID concerning = admit("Дооронбеков");
    countersigned(concerning, "bagyt-intake-screening", "SOME", Level.MODERATE);
    assertThat(openDues(concerning)).containsExactly(
        new Due("EXTREMISM_RISK_NEEDS", TODAY.plusDays(30), List.of("SCREENING_REFERRAL")));

    UUID calm = admit("Эшенкулов");
    countersigned(calm, "bagyt-intake-screening", "NO", Level.LOW);
    assertThat(openDues(calm)).isEmpty();
    assertThat(jdbc.sql("SELECT closed_reason FROM assessment_due WHERE prisoner_id = ?").param(calm).query(String.class)
        .single()).isEqualTo("COUNTERSIGNED");
  }

  @Test
  void aTransferBringsTheReviewForwardForThoseAssessedOnly() {
    UUID assessed = admit("Жолдошев");
    countersigned(assessed, "bagyt-risk-needs", "LOW", Level.LOW);
    assertThat(openReviews(assessed)).containsExactly(new Due("EXTREMISM_RISK_NEEDS", TODAY.plusMonths(12), List.of("SCHEDULED")));
    UUID notAssessed = admit("Кудайбергенов");

    transfer(assessed);
    transfer(notAssessed);

    assertThat(openReviews(assessed)).containsExactly(
        new Due("EXTREMISM_RISK_NEEDS", TODAY.plusDays(30), List.of("SCHEDULED", "TRANSFER")));
    assertThat(openDues(notAssessed)).extracting(Due::purpose).containsExactly("INTAKE_SCREENING");
  }

  /**
   * How the conduct and programme modules bring a review forward: {@code requestReview} in their own transaction. Each
   * reason is added to the one open review, which keeps its earliest date; a prisoner never assessed is not reviewed;
   * and when the caller's transaction rolls back, so does the review.
   */
  @Test
  void anIncidentIntelligenceOrACompletedProgrammeBringsTheReviewForwardInTheCallersTransaction() {
    UUID assessed = admit("Осмонов");
    countersigned(assessed, "bagyt-risk-needs", "LOW", Level.MODERATE);
    UUID notAssessed = admit("Сыдыков");

    var rolledBack = new org.springframework.transaction.support.TransactionTemplate(transactions);
    rolledBack.executeWithoutResult(tx -> {
      assertThat(schedule.requestReview(assessed, ReviewReason.SERIOUS_INCIDENT)).isTrue();
      tx.setRollbackOnly();
    });
    assertThat(openReviews(assessed)).containsExactly(new Due("EXTREMISM_RISK_NEEDS", TODAY.plusMonths(6), List.of("SCHEDULED")));

    assertThat(schedule.requestReview(assessed, ReviewReason.SERIOUS_INCIDENT)).isTrue();
    assertThat(schedule.requestReview(assessed, ReviewReason.NEW_INTELLIGENCE)).isTrue();
    assertThat(schedule.requestReview(assessed, ReviewReason.PROGRAMME_COMPLETED)).isTrue();
    assertThat(schedule.requestReview(assessed, ReviewReason.NEW_INTELLIGENCE)).isTrue();
    assertThat(openReviews(assessed)).containsExactly(new Due("EXTREMISM_RISK_NEEDS", TODAY.plusDays(30),
        List.of("SCHEDULED", "SERIOUS_INCIDENT", "NEW_INTELLIGENCE", "PROGRAMME_COMPLETED")));

    assertThat(schedule.requestReview(notAssessed, ReviewReason.SERIOUS_INCIDENT)).isFalse();
    assertThat(openDues(notAssessed)).extracting(Due::purpose).containsExactly("INTAKE_SCREENING");
  }

  @Test
  void aReleaseClosesWhatIsDue() {
    UUID prisoner = admit("Токтобаев");
    assertThat(openDues(prisoner)).isNotEmpty();
    approved(prisoner, Map.of("kind", "RELEASE", "releaseType", "END_OF_SENTENCE", "note", "Срок отбыт"));
    assertThat(openDues(prisoner)).isEmpty();
    assertThat(jdbc.sql("SELECT closed_reason FROM assessment_due WHERE prisoner_id = ?").param(prisoner).query(String.class)
        .list()).containsOnly("RELEASED");
  }

  private void transfer(UUID prisoner) {
    approved(prisoner, Map.of("kind", "TRANSFER", "facilityId", facility("IK-1"), "note", "Ближе к семье"));
    assertThat(jdbc.sql("SELECT facility_id FROM prisoner WHERE id = ?").param(prisoner).query(UUID.class).single())
        .isEqualTo(facility("IK-1"));
  }

  /** A movement an officer asks for and the governor approves, as the two people would do it. */
  private void approved(UUID prisoner, Map<String, Object> movement) {
    var officer = signedIn("officer");
    officer.get("/");
    int version = jdbc.sql("SELECT version FROM prisoner WHERE id = ?").param(prisoner).query(Integer.class).single();
    var body = new java.util.HashMap<String, Object>(movement);
    body.put("version", version);
    var requested = officer.send("POST", "/api/v1/prisoners/" + prisoner + "/movements", json.writeValueAsString(body),
        "application/json", "Accept", "application/json");
    assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    String request = json.readTree(requested.body()).get("id").asString();
    var governor = signedIn("governor");
    governor.get("/approvals");
    assertThat(governor.follow(governor.postForm("/approvals/" + request + "/approve", Map.of("reason", "Согласовано")))
        .status()).isEqualTo(200);
  }

  @Test
  void theApproachOfReleaseMakesAReviewDueOnceAndOnlyForThoseAssessed() {
    UUID assessed = admit("Мамбетов");
    countersigned(assessed, "bagyt-risk-needs", "LOW", Level.LOW);
    UUID other = admit("Сулайманов");
    ActingAs.user(jdbc, "officer");
    UUID article = article("EXTREMISM");
    for (UUID p : List.of(assessed, other)) {
      sentences.addOffence(p, new NewOffence(article, OffenceStage.CONVICTED, TODAY.minusYears(2)));
    }
    ActingAs.nobody();
    jdbc.sql("UPDATE assessment_due SET closed_at = now(), closed_reason = 'COUNTERSIGNED' WHERE prisoner_id = ? "
        + "AND purpose = 'EXTREMISM_RISK_NEEDS'").param(other).update();
    // Both are released in four months: inside the six months before release.
    for (UUID p : List.of(assessed, other)) {
      jdbc.sql("""
          INSERT INTO sentence (prisoner_id, starts_on, years, months, days, remand_days, category, numerator, denominator,
                                term_days, eligible_on, release_on)
          VALUES (?, ?, 2, 0, 0, 0, 'EXTREMISM', 1, 1, 730, ?, ?)
          ON CONFLICT (prisoner_id) DO UPDATE SET release_on = excluded.release_on, eligible_on = excluded.eligible_on""")
          .params(p, TODAY.minusMonths(20), TODAY.plusMonths(4), TODAY.plusMonths(4)).update();
    }

    int made = schedule.scheduleReleaseReviews();
    assertThat(made).isGreaterThanOrEqualTo(1);
    assertThat(openReviews(assessed)).containsExactly(
        new Due("EXTREMISM_RISK_NEEDS", TODAY.plusDays(30), List.of("SCHEDULED", "EXTREMISM_OFFENCE", "PRE_RELEASE")));
    assertThat(openReviews(other)).isEmpty();
    // Run again (another day, another node): nothing more is made due for the same approach to release.
    schedule.scheduleReleaseReviews();
    assertThat(jdbc.sql("SELECT count(*) FROM assessment_due WHERE prisoner_id = ? AND 'PRE_RELEASE' = ANY(reasons)")
        .param(assessed).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theDueListsShowEachReaderTheirOwnFacilitiesOrTheWholeService() {
    UUID ik47 = facility("IK-47");
    ActingAs.user(jdbc, "governor");
    var governors = schedule.due(null, 14);
    assertThat(governors).isNotEmpty().allSatisfy(d -> assertThat(d.prisoner().facilityId()).isEqualTo(ik47));
    assertThat(governors).anySatisfy(d -> assertThat(d.overdue()).isTrue());
    assertThat(governors).isSortedAccordingTo(java.util.Comparator.comparing(DueItem::dueOn));
    assertThat(governors).allSatisfy(d -> assertThat(d.dueOn()).isBeforeOrEqualTo(TODAY.plusDays(14)));

    ActingAs.user(jdbc, "hq");
    var national = schedule.due(null, 14);
    assertThat(national.size()).isGreaterThan(governors.size());
    assertThat(national).extracting(d -> d.prisoner().facilityCode()).contains("IK-47").hasSizeGreaterThan(1);
    assertThat(schedule.due(ik47, 14)).extracting(DueItem::id)
        .containsExactlyInAnyOrderElementsOf(governors.stream().map(DueItem::id).toList());

    ActingAs.user(jdbc, "governor-sizo-1");
    assertThat(schedule.due(null, 14)).noneSatisfy(d -> assertThat(d.prisoner().facilityId()).isEqualTo(ik47));
  }
}
