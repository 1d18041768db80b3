package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one placement check through {@code POST /api/v1/allocation/check} and through a custody cell move: each rule
 * at its boundary (hard blocks, soft is reported), the reasons in the user's language, and bad input answered with a
 * problem naming the cause while nothing changes. Each test shapes its own prisoners and cells in the home colony.
 */
class PlacementCheckTest extends PlacementFixtures {

  private final JsonMapper json = JsonMapper.builder().build();

  WebClient.Response move(WebClient c, UUID prisoner, UUID cell) {
    return c.send("POST", "/api/v1/prisoners/" + prisoner + "/movements",
        "{\"kind\": \"CELL_MOVE\", \"version\": %d, \"cellId\": \"%s\"}".formatted(version(prisoner), cell),
        "application/json", "Accept", "application/json");
  }

  JsonNode check(WebClient c, UUID prisoner, UUID cell) {
    var r = c.send("POST", "/api/v1/allocation/check",
        "{\"prisonerId\": \"%s\", \"cellId\": \"%s\"}".formatted(prisoner, cell), "application/json",
        "Accept", "application/json");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  static List<String> rules(JsonNode answer, boolean hard) {
    var found = new ArrayList<String>();
    answer.get("violations").forEach(v -> {
      if (v.get("hard").asBoolean() == hard) {
        found.add(v.get("rule").asString());
      }
    });
    return found;
  }

  @Test
  void aKeepApartPairBlocksAtItsScopeAndACellMoveIsRefusedInTheUsersLanguageChangingNothing() {
    WebClient officer = signedIn("officer", "ru");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID cell = emptyCell();
    UUID other = emptyCell();
    assertThat(move(officer, b, cell).status()).isEqualTo(201);
    assertThat(rules(check(officer, a, cell), true)).isEmpty();

    keepApart(a, b, "CELL");
    var answer = check(officer, a, cell);
    assertThat(rules(answer, true)).containsExactly("KEEP_APART");
    assertThat(answer.get("allowed").asBoolean()).isFalse();
    var finding = answer.get("violations").get(0);
    assertThat(finding.get("reason").asString()).contains("нельзя содержать в одной камере");
    assertThat(finding.get("others").get(0).get("id").asString()).isEqualTo(b.toString());
    // CELL scope: another cell of the same unit is fine.
    boolean sameUnit = jdbc.sql("SELECT a.unit_id = b.unit_id FROM cell a, cell b WHERE a.id = ? AND b.id = ?")
        .params(cell, other).query(Boolean.class).single();
    if (sameUnit) {
      assertThat(rules(check(officer, a, other), true)).isEmpty();
    }

    UUID before = cellOf(a);
    int version = version(a);
    int occupied = jdbc.sql("SELECT occupied FROM cell WHERE id = ?").param(cell).query(Integer.class).single();
    var refused = move(officer, a, cell);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("/problems/placement-keep-apart").contains("нельзя содержать в одной камере");
    assertThat(cellOf(a)).isEqualTo(before);
    assertThat(version(a)).isEqualTo(version);
    assertThat(jdbc.sql("SELECT occupied FROM cell WHERE id = ?").param(cell).query(Integer.class).single()).isEqualTo(occupied);
  }

  @Test
  void anEmergencyOverrideNeedsAReasonAndASecondPersonAndIsAudited() {
    WebClient officer = signedIn("officer", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID cell = emptyCell();
    assertThat(move(officer, b, cell).status()).isEqualTo(201);
    String path = "/api/v1/prisoners/" + a + "/movements/override";
    // Before the pair is recorded the move breaks no hard rule: nothing to override.
    var notNeeded = officer.send("POST", path, "{\"version\": %d, \"cellId\": \"%s\", \"reason\": \"Fire.\"}"
        .formatted(version(a), cell), "application/json", "Accept", "application/json");
    assertThat(notNeeded.status()).isEqualTo(409);
    assertThat(notNeeded.body()).contains("/problems/override-not-needed");
    keepApart(a, b, "UNIT");
    UUID before = cellOf(a);
    var noReason = officer.send("POST", path, "{\"version\": %d, \"cellId\": \"%s\", \"reason\": \" \"}"
        .formatted(version(a), cell), "application/json", "Accept", "application/json");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("Give the reason for the emergency move");
    var requested = officer.send("POST", path,
        "{\"version\": %d, \"cellId\": \"%s\", \"reason\": \"Fire in block 2: the only free cell.\"}"
            .formatted(version(a), cell), "application/json", "Accept", "application/json");
    assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    assertThat(cellOf(a)).isEqualTo(before);
    UUID request = UUID.fromString(json.readTree(requested.body()).get("id").asString());
    officer.get("/approvals");
    assertThat(officer.postForm("/approvals/" + request + "/approve", java.util.Map.of("reason", "ok")).status())
        .isEqualTo(403);
    assertThat(cellOf(a)).isEqualTo(before);

    WebClient governor = signedIn("governor", "en");
    var card = governor.get("/approvals").html().select(".govuk-summary-card").stream()
        .filter(c -> c.select(".govuk-summary-card__title").text().equals("Emergency cell move past placement rules"))
        .findFirst().orElseThrow();
    // The approver sees from which cell to which.
    assertThat(card.select(".govuk-summary-list__row").eachText()).contains("From " + place(before), "To " + place(cell));
    governor.follow(governor.postForm("/approvals/" + request + "/approve", java.util.Map.of("reason", "Agreed")));
    assertThat(cellOf(a)).isEqualTo(cell);
    assertThat(jdbc.sql("SELECT actor || ':' || purpose FROM audit_event WHERE action = 'PLACEMENT_OVERRIDDEN' AND prisoner_id = ?")
        .param(a).query(String.class).list()).containsExactly("governor:KEEP_APART; requested by officer, approved by governor");
  }

  @Test
  void aTransferRequestIntoTheFacilityOfAKeepApartPartnerIsRefusedChangingNothing() {
    UUID a = plainPrisoner();
    UUID b = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-1' AND p.released_at IS NULL AND p.cell_id IS NOT NULL ORDER BY p.number LIMIT 1""")
        .query(UUID.class).single();
    keepApart(a, b, "FACILITY");
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id WHERE f.code = 'IK-1'
          AND NOT 'VIOLENT_EXTREMIST' = ANY(u.used_for) AND NOT 'SEPARATION' = ANY(u.used_for) ORDER BY u.code LIMIT 1""")
        .query(UUID.class).single();
    UUID cell = jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, 'T-IK1', 4, 20) RETURNING id")
        .param(unit).query(UUID.class).single();
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-1'").query(UUID.class).single();
    int requests = jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single();
    WebClient officer = signedIn("officer", "en");
    var refused = officer.send("POST", "/api/v1/prisoners/" + a + "/movements",
        "{\"kind\": \"TRANSFER\", \"version\": %d, \"facilityId\": \"%s\", \"cellId\": \"%s\", \"note\": \"Closer to family\"}"
            .formatted(version(a), facility, cell), "application/json", "Accept", "application/json");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("/problems/placement-keep-apart").contains("same facility");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single()).isEqualTo(requests);
  }

  @Test
  void aKeepApartPairAtFacilityScopeBlocksEveryCellOfTheFacility() {
    WebClient governor = signedIn("governor", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    keepApart(b, a, "FACILITY");
    var answer = check(governor, a, emptyCell());
    assertThat(rules(answer, true)).containsExactly("KEEP_APART");
    assertThat(answer.get("violations").get(0).get("reason").asString()).contains("same facility");
  }

  @Test
  void aVulnerablePrisonerNeverSharesACellWithOneJudgedHighRiskOfInfluencingAndTheMoveIsRefused() {
    UUID influencer = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id JOIN assessment a ON a.prisoner_id = p.id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.sex = 'MALE'
          AND p.legal_status = 'CONVICTED' AND p.date_of_birth < current_date - interval '19 years'
          AND a.status = 'COUNTERSIGNED' AND a.purpose = 'EXTREMISM_RISK_NEEDS'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
        ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    used.add(influencer);
    jdbc.sql("DELETE FROM prisoner_group_member WHERE prisoner_id = ?").param(influencer).update();
    jdbc.sql("""
        UPDATE assessment_judgement SET level = CASE judgement_code WHEN 'influence' THEN 'HIGH' ELSE 'LOW' END
        WHERE assessment_id = (SELECT id FROM assessment WHERE prisoner_id = ? AND status = 'COUNTERSIGNED'
          AND purpose = 'EXTREMISM_RISK_NEEDS')""").param(influencer).update();
    UUID vulnerable = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN assessment a ON a.prisoner_id = p.id
        WHERE p.facility_id = (SELECT facility_id FROM prisoner WHERE id = ?) AND p.id <> ? AND p.released_at IS NULL
          AND p.cell_id IS NOT NULL AND p.sex = 'MALE' AND p.legal_status = 'CONVICTED'
          AND p.date_of_birth < current_date - interval '19 years' AND a.status = 'COUNTERSIGNED'
          AND a.purpose = 'EXTREMISM_RISK_NEEDS'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
        ORDER BY p.number LIMIT 1""").params(influencer, influencer).query(UUID.class).single();
    jdbc.sql("DELETE FROM prisoner_group_member WHERE prisoner_id = ?").param(vulnerable).update();
    jdbc.sql("""
        UPDATE assessment_judgement SET level = CASE judgement_code WHEN 'vulnerability' THEN 'HIGH' ELSE 'LOW' END
        WHERE assessment_id = (SELECT id FROM assessment WHERE prisoner_id = ? AND status = 'COUNTERSIGNED'
          AND purpose = 'EXTREMISM_RISK_NEEDS')""").param(vulnerable).update();
    UUID cell = emptyCell();
    WebClient governor = signedIn("governor", "ky");
    assertThat(move(governor, influencer, cell).status()).isEqualTo(201);

    var answer = check(governor, vulnerable, cell);
    assertThat(rules(answer, true)).containsExactly("VULNERABLE_WITH_INFLUENCER");
    String reason = answer.get("violations").get(0).get("reason").asString();
    assertThat(reason).contains("өтө аялуу");
    UUID before = cellOf(vulnerable);
    var refused = move(governor, vulnerable, cell);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("/problems/placement-vulnerable-with-influencer").contains("өтө аялуу");
    assertThat(cellOf(vulnerable)).isEqualTo(before);
  }

  @Test
  void bedsAreAHardLimitAndAnOutOfUseCellIsRefused() {
    WebClient governor = signedIn("governor", "en");
    UUID a = plainPrisoner();
    UUID full = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND c.in_use AND c.occupied = c.beds AND c.occupied > 0
          AND NOT EXISTS (SELECT 1 FROM prisoner p WHERE p.cell_id = c.id
            AND (p.legal_status <> 'CONVICTED' OR p.sex <> 'MALE' OR p.date_of_birth > current_date - interval '18 years'))
        ORDER BY c.code LIMIT 1""").query(UUID.class).single();
    assertThat(rules(check(governor, a, full), true)).contains("BEDS");
    // One bed free: no longer over the limit.
    UUID oneFree = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND c.in_use AND c.occupied = c.beds - 1 ORDER BY c.code LIMIT 1""")
        .query(UUID.class).single();
    assertThat(rules(check(governor, a, oneFree), true)).doesNotContain("BEDS");

    UUID cell = emptyCell();
    jdbc.sql("UPDATE cell SET in_use = false WHERE id = ?").param(cell).update();
    var answer = check(governor, a, cell);
    assertThat(rules(answer, true)).containsExactly("CELL_OUT_OF_USE");
    UUID before = cellOf(a);
    var refused = move(governor, a, cell);
    assertThat(refused.status()).isIn(400, 409);
    assertThat(cellOf(a)).isEqualTo(before);
    jdbc.sql("UPDATE cell SET in_use = true WHERE id = ?").param(cell).update();
  }

