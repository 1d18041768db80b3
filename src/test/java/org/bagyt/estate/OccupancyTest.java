package org.bagyt.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Occupancy figures are the cells' beds in use, and a breach is below the minimum, never at it. */
class OccupancyTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient hq() {
    var client = client().acceptLanguage("en");
    client.signIn("hq", DemoData.DEMO_PASSWORD);
    return client;
  }

  private JsonNode getJson(WebClient client, String path) {
    var response = client.get(path, "Accept", "application/json");
    assertThat(response.status()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private int sql(String query) {
    return jdbc.sql(query).query(Integer.class).single();
  }

  @Test
  void nationalTotalsAreThePeopleInCellsAndTheBreachesTheSqlDefinitionGives() {
    var report = getJson(hq(), "/api/v1/estate/overcrowding?limit=1000");
    var totals = report.get("totals");
    // Beds in use are the prisoners in each cell: counted here from the prisoners themselves.
    assertThat(totals.get("occupied").asInt())
        .isEqualTo(sql("SELECT count(*) FROM prisoner p JOIN cell c ON c.id = p.cell_id WHERE c.in_use AND p.released_at IS NULL"))
        .isGreaterThan(5_000);
    assertThat(totals.get("beds").asInt()).isEqualTo(sql("SELECT sum(beds) FROM cell WHERE in_use"));
    assertThat(totals.get("cells").asInt()).isEqualTo(sql("SELECT count(*) FROM cell WHERE in_use"));
    // Independently of the application's query: people per m² by division, 6/4 CPT and 5.4/3.4 ICRC.
    int cpt = sql("""
        SELECT count(*) FROM cell WHERE in_use AND occupied > 0
          AND floor_area_m2 / occupied < CASE WHEN beds = 1 THEN 6 ELSE 4 END""");
    int icrc = sql("""
        SELECT count(*) FROM cell WHERE in_use AND occupied > 0
          AND floor_area_m2 / occupied < CASE WHEN beds = 1 THEN 5.4 ELSE 3.4 END""");
    assertThat(totals.get("cellsBreachingCpt").asInt()).isEqualTo(cpt).isGreaterThan(0);
    assertThat(totals.get("cellsBreachingIcrc").asInt()).isEqualTo(icrc).isGreaterThan(0).isLessThan(cpt);
    assertThat(report.get("breachingCpt").size()).isEqualTo(Math.min(cpt, 1000));

    // Each facility's figures add up to the totals, and match that facility's prisoners.
    int occupiedSum = 0;
    for (JsonNode row : report.get("facilities")) {
      occupiedSum += row.get("figures").get("occupied").asInt();
    }
    assertThat(occupiedSum).isEqualTo(totals.get("occupied").asInt());
    UUID ik47 = facility("IK-47");
    var one = getJson(hq(), "/api/v1/estate/facilities/" + ik47);
    assertThat(one.get("figures").get("occupied").asInt()).isEqualTo(jdbc.sql("""
        SELECT count(*) FROM prisoner p JOIN cell c ON c.id = p.cell_id JOIN unit u ON u.id = c.unit_id
        WHERE u.facility_id = ? AND p.released_at IS NULL""").param(ik47).query(Integer.class).single());
  }

  @Test
  void theDemoHasABlockBelowEvenTheIcrcMinimum() {
    var report = getJson(hq(), "/api/v1/estate/overcrowding?facility=" + facility("SIZO-1"));
    assertThat(report.get("facilities")).hasSize(1);
    boolean blockD = false;
    for (JsonNode cell : report.get("breachingIcrc")) {
      blockD |= cell.get("unitCode").asText().equals("D");
      assertThat(cell.get("facilityCode").asText()).isEqualTo("SIZO-1");
    }
    assertThat(blockD).isTrue();
  }

  @Test
  void badFiltersAndUnknownRecordsAreProblemsNotErrors() {
    var client = hq();
    assertProblem(client.get("/api/v1/estate/overcrowding?region=ATLANTIS", "Accept", "application/json"), 400,
        "unknown-region");
    assertProblem(client.get("/api/v1/estate/overcrowding?facility=not-a-uuid", "Accept", "application/json"), 400,
        "unknown-facility");
    assertProblem(client.get("/api/v1/estate/overcrowding?facility=" + UUID.randomUUID(), "Accept", "application/json"),
        400, "unknown-facility");
    assertProblem(client.get("/api/v1/estate/overcrowding?limit=0", "Accept", "application/json"), 400, "invalid-limit");
    assertProblem(client.get("/api/v1/estate/cells/" + UUID.randomUUID(), "Accept", "application/json"), 404,
        "unknown-cell");
    assertProblem(client.get("/api/v1/estate/facilities/" + UUID.randomUUID(), "Accept", "application/json"), 404,
        "not-found");
    assertThat(client.get("/estate/facilities/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(client.get("/estate/overcrowding?region=ATLANTIS").status()).isEqualTo(400);
  }

  @Test
  void theThresholdsComeFromConfigurationWithTheCptAndIcrcDefaults() {
    var t = getJson(hq(), "/api/v1/estate/overcrowding?limit=1").get("thresholds");
    assertThat(t.get("cptSingleM2").decimalValue()).isEqualByComparingTo(new BigDecimal("6"));
    assertThat(t.get("cptSharedM2").decimalValue()).isEqualByComparingTo(new BigDecimal("4"));
    assertThat(t.get("icrcSingleM2").decimalValue()).isEqualByComparingTo(new BigDecimal("5.4"));
    assertThat(t.get("icrcSharedM2").decimalValue()).isEqualByComparingTo(new BigDecimal("3.4"));
  }

  static void assertProblem(WebClient.Response response, int status, String type) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    var problem = JsonMapper.builder().build().readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("/problems/" + type);
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  private UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

}
