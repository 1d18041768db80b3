package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Separation groups recorded through {@code /api/v1/allocation/groups}: a recorded group is what the placement check's
 * group limit counts; bad input names its field and writes nothing; only the roles granted may read or record.
 */
class SeparationGroupsTest extends PlacementFixtures {

  private final JsonMapper json = JsonMapper.builder().build();

  int groups() {
    return jdbc.sql("SELECT count(*) FROM prisoner_group").query(Integer.class).single();
  }

  WebClient.Response record(WebClient c, String body) {
    return c.send("POST", "/api/v1/allocation/groups", body, "application/json", "Accept", "application/json");
  }

  String group(String kind, String... numbers) {
    return """
        {"name": "Network of case 12-345", "kind": "%s", "basis": "Co-defendants; community in the association network",
         "members": [%s]}""".formatted(kind, String.join(", ", List.of(numbers).stream().map(n -> '"' + n + '"').toList()));
  }

  @Test
  void aRecordedGroupIsWhatThePlacementCheckCountsInAUnit() {
    WebClient analyst = signedIn("analyst", "en");
    WebClient governor = signedIn("governor", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID c = plainPrisoner();
    var recorded = record(analyst, group("NETWORK", number(a), number(b), number(c)));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND NOT 'VIOLENT_EXTREMIST' = ANY(u.used_for) AND NOT 'SEPARATION' = ANY(u.used_for)
        ORDER BY u.code LIMIT 1""").query(UUID.class).single();
    UUID cell = jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, 'G-1', 4, 20) RETURNING id")
        .param(unit).query(UUID.class).single();
    for (UUID member : List.of(a, b)) {
      int version = jdbc.sql("SELECT version FROM prisoner WHERE id = ?").param(member).query(Integer.class).single();
      var moved = governor.send("POST", "/api/v1/prisoners/" + member + "/movements",
          "{\"kind\": \"CELL_MOVE\", \"version\": %d, \"cellId\": \"%s\"}".formatted(version, cell), "application/json",
          "Accept", "application/json");
      assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    }
    var check = governor.send("POST", "/api/v1/allocation/check",
        "{\"prisonerId\": \"%s\", \"cellId\": \"%s\"}".formatted(c, cell), "application/json", "Accept", "application/json");
    assertThat(check.status()).isEqualTo(200);
    assertThat(json.readTree(check.body()).get("violations").toString()).contains("GROUP_LIMIT");

    var listed = governor.get("/api/v1/allocation/groups", "Accept", "application/json");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains("Network of case 12-345", number(a), number(b), number(c));
  }

  @Test
  void badInputNamesItsFieldAndRecordsNothing() {
    WebClient analyst = signedIn("analyst", "en");
    String a = number(plainPrisoner());
    String b = number(plainPrisoner());
    int before = groups();

    var unknown = record(analyst, group("NETWORK", a, "KG-1999-999999"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("members", "No prisoner has one of these numbers");
    var alone = record(analyst, group("NETWORK", a));
    assertThat(alone.status()).isEqualTo(400);
    assertThat(alone.body()).contains("at least 2");
    var kind = record(analyst, group("RELIGION", a, b));
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.body()).contains("kind");
    var noBasis = record(analyst, """
        {"name": "N", "kind": "GANG", "basis": " ", "members": ["%s", "%s"]}""".formatted(a, b));
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.body()).contains("basis");

    assertThat(groups()).isEqualTo(before);
  }

  @Test
  void onlyTheRolesGrantedReadOrRecordGroups() {
    String a = number(plainPrisoner());
    String b = number(plainPrisoner());
    int before = groups();
    WebClient officer = signedIn("officer", "en");
    assertThat(record(officer, group("GANG", a, b)).status()).isEqualTo(403);
    assertThat(officer.get("/api/v1/allocation/groups", "Accept", "application/json").status()).isEqualTo(403);
    // A governor of another facility records no group of IK-47's prisoners.
    WebClient elsewhere = signedIn("governor-sizo-1", "en");
    assertThat(record(elsewhere, group("GANG", a, b)).status()).isEqualTo(403);
    assertThat(groups()).isEqualTo(before);
  }

  @Test
  void anAnalystRecordsACommunityOfTheNetworkAsAGroupOnThePageWithABasis() {
    WebClient analyst = client().acceptLanguage("ru");
    analyst.signIn("analyst", DemoData.DEMO_PASSWORD);
    var network = analyst.get("/network");
    assertThat(network.status()).isEqualTo(200);
    var link = network.html().select("#communities a[href*=/allocation/groups]").first();
    assertThat(link).as("a community offered for recording").isNotNull();
    assertThat(link.text()).isEqualTo("Записать как группу для разделения");

    var form = analyst.get(link.attr("href"));
    assertThat(form.status()).isEqualTo(200);
    String members = form.html().select("textarea#members").text();
    assertThat(members).isNotBlank();
    int before = groups();
    var missingBasis = analyst.postForm("/allocation/groups", java.util.Map.of("name", "Сеть дела 7", "kind", "NETWORK",
        "basis", "", "members", members));
    assertThat(missingBasis.status()).isEqualTo(400);
    assertThat(missingBasis.html().select("#basis-error").text()).contains("почему эти люди составляют группу");
    assertThat(groups()).isEqualTo(before);

    var recorded = analyst.follow(analyst.postForm("/allocation/groups", java.util.Map.of("name", "Сеть дела 7",
        "kind", "NETWORK", "basis", "Сообщество сети связей: соучастники по делу 7", "members", members)));
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(groups()).isEqualTo(before + 1);
    assertThat(recorded.html().select("#groups").text()).contains("Сеть дела 7", members.split(",")[0].strip());
  }
}
