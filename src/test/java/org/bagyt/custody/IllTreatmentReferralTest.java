package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A complaint of ill-treatment at admission: facility staff see the referral; only outside authorities close it. */
class IllTreatmentReferralTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private UUID referral;

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  @BeforeEach
  void admitSomeoneWhoComplains() {
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    UUID cell = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id WHERE u.facility_id = ? AND c.in_use AND c.occupied < c.beds
        ORDER BY u.code, c.code LIMIT 1""").param(facility).query(UUID.class).single();
    var officer = signedIn("officer");
    var created = officer.send("POST", "/api/v1/admissions?differentPerson=true", """
        {"familyName": "Токтогулов", "givenName": "Азамат", "dateOfBirth": "1990-01-01", "sex": "MALE", "citizenship": "KG",
         "commitmentOrder": {"authority": "Суд", "documentNumber": "5/2026", "issuedOn": "2026-01-10"},
         "reason": "ст. 315", "legalStatus": "CONVICTED", "facilityId": "%s", "cellId": "%s",
         "illTreatmentComplaint": "Struck on the head during questioning", "informationGiven": true,
         "informationLanguage": "ky"}""".formatted(facility, cell), "application/json", "Accept", "application/json");
    assertThat(created.status()).isEqualTo(201);
    referral = UUID.fromString(json.readTree(created.body()).get("referralId").asString());
  }

  private Map<String, Object> stored() {
    return jdbc.sql("SELECT closed_at, closed_by, outcome, version FROM ill_treatment_referral WHERE id = ?")
        .param(referral).query().singleRow();
  }

  @Test
  void facilityStaffSeeTheReferralButCannotCloseIt() {
    for (String user : new String[] {"officer", "governor"}) {
      var staff = signedIn(user);
      var page = staff.get("/referrals");
      assertThat(page.status()).isEqualTo(200);
      var entry = page.html().selectFirst("#referral-" + referral);
      assertThat(entry.text()).contains("Struck on the head during questioning").contains("Referral open");
      assertThat(entry.select("form")).isEmpty();
      var close = staff.postForm("/referrals/" + referral + "/close", Map.of("outcome", "Nothing found", "version", "0"));
      assertThat(close.status()).as(user).isEqualTo(403);
    }
    assertThat(stored().get("closed_at")).isNull();
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND resource_type = 'ILL_TREATMENT_REFERRAL' "
        + "AND resource_id = ?").param(referral.toString()).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void theInspectorClosesAReferralOnlyWithAnOutcome() {
    var inspector = signedIn("inspector");
    var page = inspector.get("/referrals");
    assertThat(page.html().select("#referral-" + referral + " form")).hasSize(1);

    var noOutcome = inspector.postForm("/referrals/" + referral + "/close", Map.of("outcome", "  ", "version", "0"));
    assertThat(noOutcome.status()).isEqualTo(400);
    assertThat(noOutcome.html().select(".govuk-error-summary").text())
        .contains("Write the outcome of the inquiry before closing the referral.");
    assertThat(stored().get("closed_at")).isNull();

    var closed = inspector.follow(inspector.postForm("/referrals/" + referral + "/close",
        Map.of("outcome", "Forensic examination ordered; case passed to the prosecutor", "version", "0")));
    assertThat(closed.html().select(".govuk-notification-banner").text()).contains("The referral has been closed.");
    assertThat(stored()).containsEntry("closed_by", "inspector")
        .containsEntry("outcome", "Forensic examination ordered; case passed to the prosecutor");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REFERRAL_CLOSED' AND actor = 'inspector'")
        .query(Integer.class).single()).isEqualTo(1);

    var again = inspector.postForm("/referrals/" + referral + "/close", Map.of("outcome", "Again", "version", "1"));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aStaleCloseIsRefused() {
    var hq = signedIn("hq");
    hq.get("/referrals");
    var stale = hq.postForm("/referrals/" + referral + "/close", Map.of("outcome", "Closed", "version", "7"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.html().select(".govuk-error-summary").text()).contains("Someone else changed this record");
    assertThat(stored().get("closed_at")).isNull();
  }
}
