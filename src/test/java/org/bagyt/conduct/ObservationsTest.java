package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observations: recorded against the catalogue and in the observer's words, which are never blocked whatever they
 * mention, and never counted; only the catalogue's behaviours are. Unknown behaviours and prisoners are refused.
 */
class ObservationsTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/prisoners");
    return client;
  }

  private WebClient.Response post(WebClient client, String path, Object body) {
    return client.send("POST", path, json.writeValueAsString(body), "application/json", "Accept", "application/json");
  }

  private JsonNode ok(WebClient.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return json.readTree(r.body());
  }

  private UUID heldIn(String facility, int offset) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.prisoner_id = p.id)
        ORDER BY p.number OFFSET ? LIMIT 1""")
        .params(facility, offset).query(UUID.class).single();
  }

  private long rows() {
    return jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
  }

  @Test
  void freeTextMentioningPrayerIsRecordedAsWrittenButOnlyCatalogueBehavioursAreCounted() {
    var officer = signedIn("officer", "en");
    UUID prisoner = heldIn("IK-47", 20);
    var saved = ok(post(officer, "/api/v1/prisoners/" + prisoner + "/observations", Map.of(
        "behaviours", List.of("PRESSURES_OTHERS_OVER_VIEWS"),
        "account", "After evening prayer he told a younger man on the wing he would regret not joining them.")), 201);
    assertThat(saved.get("account").asString()).contains("prayer");
    assertThat(saved.get("behaviours")).hasSize(1);
    ok(post(officer, "/api/v1/prisoners/" + prisoner + "/observations", Map.of(
        "account", "Prays often and has grown a beard.")), 201);
    var view = ok(officer.get("/api/v1/prisoners/" + prisoner + "/observations", "Accept", "application/json"), 200);
    assertThat(view.get("observations")).hasSize(2);
    var counted = new ArrayList<String>();
    view.get("lately").forEach(c -> counted.add(c.get("code").asString() + "=" + c.get("times").asLong()));
    assertThat(counted).containsExactly("PRESSURES_OTHERS_OVER_VIEWS=1");
  }

  @Test
  void unknownBehavioursAndPrisonersAreRefusedAndNothingIsWritten() {
    var officer = signedIn("officer", "ru");
    UUID prisoner = heldIn("IK-47", 21);
    long before = rows();
    var unknown = post(officer, "/api/v1/prisoners/" + prisoner + "/observations",
        Map.of("behaviours", List.of("ATTENDS_PRAYERS"), "account", "Seen at prayers."));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(json.readTree(unknown.body()).get("errors").get(0).get("field").asString()).isEqualTo("behaviours");
    assertThat(json.readTree(unknown.body()).get("errors").get(0).get("message").asString())
        .contains("только из каталога");
    assertThat(post(officer, "/api/v1/prisoners/" + prisoner + "/observations", Map.of("account", " ")).status())
        .isEqualTo(400);
    assertThat(post(officer, "/api/v1/prisoners/" + UUID.randomUUID() + "/observations", Map.of("account", "x"))
        .status()).isEqualTo(404);
    assertThat(post(officer, "/api/v1/prisoners/" + heldIn("IK-1", 0) + "/observations", Map.of("account", "x"))
        .status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void anOfficerRecordsOnThePageAnAnalystReadsAndTheInspectorHasNoAccess() {
    UUID prisoner = heldIn("IK-47", 22);
    var officer = signedIn("officer", "ky");
    var page = officer.get("/prisoners/" + prisoner + "/observations");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("#observation-form input[name=behaviours]")).hasSizeGreaterThanOrEqualTo(10);
    var refused = officer.postForm("/prisoners/" + prisoner + "/observations", Map.of("behaviours", "HIDDEN_MESSAGES"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select("#account-error").text()).contains("Эмнени көргөнүңүздү");
    var done = officer.follow(officer.postForm("/prisoners/" + prisoner + "/observations",
        Map.of("behaviours", "HIDDEN_MESSAGES", "account", "Кагаз берди.")));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select("#lately tr[data-behaviour=HIDDEN_MESSAGES]")).hasSize(1);
    var analyst = signedIn("analyst", "en");
    assertThat(analyst.get("/observations").status()).isEqualTo(200);
    assertThat(post(analyst, "/api/v1/prisoners/" + prisoner + "/observations", Map.of("account", "x")).status())
        .isEqualTo(403);
    var inspector = signedIn("inspector", "en");
    assertThat(inspector.get("/api/v1/prisoners/" + prisoner + "/observations", "Accept", "application/json").status())
        .isEqualTo(403);
  }
}
