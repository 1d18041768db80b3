package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schedule is the service's to set: here a screening is due 3 days after admission and a high judgement is
 * reviewed after 2 months, while moderate keeps the instrument's 6.
 */
@TestPropertySource(properties = {"bagyt.assessment.screening-due-days=3", "bagyt.assessment.review-months.high=2"})
class ConfiguredScheduleTest extends IntegrationTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

  @Autowired
  Assessments assessments;

  @Autowired
  Instruments instruments;

  @AfterEach
  void signOut() {
    ActingAs.nobody();
  }

  @Test
  void anAdmissionMakesTheScreeningDueAfterTheConfiguredDays() {
    var officer = client().acceptLanguage("en");
    officer.signIn("officer", DemoData.DEMO_PASSWORD);
    officer.get("/");
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    UUID cell = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id WHERE u.facility_id = ? AND c.in_use
          AND c.beds - c.occupied >= 1 AND NOT u.used_for && ARRAY['SEPARATION'] ORDER BY u.code, c.code LIMIT 1""")
        .param(facility).query(UUID.class).single();
    String body = """
        {"familyName": "Абдыкалыков", "givenName": "Нурлан", "nameScript": "KYRGYZ", "dateOfBirth": "1991-04-02",
         "sex": "MALE", "citizenship": "KG", "commitmentOrder": {"authority": "Ошский областной суд",
         "documentNumber": "2-21/2026", "issuedOn": "2026-01-15"}, "reason": "Приговор", "legalStatus": "CONVICTED",
         "facilityId": "%s", "cellId": "%s", "documents": [], "property": [], "informationGiven": true,
         "informationLanguage": "ky", "interpreterUsed": false}""".formatted(facility, cell);
    var created = officer.send("POST", "/api/v1/admissions?differentPerson=true", body, "application/json", "Accept",
        "application/json");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID prisoner = UUID.fromString(JsonMapper.builder().build().readTree(created.body()).get("prisonerId").asString());
    assertThat(jdbc.sql("SELECT due_on FROM assessment_due WHERE prisoner_id = ? AND purpose = 'INTAKE_SCREENING'")
        .param(prisoner).query(LocalDate.class).single()).isEqualTo(TODAY.plusDays(3));
  }

  @Test
  void aHighJudgementIsReviewedAfterTheServicesMonthsAndModerateAfterTheInstruments() {
    Instrument full = instruments.newest(Assessors.RISK_NEEDS).orElseThrow();
    assertThat(countersigned(Assessors.unassessedPrisoner(jdbc), full, Level.HIGH).nextReviewOn())
        .isEqualTo(TODAY.plusMonths(2));
    assertThat(countersigned(Assessors.unassessedPrisoner(jdbc), full, Level.MODERATE).nextReviewOn())
        .isEqualTo(TODAY.plusMonths(6));
  }

  @Test
  void anIntervalOutsideOneToThirtySixMonthsIsRefused() {
    assertThatThrownBy(() -> new ReviewIntervals(0, null, null)).hasMessageContaining("review-months.high");
    assertThatThrownBy(() -> new ReviewIntervals(null, null, 37)).hasMessageContaining("review-months.low");
    assertThat(ReviewIntervals.asInstruments().months(
        instruments.newest(Assessors.RISK_NEEDS).orElseThrow().judgements().get(0), Level.LOW)).isEqualTo(12);
  }

  private Assessment countersigned(UUID prisoner, Instrument instrument, Level level) {
    ActingAs.user(jdbc, "assessor");
    UUID id = assessments.start(prisoner, instrument.id());
    int v = assessments.submit(id, 0, AssessmentWorkflowTest.whole(instrument, "LOW", level));
    ActingAs.user(jdbc, "assessor2");
    assessments.countersign(id, v);
    return assessments.read(id).assessment();
  }
}
