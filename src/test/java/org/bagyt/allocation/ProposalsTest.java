package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.solver.ProposalSolver;
import org.bagyt.allocation.solver.ProposalStore;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals and recommendations through the API, on small facilities of the test's own making: a broken rule fixed
 * with one move, confirmed as a cell move; a stale confirm refused with nothing changed; an impossible facility
 * naming the rule and the prisoners; three recommended cells with reasons; unknown things answered 404. Also the
 * demo colony re-balanced with few moves and confirmed in one go, and an outcome stored whole or not at all.
 */
class ProposalsTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();
  @Autowired
  ProposalSolver proposalSolver;
  @Autowired
  ProposalStore proposalStore;
  private final List<UUID> used = new ArrayList<>();
  private static int facilities;

  /** A facility of {@code cells} two-bed cells of 20 m² in one general unit, the governor working there. */
  List<UUID> smallFacility(int cells) {
    String code = "TP-" + (++facilities);
    UUID facility = jdbc.sql("""
        INSERT INTO facility (code, name_ky, name_ru, name_en, type, regime, sex, region_code, address)
        VALUES (?, ?, ?, ?, 'COLONY', 'GENERAL', 'MALE', 'BISHKEK', 'Бишкек') RETURNING id""")
        .params(code, code, code, code).query(UUID.class).single();
    UUID unit = jdbc.sql("INSERT INTO unit (facility_id, code, name) VALUES (?, 'A', 'A') RETURNING id")
        .param(facility).query(UUID.class).single();
    var ids = new ArrayList<UUID>();
    ids.add(facility);
    for (int i = 1; i <= cells; i++) {
      ids.add(jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, ?, 2, 20) RETURNING id")
          .params(unit, code + "-" + i).query(UUID.class).single());
    }
    jdbc.sql("INSERT INTO staff_account_facility (account_id, facility_id) SELECT id, ? FROM staff_account WHERE username = 'governor'")
        .param(facility).update();
    return ids;
  }

  /** A plain convicted adult man of the home colony, moved into {@code cell} of the test facility. */
  UUID prisonerIn(UUID facility, UUID cell) {
    UUID id = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.legal_status = 'CONVICTED'
          AND p.sex = 'MALE' AND p.date_of_birth < current_date - interval '19 years'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
          AND NOT EXISTS (SELECT 1 FROM prisoner_group_member g WHERE g.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
          AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id)
          AND NOT p.id = ANY(?)
        ORDER BY p.number LIMIT 1""").param(used.toArray(UUID[]::new)).query(UUID.class).single();
    used.add(id);
    jdbc.sql("UPDATE cell SET occupied = occupied - 1 WHERE id = (SELECT cell_id FROM prisoner WHERE id = ?)").param(id).update();
    jdbc.sql("UPDATE prisoner SET facility_id = ?, cell_id = ? WHERE id = ?").params(facility, cell, id).update();
    jdbc.sql("UPDATE cell SET occupied = occupied + 1 WHERE id = ?").param(cell).update();
    return id;
  }

  void keepApart(UUID a, UUID b, String scope) {
    jdbc.sql("""
        INSERT INTO keep_apart (first_id, first_role, second_id, second_role, reason, comment, scope, activities,
          review_on, authorised_by, authorised_at)
        VALUES (?, 'RIVAL', ?, 'RIVAL', 'RIVAL_NETWORKS', 'Соперничающие группы.', ?, '{}', current_date + 30, 'governor', now())""")
        .params(a, b, scope).update();
  }

  UUID cellOf(UUID prisoner) {
    return jdbc.sql("SELECT cell_id FROM prisoner WHERE id = ?").param(prisoner).query(UUID.class).single();
  }

  WebClient governor(String language) {
    WebClient c = client().acceptLanguage(language);
    c.signIn("governor", DemoData.DEMO_PASSWORD);
    c.get("/prisoners");
    return c;
  }

  WebClient.Response post(WebClient c, String path, String body) {
    return c.send("POST", path, body, "application/json", "Accept", "application/json");
  }

  /** Starts a two-second proposal and waits for the solver to finish. */
  JsonNode proposal(WebClient c, UUID facility) throws InterruptedException {
    var started = post(c, "/api/v1/allocation/proposals", "{\"facilityId\": \"%s\", \"seconds\": 2}".formatted(facility));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode p = null;
    for (int i = 0; i < 60; i++) {
      var r = c.get(location, "Accept", "application/json");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      p = json.readTree(r.body());
      if (!p.get("status").asString().equals("SOLVING")) {
        return p;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("still solving: " + p);
  }

  @Test
  void aProposalEndsABrokenRuleWithOneMoveAndConfirmingRecordsIt() throws InterruptedException {
    var f = smallFacility(3);
    UUID a = prisonerIn(f.get(0), f.get(1));
    UUID b = prisonerIn(f.get(0), f.get(1));
    UUID c = prisonerIn(f.get(0), f.get(2));
    keepApart(a, b, "CELL");
    WebClient governor = governor("en");
    JsonNode p = proposal(governor, f.get(0));
    assertThat(p.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(p.get("moves")).hasSize(1);
    JsonNode move = p.get("moves").get(0);
    assertThat(move.get("prisonerId").asString()).isIn(a.toString(), b.toString());
    assertThat(move.get("fromCellId").asString()).isEqualTo(f.get(1).toString());
    assertThat(move.get("toCellId").asString()).isIn(f.get(2).toString(), f.get(3).toString());
    assertThat(move.get("reasons").get(0).asString()).startsWith("Ends:");
    assertThat(cellOf(c)).isEqualTo(f.get(2));
    // The review page shows the move, its reason and the decision, in the user's language.
    var page = governor("ky").get("/allocation/proposals/" + p.get("id").asString());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Жоюлат:").contains("Бардык которууларды бекитүү").doesNotContain("hx-trigger");

    UUID moved = UUID.fromString(move.get("prisonerId").asString());
    String moves = "SELECT count(*) FROM movement WHERE prisoner_id = ? AND kind = 'CELL_MOVE'";
    int movesBefore = jdbc.sql(moves).param(moved).query(Integer.class).single();
    var confirmed = post(governor, "/api/v1/allocation/proposals/" + p.get("id").asString() + "/confirm",
        "{\"version\": %d}".formatted(p.get("version").asInt()));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(json.readTree(confirmed.body()).get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(cellOf(moved).toString()).isEqualTo(move.get("toCellId").asString());
    // One cell move recorded (demo history may hold earlier ones).
    assertThat(jdbc.sql(moves).param(moved).query(Integer.class).single()).isEqualTo(movesBefore + 1);
    // Decided once only.
    var again = post(governor, "/api/v1/allocation/proposals/" + p.get("id").asString() + "/reject",
        "{\"version\": %d}".formatted(p.get("version").asInt()));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aConfirmAfterSomeoneMovedIsRefusedAndNothingChanges() throws InterruptedException {
    var f = smallFacility(3);
    UUID a = prisonerIn(f.get(0), f.get(1));
    UUID b = prisonerIn(f.get(0), f.get(1));
    UUID c = prisonerIn(f.get(0), f.get(2));
    keepApart(a, b, "CELL");
    WebClient governor = governor("ru");
    JsonNode p = proposal(governor, f.get(0));
    assertThat(p.get("moves")).hasSize(1);
    UUID target = UUID.fromString(p.get("moves").get(0).get("toCellId").asString());
    // Someone arrives in the proposed cell after the proposal was made.
    UUID other = target.equals(f.get(3)) ? f.get(3) : f.get(2);
    int version = jdbc.sql("SELECT version FROM prisoner WHERE id = ?").param(c).query(Integer.class).single();
    if (!cellOf(c).equals(other)) {
      var moved = post(governor, "/api/v1/prisoners/" + c + "/movements",
          "{\"kind\": \"CELL_MOVE\", \"version\": %d, \"cellId\": \"%s\"}".formatted(version, other));
      assertThat(moved.status()).as(moved.body()).isEqualTo(201);
    } else {
      UUID d = prisonerIn(f.get(0), f.get(3).equals(other) ? f.get(2) : f.get(3));
      int dv = jdbc.sql("SELECT version FROM prisoner WHERE id = ?").param(d).query(Integer.class).single();
      assertThat(post(governor, "/api/v1/prisoners/" + d + "/movements",
          "{\"kind\": \"CELL_MOVE\", \"version\": %d, \"cellId\": \"%s\"}".formatted(dv, other)).status()).isEqualTo(201);
    }
    var refused = post(governor, "/api/v1/allocation/proposals/" + p.get("id").asString() + "/confirm",
        "{\"version\": %d}".formatted(p.get("version").asInt()));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("proposal-stale").contains("Никто не перемещён");
    assertThat(cellOf(a)).isEqualTo(f.get(1));
    assertThat(cellOf(b)).isEqualTo(f.get(1));
    assertThat(jdbc.sql("SELECT status FROM placement_proposal WHERE id = ?::uuid").param(p.get("id").asString())
        .query(String.class).single()).isEqualTo("PROPOSED");
  }

  @Test
  void anImpossibleFacilityNamesTheRuleAndThePrisonersAndCannotBeConfirmed() throws InterruptedException {
    var f = smallFacility(2);
    UUID a = prisonerIn(f.get(0), f.get(1));
    UUID b = prisonerIn(f.get(0), f.get(2));
    keepApart(a, b, "FACILITY");
    WebClient governor = governor("en");
    JsonNode p = proposal(governor, f.get(0));
    assertThat(p.get("status").asString()).isEqualTo("INFEASIBLE");
    assertThat(p.get("conflicts")).isNotEmpty();
    String numbers = jdbc.sql("SELECT string_agg(number, ',') FROM prisoner WHERE id IN (?, ?)").params(a, b)
        .query(String.class).single();
    JsonNode conflict = p.get("conflicts").get(0);
    assertThat(numbers).contains(conflict.get("number").asString());
    assertThat(conflict.toString()).contains("No cell in the facility can hold this prisoner");
    assertThat(conflict.get("rules").toString()).containsIgnoringCase("facility");
    var refused = post(governor, "/api/v1/allocation/proposals/" + p.get("id").asString() + "/confirm",
        "{\"version\": %d}".formatted(p.get("version").asInt()));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("proposal-infeasible");
    assertThat(cellOf(a)).isEqualTo(f.get(1));
    assertThat(cellOf(b)).isEqualTo(f.get(2));
  }

  @Test
  void aRecommendationGivesThreeCellsWithReasons() {
    var f = smallFacility(4);
    UUID a = prisonerIn(f.get(0), f.get(1));
    UUID b = prisonerIn(f.get(0), f.get(2));
    keepApart(a, b, "CELL");
    var r = governor("en").get("/api/v1/allocation/recommendations?prisonerId=" + b, "Accept", "application/json");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode cells = json.readTree(r.body());
    assertThat(cells).hasSize(3);
    for (JsonNode c : cells) {
      assertThat(c.get("allowed").asBoolean()).isTrue();
      assertThat(c.get("cellId").asString()).isNotEqualTo(f.get(1).toString());
      assertThat(c.get("reasons").toString()).contains("beds free").contains("m² per person");
    }
    assertThat(cells.get(0).get("rank").asInt()).isEqualTo(1);
  }

  @Test
  void aProposalForTheDemoColonyMovesFewAndIsConfirmedInOneGo() throws InterruptedException {
    UUID ik47 = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    int held = jdbc.sql("SELECT count(*) FROM prisoner WHERE facility_id = ? AND released_at IS NULL AND cell_id IS NOT NULL")
        .param(ik47).query(Integer.class).single();
    WebClient governor = governor("en");
    var started = post(governor, "/api/v1/allocation/proposals", "{\"facilityId\": \"%s\", \"seconds\": 4}".formatted(ik47));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.header("Location");
    JsonNode p = json.readTree(governor.get(location, "Accept", "application/json").body());
    for (int i = 0; i < 120 && p.get("status").asString().equals("SOLVING"); i++) {
      Thread.sleep(500);
      p = json.readTree(governor.get(location, "Accept", "application/json").body());
    }
    assertThat(p.get("status").asString()).isEqualTo("PROPOSED");
    // Crowding relieved, and fewer people moved than were relieved of crowding or of a broken rule: a move that
    // relieves no one is not proposed (the colony's 700-odd are not reshuffled).
    int relieved = p.get("crowdedBefore").asInt() - p.get("crowdedAfter").asInt();
    int brokenBefore = -Integer.parseInt(p.get("scoreBefore").asString().split("hard")[0]);
    assertThat(relieved).isPositive();
    int moves = p.get("moves").size();
    assertThat(moves).isPositive().isLessThanOrEqualTo(relieved + brokenBefore).isLessThan(held / 2);
    var confirmed = post(governor, location + "/confirm", "{\"version\": %d}".formatted(p.get("version").asInt()));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    String moved = p.get("moves").get(0).get("prisonerId").asString();
    assertThat(cellOf(UUID.fromString(moved)).toString()).isEqualTo(p.get("moves").get(0).get("toCellId").asString());
  }

  @Test
  void aSolvedProposalIsStoredWholeOrNotAtAll() {
    var f = smallFacility(2);
    UUID a = prisonerIn(f.get(0), f.get(1));
    UUID id = jdbc.sql("""
        INSERT INTO placement_proposal (id, facility_id, status, requested_by, requested_at, time_limit_seconds)
        VALUES (gen_random_uuid(), ?, 'SOLVING', 'governor', now(), 30) RETURNING id""")
        .param(f.get(0)).query(UUID.class).single();
    // The solver's thread stores an outcome whose second move cannot be written: the first is not kept either, and
    // the proposal is not shown as proposed with part of its moves.
    var moves = List.of(new ProposalStore.MoveRow(a, f.get(1), f.get(2), List.of(), null, null),
        new ProposalStore.MoveRow(UUID.randomUUID(), f.get(1), f.get(2), List.of(), null, null));
    var outcome = new ProposalStore.Outcome("PROPOSED", "0hard/0medium/0soft", "0hard/0medium/0soft", 1, 0, 0, 0, 0,
        "x", moves, List.of());
    assertThatThrownBy(() -> proposalStore.finish(id, java.time.Instant.now(), outcome, List.of()))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(jdbc.sql("SELECT status FROM placement_proposal WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("SOLVING");
    assertThat(jdbc.sql("SELECT count(*) FROM placement_proposal_move WHERE proposal_id = ?").param(id)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void aProposalForTheWholeServiceIsDecidedFacilityByFacility() throws InterruptedException {
    WebClient hq = client().acceptLanguage("en");
    hq.signIn("hq", DemoData.DEMO_PASSWORD);
    hq.get("/prisoners");
    var started = post(hq, "/api/v1/allocation/proposals", "{\"seconds\": 10}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.header("Location");
    JsonNode p = json.readTree(hq.get(location, "Accept", "application/json").body());
    for (int i = 0; i < 240 && p.get("status").asString().equals("SOLVING"); i++) {
      Thread.sleep(500);
      p = json.readTree(hq.get(location, "Accept", "application/json").body());
    }
    // The whole service's figures, and its moves in one part per facility (no one moves between facilities).
    assertThat(p.get("status").asString()).isIn("PROPOSED", "INFEASIBLE");
    assertThat(p.get("moves")).isEmpty();
    JsonNode parts = p.get("parts");
    assertThat(parts).isNotEmpty();
    assertThat(parts.valueStream().map(x -> x.get("facilityCode").asString()).distinct().count()).isEqualTo(parts.size());
    JsonNode part = parts.valueStream().filter(x -> x.get("status").asString().equals("PROPOSED")
        && !x.get("facilityCode").asString().equals("IK-47")).findFirst().orElseThrow();
    String code = part.get("facilityCode").asString();
    String partLocation = "/api/v1/allocation/proposals/" + part.get("id").asString();

    // Nobody confirms the whole at once: headquarters may not confirm, and a governor may not even open it.
    assertThat(post(hq, location + "/confirm", "{\"version\": %d}".formatted(p.get("version").asInt())).status())
        .isEqualTo(403);
    WebClient governor = client().acceptLanguage("en");
    governor.signIn("governor-" + code.toLowerCase(), DemoData.DEMO_PASSWORD);
    governor.get("/prisoners");
    var whole = governor.get(location, "Accept", "application/json");
    assertThat(whole.status()).isEqualTo(403);
    assertThat(whole.body()).contains("or for the whole service").doesNotContain("prisoner");

    // The governor finds their part among their proposals; headquarters find the whole, its parts on its page.
    String partPage = partLocation.replace("/api/v1", "");
    String wholePage = location.replace("/api/v1", "");
    assertThat(governor.get("/allocation/proposals").html().select("table a").eachAttr("href")).contains(partPage);
    assertThat(hq.get("/allocation/proposals").html().select("table a").eachAttr("href")).contains(wholePage)
        .doesNotContain(partPage);

    // The facility's governor reads their part: its moves stay within the facility; confirming records them.
    JsonNode mine = json.readTree(governor.get(partLocation, "Accept", "application/json").body());
    assertThat(mine.get("parentId").asString()).isEqualTo(p.get("id").asString());
    assertThat(mine.get("moves").size()).isEqualTo(part.get("moves").asInt()).isPositive();
    for (JsonNode m : mine.get("moves")) {
      for (String cell : List.of(m.get("fromCellId").asString(), m.get("toCellId").asString())) {
        assertThat(jdbc.sql("SELECT f.code FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id WHERE c.id = ?::uuid")
            .param(cell).query(String.class).single()).isEqualTo(code);
      }
    }
    var confirmed = post(governor, partLocation + "/confirm", "{\"version\": %d}".formatted(mine.get("version").asInt()));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    JsonNode first = mine.get("moves").get(0);
    assertThat(cellOf(UUID.fromString(first.get("prisonerId").asString())).toString())
        .isEqualTo(first.get("toCellId").asString());

    // Headquarters see each part's decision on the whole service's page, in their language, and the way back.
    var page = client().acceptLanguage("ky");
    page.signIn("hq", DemoData.DEMO_PASSWORD);
    var rows = page.get(location.replace("/api/v1", "")).html().select("#parts tbody tr");
    assertThat(rows).hasSize(parts.size());
    assertThat(rows.stream().filter(r -> r.text().startsWith(code)).findFirst().orElseThrow().text()).contains("Бекитилди");
    assertThat(page.get(partLocation.replace("/api/v1", "")).html().select("#part-of a").attr("href"))
        .isEqualTo(location.replace("/api/v1", ""));
  }

  @Test
  void theListOffersTheFacilitiesOfTheAskerAndHeadquartersTheWholeService() {
    var governorPage = governor("ru").get("/allocation/proposals").html();
    var own = governorPage.select("select#facilityId option");
    assertThat(own).isNotEmpty();
    assertThat(own.eachText()).allMatch(t -> !t.equals("Вся служба"));
    assertThat(own.eachText()).anyMatch(t -> t.startsWith("IK-47"));

    var hq = client().acceptLanguage("ky");
    hq.signIn("hq", DemoData.DEMO_PASSWORD);
    var options = hq.get("/allocation/proposals").html().select("select#facilityId option");
    int facilities = jdbc.sql("SELECT count(*) FROM facility").query(Integer.class).single();
    assertThat(options).hasSize(facilities + 1);
    assertThat(options.last().text()).isEqualTo("Бүт кызмат");
    assertThat(options.last().val()).isEmpty();
  }

  @Test
  void aProposalCutOffByAStopOfTheServiceIsShownFailedNotSolvingForEver() {
    var f = smallFacility(1);
    UUID id = jdbc.sql("""
        INSERT INTO placement_proposal (id, facility_id, status, requested_by, requested_at, time_limit_seconds)
        VALUES (gen_random_uuid(), ?, 'SOLVING', 'governor', now() - interval '1 hour', 30) RETURNING id""")
        .param(f.get(0)).query(UUID.class).single();
    proposalSolver.failCutOff();
    var p = json.readTree(governor("en").get("/api/v1/allocation/proposals/" + id, "Accept", "application/json").body());
    assertThat(p.get("status").asString()).isEqualTo("FAILED");
  }

  @Test
  void unknownThingsAreNamedAndNothingIsWritten() {
    WebClient governor = governor("en");
    int before = jdbc.sql("SELECT count(*) FROM placement_proposal").query(Integer.class).single();
    var prisoner = governor.get("/api/v1/allocation/recommendations?prisonerId=" + UUID.randomUUID(), "Accept", "application/json");
    assertThat(prisoner.status()).isEqualTo(404);
    assertThat(prisoner.body()).contains("unknown-prisoner");
    var facility = post(governor, "/api/v1/allocation/proposals", "{\"facilityId\": \"%s\"}".formatted(UUID.randomUUID()));
    assertThat(facility.status()).isEqualTo(404);
    assertThat(facility.body()).contains("unknown-facility").contains("There is no facility");
    var proposal = governor.get("/api/v1/allocation/proposals/" + UUID.randomUUID(), "Accept", "application/json");
    assertThat(proposal.status()).isEqualTo(404);
    assertThat(proposal.body()).contains("unknown-proposal");
    var seconds = post(governor, "/api/v1/allocation/proposals", "{\"facilityId\": \"%s\", \"seconds\": 0}".formatted(UUID.randomUUID()));
    assertThat(seconds.status()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT count(*) FROM placement_proposal").query(Integer.class).single()).isEqualTo(before);
  }
}