  @Test
  void aGroupMayHaveAtMostItsLimitInAUnit() {
    WebClient governor = signedIn("governor", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID c = plainPrisoner();
    UUID cell = emptyCell();
    assertThat(move(governor, b, cell).status()).isEqualTo(201);
    UUID group = jdbc.sql("""
        INSERT INTO prisoner_group (name, kind, recorded_by, recorded_at) VALUES ('Test network', 'NETWORK', 'governor', now())
        RETURNING id""").query(UUID.class).single();
    for (UUID member : List.of(a, b, c)) {
      jdbc.sql("INSERT INTO prisoner_group_member VALUES (?, ?, 'governor', now())").params(group, member).update();
    }
    // b alone of the group in the unit: a makes two, the limit.
    assertThat(rules(check(governor, a, cell), true)).isEmpty();
    assertThat(move(governor, a, cell).status()).isEqualTo(201);
    // A third member would be over it.
    var answer = check(governor, c, cell);
    assertThat(rules(answer, true)).containsExactly("GROUP_LIMIT");
    assertThat(answer.get("violations").get(0).get("others")).hasSize(2);
  }

  @Test
  void concentrationKeepsDesignatedPrisonersInTheirUnitsAndDispersalLimitsThemPerUnit() {
    WebClient governor = signedIn("governor", "en");
    UUID designated = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN classification c ON c.prisoner_id = p.id JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND c.level = 'DESIGNATED' AND p.released_at IS NULL AND p.cell_id IS NOT NULL
          AND p.sex = 'MALE' AND p.legal_status = 'CONVICTED' AND p.date_of_birth < current_date - interval '19 years'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
        ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    jdbc.sql("DELETE FROM prisoner_group_member WHERE prisoner_id = ?").param(designated).update();
    jdbc.sql("UPDATE assessment_judgement SET level = 'LOW' WHERE assessment_id IN (SELECT id FROM assessment WHERE prisoner_id = ?)")
        .param(designated).update();
    UUID general = emptyCell();
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    jdbc.sql("""
        INSERT INTO allocation_policy (facility_id, model, max_designated_per_unit, max_group_members_per_unit, set_by, set_at)
        VALUES (?, 'CONCENTRATION', 0, 2, 'hq', now())""").param(facility).update();
    var answer = check(governor, designated, general);
    assertThat(rules(answer, true)).containsExactly("CONCENTRATION");
    assertThat(answer.get("violations").get(0).get("reason").asString()).contains("concentration");
    UUID extremistUnitCell = emptyCell(true);
    assertThat(rules(check(governor, designated, extremistUnitCell), true)).doesNotContain("CONCENTRATION");

    // Dispersal with k = 1: the first designated prisoner in the unit is fine, a second is not.
    jdbc.sql("UPDATE allocation_policy SET model = 'DISPERSAL', max_designated_per_unit = 1 WHERE facility_id = ?")
        .param(facility).update();
    long inUnit = jdbc.sql("""
        SELECT count(*) FROM prisoner p JOIN cell c ON c.id = p.cell_id JOIN classification k ON k.prisoner_id = p.id
        WHERE c.unit_id = (SELECT unit_id FROM cell WHERE id = ?) AND k.level = 'DESIGNATED' AND p.released_at IS NULL
          AND p.id <> ?""").params(general, designated).query(Long.class).single();
    var dispersed = rules(check(governor, designated, general), true);
    if (inUnit == 0) {
      assertThat(dispersed).isEmpty();
    } else {
      assertThat(dispersed).contains("DISPERSAL");
    }
  }

  @Test
  void crowdingAndDistanceFromHomeAreReportedButDoNotBlock() {
    WebClient governor = signedIn("governor", "en");
    UUID a = plainPrisoner();
    UUID cell = emptyCell();
    jdbc.sql("INSERT INTO family_home_region VALUES (?, 'BATKEN', 'governor', now()) ON CONFLICT (prisoner_id) DO UPDATE SET region_code = 'BATKEN'")
        .param(a).update();
    var answer = check(governor, a, cell);
    assertThat(answer.get("allowed").asBoolean()).isTrue();
    assertThat(rules(answer, false)).containsExactly("DISTANCE_FROM_HOME");
    assertThat(answer.get("kilometresFromHome").asLong()).isBetween(300L, 500L);
    assertThat(answer.get("m2PerPerson").decimalValue()).isPositive();

    // The same cell shrunk under the CPT minimum for one person: a cost, not a block.
    jdbc.sql("UPDATE cell SET floor_area_m2 = 3.5 WHERE id = ?").param(cell).update();
    jdbc.sql("UPDATE family_home_region SET region_code = 'BISHKEK' WHERE prisoner_id = ?").param(a).update();
    var crowded = check(governor, a, cell);
    assertThat(crowded.get("allowed").asBoolean()).isTrue();
    assertThat(rules(crowded, false)).containsExactly("CROWDING");
    assertThat(crowded.get("violations").get(0).get("reason").asString()).contains("3.5").contains("below the minimum of 4");
    assertThat(crowded.get("kilometresFromHome").asLong()).isZero();
    // At exactly the minimum: no cost.
    jdbc.sql("UPDATE cell SET floor_area_m2 = 4 WHERE id = ?").param(cell).update();
    assertThat(rules(check(governor, a, cell), false)).isEmpty();
  }

  @Test
  void badInputIsAnsweredWithAProblemNamingTheCauseAndNothingChanges() {
    WebClient governor = signedIn("governor", "en");
    UUID a = plainPrisoner();
    UUID cell = emptyCell();
    int audited = jdbc.sql("SELECT count(*) FROM audit_event").query(Integer.class).single();
    var unknownPrisoner = governor.send("POST", "/api/v1/allocation/check",
        "{\"prisonerId\": \"%s\", \"cellId\": \"%s\"}".formatted(UUID.randomUUID(), cell), "application/json",
        "Accept", "application/json");
    assertThat(unknownPrisoner.status()).isEqualTo(404);
    assertThat(unknownPrisoner.body()).contains("/problems/unknown-prisoner").contains("no prisoner with this identifier");
    var unknownCell = governor.send("POST", "/api/v1/allocation/check",
        "{\"prisonerId\": \"%s\", \"cellId\": \"%s\"}".formatted(a, UUID.randomUUID()), "application/json",
        "Accept", "application/json");
    assertThat(unknownCell.status()).isEqualTo(404);
    assertThat(unknownCell.body()).contains("/problems/unknown-cell").contains("no cell with this identifier");
    var missing = governor.send("POST", "/api/v1/allocation/check", "{\"prisonerId\": \"%s\"}".formatted(a),
        "application/json", "Accept", "application/json");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("Name the cell to check");
    var malformed = governor.send("POST", "/api/v1/allocation/check", "{\"prisonerId\": \"not-a-uuid\"",
        "application/json", "Accept", "application/json");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Integer.class).single()).isEqualTo(audited);
  }

  @Test
  void theCheckNeedsThePermissionAndTheFacility() {
    UUID a = plainPrisoner();
    UUID cell = emptyCell();
    String body = "{\"prisonerId\": \"%s\", \"cellId\": \"%s\"}".formatted(a, cell);
    WebClient analyst = signedIn("analyst", "en");
    assertThat(analyst.send("POST", "/api/v1/allocation/check", body, "application/json", "Accept", "application/json")
        .status()).isEqualTo(403);
    WebClient other = signedIn("governor-sizo-1", "en");
    assertThat(other.send("POST", "/api/v1/allocation/check", body, "application/json", "Accept", "application/json")
        .status()).isEqualTo(403);
    WebClient hq = signedIn("hq", "en");
    assertThat(hq.send("POST", "/api/v1/allocation/check", body, "application/json", "Accept", "application/json")
        .status()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'PLACEMENT_CHECK' AND prisoner_id = ?")
        .param(a).query(Integer.class).single()).isEqualTo(2);
  }
}
