package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.bagyt.allocation.internal.AllocationPolicyStore;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Allocation policies through {@code /api/v1/allocation/policies} and {@code /allocation/policies}: who reads and who
 * sets them, each contradiction refused writing nothing, the version read, the history and the audit, and the
 * placement check applying a policy the moment it is set, and two changes at once checked one after the other.
 */
class AllocationPoliciesTest extends PlacementFixtures {

  private final JsonMapper json = JsonMapper.builder().build();
  @Autowired
  AllocationPolicyStore policyStore;
  @Autowired
  TransactionTemplate transactions;

  UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  /** A colony holding designated prisoners without a unit tagged for them (the demo has one). */
  String colonyWithoutExtremistUnit() {
    return jdbc.sql("""
        SELECT f.code FROM facility f WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.facility_id = f.id
          AND 'VIOLENT_EXTREMIST' = ANY(u.used_for))
          AND EXISTS (SELECT 1 FROM prisoner p JOIN classification k ON k.prisoner_id = p.id
            WHERE p.facility_id = f.id AND p.cell_id IS NOT NULL AND p.released_at IS NULL AND k.level = 'DESIGNATED')
        ORDER BY f.code LIMIT 1""").query(String.class).single();
  }

  /** An untagged unit of the home colony that holds designated prisoners now. */
  UUID untaggedUnitHoldingDesignated() {
    return jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id WHERE f.code = 'IK-47'
          AND NOT 'VIOLENT_EXTREMIST' = ANY(u.used_for)
          AND EXISTS (SELECT 1 FROM prisoner p JOIN cell c ON c.id = p.cell_id JOIN classification k ON k.prisoner_id = p.id
            WHERE c.unit_id = u.id AND p.released_at IS NULL AND k.level = 'DESIGNATED')
        ORDER BY u.code LIMIT 1""").query(UUID.class).single();
  }

  int rows() {
    return jdbc.sql("SELECT count(*) FROM allocation_policy").query(Integer.class).single();
  }

  int changes() {
    return jdbc.sql("SELECT count(*) FROM allocation_policy_change").query(Integer.class).single();
  }

  Integer version(UUID facilityId, UUID unitId) {
    return jdbc.sql("""
        SELECT version FROM allocation_policy WHERE facility_id IS NOT DISTINCT FROM ? AND unit_id IS NOT DISTINCT FROM ?""")
        .params(facilityId, unitId).query(Integer.class).optional().orElse(null);
  }

  static String body(UUID facilityId, UUID unitId, String model, int k, int group, String reason, Integer version) {
    return """
        {"facilityId": %s, "unitId": %s, "model": "%s", "maxDesignatedPerUnit": %d, "maxGroupMembersPerUnit": %d,
         "reason": %s, "version": %s}""".formatted(quoted(facilityId), quoted(unitId), model, k, group,
        reason == null ? "null" : '"' + reason + '"', version);
  }

  static String quoted(Object o) {
    return o == null ? "null" : "\"" + o + "\"";
  }

  WebClient.Response put(WebClient c, String body) {
    return c.send("PUT", "/api/v1/allocation/policies", body, "application/json", "Accept", "application/json");
  }

  WebClient.Response delete(WebClient c, String body) {
    return c.send("DELETE", "/api/v1/allocation/policies", body, "application/json", "Accept", "application/json");
  }

  @Test
  void theRolesGrantedReadThePoliciesAndFacilityStaffOnlyTheirOwnFacilities() {
    for (String reader : List.of("governor", "hq", "admin", "inspector", "analyst")) {
      var r = signedIn(reader, "en").get("/api/v1/allocation/policies", "Accept", "application/json");
      assertThat(r.status()).as(reader).isEqualTo(200);
    }
    for (String other : List.of("officer", "assessor", "facilitator", "probation")) {
      assertThat(signedIn(other, "en").get("/api/v1/allocation/policies", "Accept", "application/json").status())
          .as(other).isEqualTo(403);
    }
    JsonNode governor = json.readTree(signedIn("governor", "en").get("/api/v1/allocation/policies", "Accept",
        "application/json").body());
    assertThat(governor.get("facilities")).hasSize(1);
    assertThat(governor.get("facilities").get(0).get("facility").get("code").asString()).isEqualTo("IK-47");
    assertThat(governor.get("serviceInForce").get("model").asString()).isEqualTo("HYBRID");
    JsonNode hq = json.readTree(signedIn("hq", "en").get("/api/v1/allocation/policies", "Accept", "application/json").body());
    int facilities = jdbc.sql("SELECT count(*) FROM facility").query(Integer.class).single();
    assertThat(hq.get("facilities")).hasSize(facilities);
    // With no own rows, every unit follows the service default.
    hq.get("facilities").get(0).get("units").forEach(u -> assertThat(u.get("source").asString()).isEqualTo("SERVICE"));

    var page = signedIn("analyst", "ru").get("/allocation/policies");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("h1").text()).isEqualTo("Политики размещения");
    assertThat(page.html().select("#service").text()).contains("Смешанная", "k = 2");
    assertThat(page.html().select("a[href*=/allocation/policies/edit]")).as("a reader changes nothing").isEmpty();
  }

  @Test
  void headquartersSetAFacilityPolicyKeptInTheHistoryAndAudited() {
    WebClient hq = signedIn("hq", "en");
    UUID sizo = facility("SIZO-1");
    int history = changes();
    var set = put(hq, body(sizo, null, "DISPERSAL", 2, 3, "Fewer designated per wing after the review of March", null));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(json.readTree(set.body()).get("inForce").get("maxGroupMembersPerUnit").asInt()).isEqualTo(3);
    var row = jdbc.sql("SELECT model, set_by, reason FROM allocation_policy WHERE facility_id = ? AND unit_id IS NULL")
        .param(sizo).query().singleRow();
    assertThat(row).containsEntry("model", "DISPERSAL").containsEntry("set_by", "hq")
        .containsEntry("reason", "Fewer designated per wing after the review of March");
    assertThat(changes()).isEqualTo(history + 1);
    var change = jdbc.sql("""
        SELECT before_model, after_model, after_max_designated, changed_by, reason FROM allocation_policy_change
        WHERE facility_id = ? ORDER BY changed_at DESC LIMIT 1""").param(sizo).query().singleRow();
    assertThat(change.get("before_model")).isNull();
    assertThat(change).containsEntry("after_model", "DISPERSAL").containsEntry("after_max_designated", 2)
        .containsEntry("changed_by", "hq");
    assertThat(jdbc.sql("""
        SELECT count(*) FROM audit_event WHERE action = 'ALLOCATION_POLICY_SET' AND actor = 'hq' AND facility_id = ?
          AND outcome = 'SUCCESS'""").param(sizo).query(Integer.class).single()).isEqualTo(1);

    var page = hq.get("/allocation/policies");
    assertThat(page.html().select("#history").text()).contains("SIZO-1", "Dispersal", "Fewer designated per wing");
    assertThat(page.html().select("#facility-SIZO-1 .units").text()).contains("From the facility");
  }

  @Test
  void aGovernorSetsTheirOwnFacilityAndItsUnitsButNotAnotherNorTheService() {
    WebClient governor = signedIn("governor", "en");
    UUID home = facility("IK-47");
    UUID unit = jdbc.sql("SELECT id FROM unit WHERE facility_id = ? AND 'VIOLENT_EXTREMIST' = ANY(used_for) LIMIT 1")
        .param(home).query(UUID.class).single();
    assertThat(put(governor, body(home, null, "DISPERSAL", 3, 2, "Ward numbers", null)).status()).isEqualTo(200);
    var unitSet = put(governor, body(null, unit, "CONCENTRATION", 0, 2, "The unit for designated prisoners", null));
    assertThat(unitSet.status()).as(unitSet.body()).isEqualTo(200);
    assertThat(json.readTree(unitSet.body()).get("facilityId").asString()).isEqualTo(home.toString());

    int rows = rows();
    int history = changes();
    var elsewhere = put(governor, body(facility("SIZO-1"), null, "DISPERSAL", 3, 2, "Not mine", null));
    assertThat(elsewhere.status()).isEqualTo(403);
    assertThat(elsewhere.body()).contains("outside-scope");
    var service = put(governor, body(null, null, "DISPERSAL", 3, 2, "Not mine either", 0));
    assertThat(service.status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(rows);
    assertThat(changes()).isEqualTo(history);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ALLOCATION_POLICY_SET' AND outcome = 'DENIED' AND actor = 'governor'")
        .query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void eachContradictionIsRefusedNamingItsCauseAndWritesNothing() {
    WebClient hq = signedIn("hq", "en");
    String colony = colonyWithoutExtremistUnit();
    UUID withoutUnit = facility(colony);
    UUID home = facility("IK-47");
    UUID untagged = untaggedUnitHoldingDesignated();
    Integer service = version(null, null);
    int rows = rows();
    int history = changes();

    var concentrate = put(hq, body(withoutUnit, null, "CONCENTRATION", 2, 2, "Concentrate", null));
    assertThat(concentrate.status()).isEqualTo(409);
    assertThat(concentrate.body()).contains("policy-needs-extremist-unit", colony, "no unit tagged");
    // Hybrid disperses where no unit is tagged: with k = 0 it leaves them nowhere.
    var hybridNone = put(hq, body(withoutUnit, null, "HYBRID", 0, 2, "Hybrid, none outside the tagged unit", null));
    assertThat(hybridNone.status()).isEqualTo(409);
    assertThat(hybridNone.body()).contains("policy-dispersal-none", colony);
    var serviceWide = put(hq, body(null, null, "CONCENTRATION", 2, 2, "Concentrate everywhere", service));
    assertThat(serviceWide.status()).isEqualTo(409);
    assertThat(serviceWide.body()).contains("policy-needs-extremist-unit", "no unit tagged");
    var untaggedUnit = put(hq, body(null, untagged, "CONCENTRATION", 2, 2, "Concentrate here", null));
    assertThat(untaggedUnit.status()).isEqualTo(409);
    assertThat(untaggedUnit.body()).contains("policy-untagged-unit", "IK-47", "not tagged");
    var none = put(hq, body(home, null, "DISPERSAL", 0, 2, "None at all", null));
    assertThat(none.status()).isEqualTo(409);
    assertThat(none.body()).contains("policy-dispersal-none", "IK-47", "k = 0");
    var noneInUnit = put(hq, body(null, untagged, "DISPERSAL", 0, 2, "None here", null));
    assertThat(noneInUnit.status()).isEqualTo(409);
    assertThat(noneInUnit.body()).contains("policy-dispersal-none");

    var kTooLarge = put(hq, body(home, null, "DISPERSAL", 1001, 2, "Many", null));
    assertThat(kTooLarge.status()).isEqualTo(400);
    assertThat(kTooLarge.body()).contains("maxDesignatedPerUnit", "from 0 to 1000");
    var kNegative = put(hq, body(home, null, "DISPERSAL", -1, 2, "Negative", null));
    assertThat(kNegative.status()).isEqualTo(400);
    var groupZero = put(hq, body(home, null, "DISPERSAL", 2, 0, "No group", null));
    assertThat(groupZero.status()).isEqualTo(400);
    assertThat(groupZero.body()).contains("maxGroupMembersPerUnit");
    var noReason = put(hq, body(home, null, "DISPERSAL", 2, 2, "  ", null));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    var unknownModel = put(hq, body(home, null, "SEGREGATION", 2, 2, "Unknown", null));
    assertThat(unknownModel.status()).isEqualTo(400);
    assertThat(unknownModel.body()).contains("model");
    var unknownUnit = put(hq, body(null, UUID.randomUUID(), "DISPERSAL", 2, 2, "Unknown unit", null));
    assertThat(unknownUnit.status()).isEqualTo(400);
    assertThat(unknownUnit.body()).contains("unitId");
    var unitElsewhere = put(hq, body(facility("SIZO-1"), untagged, "DISPERSAL", 2, 2, "Wrong facility", null));
    assertThat(unitElsewhere.status()).isEqualTo(400);

    assertThat(rows()).isEqualTo(rows);
    assertThat(changes()).isEqualTo(history);
    assertThat(version(null, null)).isEqualTo(service);
    assertThat(jdbc.sql("SELECT model FROM allocation_policy WHERE facility_id IS NULL").query(String.class).single())
        .isEqualTo("HYBRID");

    // Hybrid where no unit is tagged is dispersal there: coherent, for the colony and for the service default.
    var hybrid = put(hq, body(withoutUnit, null, "HYBRID", 2, 2, "Hybrid: dispersal until a unit is tagged", null));
    assertThat(hybrid.status()).as(hybrid.body()).isEqualTo(200);
    var serviceHybrid = put(hq, body(null, null, "HYBRID", 3, 2, "Three per unit", service));
    assertThat(serviceHybrid.status()).as(serviceHybrid.body()).isEqualTo(200);
    // Concentration where the facility has a unit for designated prisoners is coherent: a proposal moves the others.
    assertThat(put(hq, body(home, null, "CONCENTRATION", 0, 2, "Concentrate in the tagged unit", null)).status())
        .isEqualTo(200);
    // Back as the demo had it, for the other tests of this class.
    assertThat(delete(hq, "{\"facilityId\": \"%s\", \"reason\": \"Back\", \"version\": 0}".formatted(home)).status())
        .isEqualTo(200);
    assertThat(delete(hq, "{\"facilityId\": \"%s\", \"reason\": \"Back\", \"version\": 0}".formatted(withoutUnit))
        .status()).isEqualTo(200);
    assertThat(put(hq, body(null, null, "HYBRID", 2, 2, "Back", service + 1)).status()).isEqualTo(200);
  }

  @Test
  void aChangeIsMadeAtTheVersionReadAndARemovalInheritsAgain() {
    WebClient hq = signedIn("hq", "en");
    UUID home = facility("IK-47");
    UUID unit = untaggedUnitHoldingDesignated();
    assertThat(put(hq, body(null, unit, "DISPERSAL", 1, 2, "One per wing", null)).status()).isEqualTo(200);
    int history = changes();
    var created = put(hq, body(null, unit, "DISPERSAL", 2, 2, "Created by someone else meanwhile", null));
    assertThat(created.status()).isEqualTo(409);
    assertThat(created.body()).contains("stale-edit");
    var older = put(hq, body(null, unit, "DISPERSAL", 2, 2, "Old version", 7));
    assertThat(older.status()).isEqualTo(409);
    var gone = put(hq, body(home, null, "DISPERSAL", 2, 2, "Version of a row that is not there", 0));
    assertThat(gone.status()).isEqualTo(409);
    assertThat(changes()).isEqualTo(history);
    var current = put(hq, body(null, unit, "DISPERSAL", 2, 2, "Two per wing", 0));
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    assertThat(version(home, unit)).isEqualTo(1);

    var staleRemoval = delete(hq, "{\"unitId\": \"%s\", \"reason\": \"Back to the facility\", \"version\": 0}".formatted(unit));
    assertThat(staleRemoval.status()).isEqualTo(409);
    var serviceRemoval = delete(hq, "{\"reason\": \"Remove the default\", \"version\": 0}");
    assertThat(serviceRemoval.status()).isEqualTo(400);
    assertThat(serviceRemoval.body()).contains("facilityId");
    var noReason = delete(hq, "{\"unitId\": \"%s\", \"version\": 1}".formatted(unit));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(version(home, unit)).isEqualTo(1);

    var removed = delete(hq, "{\"unitId\": \"%s\", \"reason\": \"Back to the facility\", \"version\": 1}".formatted(unit));
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(json.readTree(removed.body()).get("source").asString()).isEqualTo("SERVICE");
    assertThat(version(home, unit)).isNull();
    var last = jdbc.sql("SELECT before_max_designated, after_model, reason FROM allocation_policy_change ORDER BY changed_at DESC LIMIT 1")
        .query().singleRow();
    assertThat(last).containsEntry("before_max_designated", 2).containsEntry("reason", "Back to the facility");
    assertThat(last.get("after_model")).isNull();
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ALLOCATION_POLICY_REMOVED' AND actor = 'hq'")
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aChangeWaitsForAnotherInFlightAndIsCheckedWithIt() throws Exception {
    WebClient hq = signedIn("hq", "en");
    UUID home = facility("IK-47");
    UUID unit = untaggedUnitHoldingDesignated();
    assertThat(put(hq, body(null, unit, "DISPERSAL", 2, 2, "Two per wing", null)).status()).isEqualTo(200);
    // Another change, in flight: concentration for the whole colony, which has a unit tagged for designated
    // prisoners. Removing the wing's own row, so that it inherits, is coherent while the colony inherits the service's
    // hybrid; with concentration in force it would hold designated prisoners in a wing not tagged for them.
    var locked = new CountDownLatch(1);
    var other = Executors.newSingleThreadExecutor().submit(() -> transactions.executeWithoutResult(t -> {
      policyStore.lockChanges();
      policyStore.insert(home, null, new AllocationPolicy(AllocationPolicy.Model.CONCENTRATION, 0, 2), "hq",
          java.time.Instant.now(), "Concentrate in the tagged unit");
      locked.countDown();
      sleep(1500);
    }));
    locked.await();
    var removal = delete(hq, "{\"unitId\": \"%s\", \"reason\": \"Back to the colony\", \"version\": 0}".formatted(unit));
    other.get();
    assertThat(removal.status()).as(removal.body()).isEqualTo(409);
    assertThat(removal.body()).contains("policy-untagged-unit", "IK-47");
    assertThat(version(home, unit)).isZero();
    // Back as the demo had it, for the other tests of this class.
    assertThat(delete(hq, "{\"facilityId\": \"%s\", \"reason\": \"Back\", \"version\": 0}".formatted(home)).status())
        .isEqualTo(200);
    assertThat(delete(hq, "{\"unitId\": \"%s\", \"reason\": \"Back\", \"version\": 0}".formatted(unit)).status())
        .isEqualTo(200);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void thePlacementCheckAppliesAPolicyTheMomentItIsSet() {
    WebClient governor = signedIn("governor", "en");
    UUID designated = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN classification c ON c.prisoner_id = p.id JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND c.level = 'DESIGNATED' AND p.released_at IS NULL AND p.cell_id IS NOT NULL
          AND p.sex = 'MALE' AND p.legal_status = 'CONVICTED' AND p.date_of_birth < current_date - interval '19 years'
        ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    UUID general = emptyCell();
    String ask = "{\"prisonerId\": \"%s\", \"cellId\": \"%s\"}".formatted(designated, general);
    var before = governor.send("POST", "/api/v1/allocation/check", ask, "application/json", "Accept", "application/json");
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.body()).doesNotContain("CONCENTRATION");

    assertThat(put(governor, body(facility("IK-47"), null, "CONCENTRATION", 0, 2, "Concentrate", null)).status())
        .isEqualTo(200);
    var after = governor.send("POST", "/api/v1/allocation/check", ask, "application/json", "Accept", "application/json");
    assertThat(after.status()).isEqualTo(200);
    assertThat(json.readTree(after.body()).get("violations").toString()).contains("\"CONCENTRATION\"");
  }

  @Test
  void aFacilityThatIsNotAnIdIsRefusedAndTheServiceDefaultIsUntouched() {
    WebClient hq = signedIn("hq", "ky");
    Integer service = version(null, null);
    int history = changes();
    var garbled = hq.postForm("/allocation/policies", Map.of("facilityId", "IK-47", "model", "DISPERSAL",
        "maxDesignatedPerUnit", "2", "maxGroupMembersPerUnit", "2", "reason", "Таратуу",
        "version", String.valueOf(service)));
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.html().select(".govuk-error-summary a[href=#facilityId]")).isNotEmpty();
    assertThat(version(null, null)).isEqualTo(service);
    assertThat(changes()).isEqualTo(history);
    // A link naming a facility that is not an id opens nothing, rather than the service default's form.
    assertThat(hq.get("/allocation/policies/edit?facilityId=IK-47").status()).isEqualTo(404);
  }

  @Test
  void aGovernorSetsThePolicyOnThePageAndIsOfferedAPlacementProposal() {
    WebClient governor = signedIn("governor", "ru");
    var form = governor.get("/allocation/policies/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html().select("#scope").text()).startsWith("IK-47");
    int history = changes();

    var missing = governor.postForm("/allocation/policies", Map.of("facilityId", facility("IK-47").toString(),
        "model", "DISPERSAL", "maxDesignatedPerUnit", "abc", "maxGroupMembersPerUnit", "2", "reason", ""));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.html().select("#maxDesignatedPerUnit-error").text()).contains("от 0 до 1000");
    assertThat(missing.html().select("#reason-error").text()).contains("Укажите основание");
    var contradiction = governor.postForm("/allocation/policies", Map.of("facilityId", facility("IK-47").toString(),
        "model", "DISPERSAL", "maxDesignatedPerUnit", "0", "maxGroupMembersPerUnit", "2", "reason", "Нет"));
    assertThat(contradiction.status()).isEqualTo(409);
    assertThat(contradiction.html().select("#refusal").text()).contains("IK-47", "k = 0");
    assertThat(changes()).isEqualTo(history);

    var done = governor.follow(governor.postForm("/allocation/policies", Map.of("facilityId", facility("IK-47").toString(),
        "model", "DISPERSAL", "maxDesignatedPerUnit", "2", "maxGroupMembersPerUnit", "2",
        "reason", "Рассредоточить после проверки")));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select(".govuk-notification-banner").text()).contains("Политика установлена");
    assertThat(done.html().select("#propose input[name=facilityId]").val()).isEqualTo(facility("IK-47").toString());
    assertThat(done.html().select("#history").text()).contains("Рассредоточение", "Рассредоточить после проверки");
    assertThat(changes()).isEqualTo(history + 1);

    var again = governor.get("/allocation/policies/edit?facilityId=" + facility("IK-47"));
    assertThat(again.html().select("#remove input[name=version]").val()).isEqualTo("0");
    var removed = governor.follow(governor.postForm("/allocation/policies/remove", Map.of("facilityId",
        facility("IK-47").toString(), "version", "0", "removeReason", "Вернуть политику службы")));
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.html().select(".govuk-notification-banner").text()).contains("Политика снята");
    assertThat(version(facility("IK-47"), null)).isNull();
  }
}
