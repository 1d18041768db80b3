package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Facility scope, need to know and break-glass, as staff meet them in pages and the API. */
class PrisonerFileAccessTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  private UUID prisonerIn(String facilityCode) {
    return jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = ? "
        + "ORDER BY p.number LIMIT 1").param(facilityCode).query(UUID.class).single();
  }

  @Test
  void facilityStaffListOnlyPrisonersOfTheirFacility() {
    var officer = signedIn("officer");
    var page = officer.get("/prisoners").html();
    var locations = page.select("tbody tr td:nth-child(6)").eachText();
    assertThat(locations).hasSize(50).allSatisfy(l -> assertThat(l).startsWith("IK-47"));
    var api = json.readTree(officer.get("/api/v1/prisoners?page=3", "Accept", "application/json").body());
    assertThat(api.size()).isEqualTo(50);
    api.forEach(p -> assertThat(p.get("facilityCode").asString()).isEqualTo("IK-47"));
  }

  @Test
  void headquartersSeesEveryFacility() {
    var hq = signedIn("hq");
    var api = json.readTree(hq.get("/api/v1/prisoners?q=KG-", "Accept", "application/json").body());
    assertThat(api.size()).isEqualTo(50);
    var facilities = new java.util.HashSet<String>();
    api.forEach(p -> facilities.add(p.get("facilityCode").asString()));
    assertThat(facilities.size()).isGreaterThan(1);
  }

  @Test
  void healthNotesAreShownOnlyToRolesGrantedThem() {
    UUID prisoner = prisonerIn("IK-47");
    jdbc.sql("INSERT INTO prisoner_health_note (prisoner_id, written_at, written_by, note) VALUES (?, now(), 'doctor', ?)")
        .params(prisoner, "Needs daily medication").update();
    var officerPage = signedIn("officer").get("/prisoners/" + prisoner);
    assertThat(officerPage.status()).isEqualTo(200);
    assertThat(officerPage.body()).doesNotContain("Needs daily medication").doesNotContain("Health notes");
    var officerApi = signedIn("officer").get("/api/v1/prisoners/" + prisoner, "Accept", "application/json");
    assertThat(json.readTree(officerApi.body()).get("healthNotes").isNull()).isTrue();
    var governorPage = signedIn("governor").get("/prisoners/" + prisoner);
    assertThat(governorPage.body()).contains("Needs daily medication");
  }

  @Test
  void everyViewOfAFileInPagesAndApiIsAudited() {
    UUID prisoner = prisonerIn("IK-47");
    long before = jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner);
    officer.get("/api/v1/prisoners/" + prisoner, "Accept", "application/json");
    var reads = jdbc.sql("SELECT a.actor, a.outcome, f.code FROM audit_event a JOIN facility f ON f.id = a.facility_id "
        + "WHERE a.action = 'READ' AND a.resource_type = 'PRISONER_FILE' AND a.prisoner_id = ? AND a.seq > ?")
        .params(prisoner, before).query().listOfRows();
    assertThat(reads).hasSize(2).allSatisfy(r -> assertThat(r)
        .containsEntry("actor", "officer").containsEntry("outcome", "SUCCESS").containsEntry("code", "IK-47"));
  }

  @Test
  void aPrisonerOfAnotherFacilityCannotBeOpenedByGuessingItsId() {
    UUID elsewhere = prisonerIn("SIZO-1");
    var officer = signedIn("officer");
    var page = officer.get("/prisoners/" + elsewhere);
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("This prisoner is held in another facility");
    assertThat(page.body()).doesNotContain(jdbc.sql("SELECT family_name FROM prisoner WHERE id = ?").param(elsewhere)
        .query(String.class).single() + " ");
    var api = officer.get("/api/v1/prisoners/" + elsewhere, "Accept", "application/json");
    assertThat(api.status()).isEqualTo(403);
    assertThat(json.readTree(api.body()).get("type").asString()).isEqualTo("/problems/outside-scope");
    assertThat(officer.get("/api/v1/prisoners/" + UUID.randomUUID(), "Accept", "application/json").status())
        .isEqualTo(404);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND outcome = 'DENIED' "
        + "AND actor = 'officer' AND prisoner_id = ?").param(elsewhere).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void breakingTheGlassNeedsAReasonOpensTheFileForAnHourAndTellsTheGovernor() {
    UUID elsewhere = prisonerIn("SIZO-1");
    String number = jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(elsewhere).query(String.class).single();
    var officer = signedIn("officer");
    officer.get("/prisoners/" + elsewhere);

    var noReason = officer.postForm("/prisoners/" + elsewhere + "/break-glass", Map.of("reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.html().selectFirst(".govuk-error-summary").text()).contains("Give a reason.");
    assertThat(jdbc.sql("SELECT count(*) FROM break_glass_access").query(Integer.class).single()).isZero();

    var opened = officer.follow(officer.postForm("/prisoners/" + elsewhere + "/break-glass",
        Map.of("reason", "Escort to court tomorrow")));
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.html().selectFirst(".govuk-caption-l").text()).isEqualTo(number);
    assertThat(opened.html().selectFirst(".govuk-warning-text__text").text())
        .startsWith("You opened this file from outside its facility.");
    var grant = jdbc.sql("SELECT reason, extract(epoch FROM expires_at - granted_at) AS seconds FROM break_glass_access")
        .query().singleRow();
    assertThat(grant.get("reason")).isEqualTo("Escort to court tomorrow");
    assertThat(((Number) grant.get("seconds")).intValue()).isEqualTo(3600);
    var flagged = jdbc.sql("SELECT actor, purpose FROM audit_event WHERE action = 'BREAK_GLASS' AND prisoner_id = ?")
        .param(elsewhere).query().singleRow();
    assertThat(flagged).containsEntry("actor", "officer").containsEntry("purpose", "Escort to court tomorrow");
    assertThat(jdbc.sql("SELECT purpose FROM audit_event WHERE action = 'READ' AND outcome = 'SUCCESS' AND prisoner_id = ?")
        .param(elsewhere).query(String.class).single()).isEqualTo("break-glass");

    var governorHome = signedIn("governor-sizo-1").get("/").html();
    assertThat(governorHome.select(".bagyt-notices li").text())
        .contains("officer opened the file of prisoner " + number).contains("Escort to court tomorrow");
    assertThat(signedIn("governor").get("/").html().select(".bagyt-notices li")).isEmpty();

    // When the hour is over, the file is closed again.
    jdbc.sql("UPDATE break_glass_access SET granted_at = granted_at - interval '2 hours', "
        + "expires_at = expires_at - interval '2 hours'").update();
    assertThat(officer.get("/prisoners/" + elsewhere).status()).isEqualTo(403);
  }

  @Test
  void rolesWithoutPrisonerAccessAreRefused() {
    var admin = signedIn("admin");
    assertThat(admin.get("/prisoners").status()).isEqualTo(403);
    assertThat(admin.get("/api/v1/prisoners/" + prisonerIn("IK-47"), "Accept", "application/json").status())
        .isEqualTo(403);
  }
}
