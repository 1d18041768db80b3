package org.bagyt.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** At the boundary: exactly the minimum is no breach, one hundredth of a m² below is; an empty cell never is. */
class BreachBoundaryTest extends IntegrationTest {

  private JsonNode getJson(WebClient client, String path) {
    var response = client.get(path, "Accept", "application/json");
    assertThat(response.status()).as(path).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body());
  }

  private WebClient hq() {
    var client = client().acceptLanguage("en");
    client.signIn("hq", DemoData.DEMO_PASSWORD);
    return client;
  }

  @Test
  void exactlyTheMinimumIsNoBreachAndOneHundredthBelowIs() {
    var client = hq();
    UUID shared = cell("IK-3", 2);
    UUID single = cell("IK-3", 1);

    setCell(shared, 2, "8.00", 2); // 4.00 m² per person in a shared cell
    var atMinimum = getJson(client, "/api/v1/estate/cells/" + shared);
    assertThat(atMinimum.get("single").asBoolean()).isFalse();
    assertThat(atMinimum.get("areaPerPerson").decimalValue()).isEqualByComparingTo("4.00");
    assertThat(atMinimum.get("breachesCpt").asBoolean()).isFalse();

    setCell(shared, 2, "7.98", 2); // 3.99 m² per person
    var below = getJson(client, "/api/v1/estate/cells/" + shared);
    assertThat(below.get("areaPerPerson").decimalValue()).isEqualByComparingTo("3.99");
    assertThat(below.get("breachesCpt").asBoolean()).isTrue();
    assertThat(below.get("breachesIcrc").asBoolean()).isFalse();

    setCell(shared, 2, "7.99", 2); // 3.995 m²: below, and shown rounded down so it never looks like 4
    var justBelow = getJson(client, "/api/v1/estate/cells/" + shared);
    assertThat(justBelow.get("breachesCpt").asBoolean()).isTrue();
    assertThat(justBelow.get("areaPerPerson").decimalValue()).isEqualByComparingTo("3.99");

    setCell(single, 1, "6.00", 1);
    assertThat(getJson(client, "/api/v1/estate/cells/" + single).get("breachesCpt").asBoolean()).isFalse();
    setCell(single, 1, "5.99", 1);
    var smallSingle = getJson(client, "/api/v1/estate/cells/" + single);
    assertThat(smallSingle.get("single").asBoolean()).isTrue();
    assertThat(smallSingle.get("breachesCpt").asBoolean()).isTrue();
    assertThat(smallSingle.get("breachesIcrc").asBoolean()).isFalse(); // the ICRC's single minimum is 5.4

    setCell(shared, 8, "3.00", 0); // tiny, but nobody is in it
    var empty = getJson(client, "/api/v1/estate/cells/" + shared);
    assertThat(empty.get("areaPerPerson").isNull()).isTrue();
    assertThat(empty.get("breachesCpt").asBoolean()).isFalse();
    assertThat(empty.get("breachesIcrc").asBoolean()).isFalse();
  }

  /** A cell of the facility with at least this many beds, other than the ones a test already changed. */
  private UUID cell(String facilityCode, int beds) {
    return jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.beds %s ? AND c.in_use ORDER BY u.code, c.code LIMIT 1"""
        .formatted(beds == 1 ? "=" : ">="))
        .params(facilityCode, beds).query(UUID.class).single();
  }

  /** Sets a cell's shape and beds in use directly: the figures must follow the row as it is. */
  private void setCell(UUID id, int beds, String area, int occupied) {
    jdbc.sql("UPDATE cell SET occupied = 0 WHERE id = ?").param(id).update();
    jdbc.sql("UPDATE cell SET beds = ?, floor_area_m2 = ?::numeric, occupied = ? WHERE id = ?")
        .params(beds, area, occupied, id).update();
  }
}
