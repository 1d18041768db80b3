package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.bagyt.demo.DemoData;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.Sex;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Movements as officers and governors make them, through the API and the pages, on the demo service. Each test
 * moves its own prisoners, so the tests share one database; every one leaves beds in use equal to people placed.
 */
class MovementsTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  PrisonerFiles prisonerFiles;

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/prisoners"); // a page, for a current CSRF token
    return client;
  }

  private WebClient.Response post(WebClient client, UUID prisoner, Map<String, Object> body) {
    return client.send("POST", "/api/v1/prisoners/" + prisoner + "/movements", json.writeValueAsString(body),
        "application/json", "Accept", "application/json");
  }

  private String problem(WebClient.Response r) {
    return json.readTree(r.body()).get("type").asString();
  }

  /** The first prisoners in custody in a facility, by number, skipping those other tests have moved. */
  private List<UUID> prisonersIn(String facility, int count, int skip) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL AND p.cell_id IS NOT NULL ORDER BY p.number OFFSET ? LIMIT ?""")
        .params(facility, skip, count).query(UUID.class).list();
  }

  private Map<String, Object> prisoner(UUID id) {
    return jdbc.sql("SELECT facility_id, cell_id, version, released_at, release_type FROM prisoner WHERE id = ?")
        .param(id).query().singleRow();
  }

  private int version(UUID id) {
    return (Integer) prisoner(id).get("version");
  }

  private int occupied(UUID cell) {
    return jdbc.sql("SELECT occupied FROM cell WHERE id = ?").param(cell).query(Integer.class).single();
  }

  /** A general cell of the facility with a free bed, other than the given one. */
  private UUID freeCellIn(String facility, Object notThis) {
    return jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.in_use AND c.occupied < c.beds AND c.id <> ? AND NOT 'SEPARATION' = ANY(u.used_for)
        ORDER BY c.beds - c.occupied DESC, c.code LIMIT 1""")
        .params(facility, notThis).query(UUID.class).single();
  }

  private UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  private void assertBedsInUseMatchPeoplePlaced() {
    long occupied = jdbc.sql("SELECT coalesce(sum(occupied), 0) FROM cell").query(Long.class).single();
    long placed = jdbc.sql("SELECT count(*) FROM prisoner WHERE cell_id IS NOT NULL AND released_at IS NULL")
        .query(Long.class).single();
    assertThat(occupied).isEqualTo(placed);
    long cellsOff = jdbc.sql("""
        SELECT count(*) FROM cell c WHERE c.occupied <> (SELECT count(*) FROM prisoner p
          WHERE p.cell_id = c.id AND p.released_at IS NULL)""").query(Long.class).single();
    assertThat(cellsOff).isZero();
  }

  @Test
  void theDemoServiceKeepsRule11AndCountsEveryBedInUse() {
    assertBedsInUseMatchPeoplePlaced();
    long mixedSexCells = jdbc.sql("""
        SELECT count(*) FROM (SELECT cell_id FROM prisoner WHERE released_at IS NULL AND cell_id IS NOT NULL
        GROUP BY cell_id HAVING count(DISTINCT sex) > 1) x""").query(Long.class).single();
    long untriedWithConvicted = jdbc.sql("""
        SELECT count(*) FROM (SELECT cell_id FROM prisoner WHERE released_at IS NULL AND cell_id IS NOT NULL
        GROUP BY cell_id HAVING count(DISTINCT legal_status = 'CONVICTED') > 1) x""").query(Long.class).single();
    long wrongFacility = jdbc.sql("""
        SELECT count(*) FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE p.released_at IS NULL
        AND ((f.sex <> 'MIXED' AND f.sex <> p.sex) OR (p.date_of_birth > current_date - interval '18 years') <> f.juvenile)""")
        .query(Long.class).single();
    assertThat(mixedSexCells).isZero();
    assertThat(untriedWithConvicted).isZero();
    assertThat(wrongFacility).isZero();
    var kinds = jdbc.sql("SELECT DISTINCT kind FROM movement").query(String.class).list();
    assertThat(kinds).contains("CELL_MOVE", "TRANSFER", "TEMPORARY_ABSENCE");
    long historyAfterNow = jdbc.sql("""
        SELECT count(*) FROM movement m JOIN prisoner p ON p.id = m.prisoner_id
        WHERE m.occurred_at < p.admitted_at OR m.occurred_at > now() OR m.returned_at > now()""").query(Long.class).single();
    assertThat(historyAfterNow).isZero();
  }

  @Test
  void anOfficerMovesAPrisonerToAnotherCellAndTheBedsFollow() {
    UUID id = prisonersIn("IK-47", 1, 0).get(0);
    var before = prisoner(id);
    UUID from = (UUID) before.get("cell_id");
    UUID to = freeCellIn("IK-47", from);
    int fromBefore = occupied(from);
    int toBefore = occupied(to);
    var officer = signedIn("officer");
    var moved = post(officer, id, Map.of("kind", "CELL_MOVE", "version", version(id), "cellId", to, "note", "Asked to"));
    assertThat(moved.status()).isEqualTo(201);
    JsonNode done = json.readTree(moved.body());
    assertThat(done.get("status").asString()).isEqualTo("RECORDED");
    assertThat(prisoner(id).get("cell_id")).isEqualTo(to);
    assertThat(occupied(from)).isEqualTo(fromBefore - 1);
    assertThat(occupied(to)).isEqualTo(toBefore + 1);
    var history = json.readTree(officer.get("/api/v1/prisoners/" + id + "/movements", "Accept", "application/json").body());
    assertThat(history.get(0).get("kind").asString()).isEqualTo("CELL_MOVE");
    assertThat(history.get(0).get("recordedBy").asString()).isEqualTo("officer");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CELL_MOVE' AND prisoner_id = ? AND actor = 'officer'")
        .param(id).query(Long.class).single()).isEqualTo(1);
    // The file shows the movement in its section.
    var file = officer.get("/prisoners/" + id).html();
    assertThat(file.select("#movements-heading").text()).isEqualTo("Movements");
    assertThat(file.select("tr.movement").first().text()).contains("Move to another cell", "Asked to");
    assertBedsInUseMatchPeoplePlaced();
  }

  @Test
  void aStaleVersionAnUnknownCellAndACellElsewhereAreRefusedAndChangeNothing() {
    UUID id = prisonersIn("IK-47", 1, 1).get(0);
    var before = prisoner(id);
    UUID to = freeCellIn("IK-47", before.get("cell_id"));
    var officer = signedIn("officer");
    var stale = post(officer, id, Map.of("kind", "CELL_MOVE", "version", version(id) - 1, "cellId", to));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(problem(stale)).isEqualTo("/problems/stale-edit");
    var unknown = post(officer, id, Map.of("kind", "CELL_MOVE", "version", version(id), "cellId", UUID.randomUUID()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(problem(unknown)).isEqualTo("/problems/unknown-cell");
    var elsewhere = post(officer, id, Map.of("kind", "CELL_MOVE", "version", version(id),
        "cellId", freeCellIn("IK-1", UUID.randomUUID())));
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(problem(elsewhere)).isEqualTo("/problems/unknown-cell");
    var incomplete = post(officer, id, Map.of("kind", "CELL_MOVE", "version", version(id)));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(prisoner(id)).isEqualTo(before);
    assertBedsInUseMatchPeoplePlaced();
  }

  @Test
  void aFullCellIsRefused() {
    UUID full = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND c.occupied = c.beds ORDER BY c.code LIMIT 1""").query(UUID.class).single();
    UUID id = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = 'IK-47'
        AND p.cell_id <> ? AND p.released_at IS NULL ORDER BY p.number DESC LIMIT 1""").param(full).query(UUID.class).single();
    var before = prisoner(id);
    var refused = post(signedIn("officer"), id, Map.of("kind", "CELL_MOVE", "version", version(id), "cellId", full));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(problem(refused)).isEqualTo("/problems/cell-full");
    assertThat(json.readTree(refused.body()).get("detail").asString()).contains("This cell is full");
    assertThat(prisoner(id)).isEqualTo(before);
  }

  @Test
  void twoOfficersRacingForTheLastBedOneWinsAndTheOtherIsRefused() throws Exception {
    // A cell with free beds, filled up to its last bed by moves, then two officers in two sessions at once.
    // People no allocation rule keeps apart (not designated, in no group or keep-apart pair, never assessed), so that
    // only the beds decide.
    List<UUID> people = prisonersIn("IK-47", 40, 10).stream().filter(p -> !jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM classification WHERE prisoner_id = ? AND level = 'DESIGNATED')
            OR EXISTS (SELECT 1 FROM prisoner_group_member WHERE prisoner_id = ?)
            OR EXISTS (SELECT 1 FROM keep_apart WHERE ? IN (first_id, second_id))
            OR EXISTS (SELECT 1 FROM assessment WHERE prisoner_id = ?)""").params(p, p, p, p)
        .query(Boolean.class).single()).toList();
    UUID cell = freeCellIn("IK-47", UUID.randomUUID());
    var officer = signedIn("officer");
    var governor = signedIn("governor");
    int next = 0;
    while (jdbc.sql("SELECT beds - occupied FROM cell WHERE id = ?").param(cell).query(Integer.class).single() > 1) {
      UUID p = people.get(next++);
      if (!cell.equals(prisoner(p).get("cell_id"))) {
        assertThat(post(officer, p, Map.of("kind", "CELL_MOVE", "version", version(p), "cellId", cell)).status()).isEqualTo(201);
      }
    }
    UUID first = people.get(next++);
    UUID second = people.get(next);
    var start = new CountDownLatch(1);
    Callable<WebClient.Response> one = () -> {
      start.await();
      return post(officer, first, Map.of("kind", "CELL_MOVE", "version", version(first), "cellId", cell));
    };
    Callable<WebClient.Response> two = () -> {
      start.await();
      return post(governor, second, Map.of("kind", "CELL_MOVE", "version", version(second), "cellId", cell));
    };
    var pool = Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(one);
      var b = pool.submit(two);
      start.countDown();
      var statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
      var refused = a.get().status() == 409 ? a.get() : b.get();
      assertThat(problem(refused)).isEqualTo("/problems/cell-full");
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.sql("SELECT occupied = beds FROM cell WHERE id = ?").param(cell).query(Boolean.class).single()).isTrue();
    long winners = List.of(first, second).stream().filter(p -> cell.equals(prisoner(p).get("cell_id"))).count();
    assertThat(winners).isEqualTo(1);
    assertBedsInUseMatchPeoplePlaced();
  }

  @Test
  void aTemporaryAbsenceKeepsTheBedUntilTheReturn() {
    UUID id = prisonersIn("IK-47", 1, 2).get(0);
    UUID cell = (UUID) prisoner(id).get("cell_id");
    int inUse = occupied(cell);
    var officer = signedIn("officer");
    var out = post(officer, id, Map.of("kind", "TEMPORARY_ABSENCE", "version", version(id), "absenceReason", "COURT",
        "note", "Appeal hearing"));
    assertThat(out.status()).isEqualTo(201);
    assertThat(prisoner(id).get("cell_id")).isEqualTo(cell);
    assertThat(occupied(cell)).isEqualTo(inUse);
    var page = officer.get("/prisoners/" + id + "/movements").html();
    assertThat(page.select("tr.movement").first().text()).contains("Temporary absence", "Court hearing", "Away now");
    assertThat(page.select("#return")).hasSize(1);
    // Nobody moves a person who is at court.
    var whileAway = post(officer, id, Map.of("kind", "CELL_MOVE", "version", version(id),
        "cellId", freeCellIn("IK-47", cell)));
    assertThat(whileAway.status()).isEqualTo(409);
    assertThat(problem(whileAway)).isEqualTo("/problems/absent");
    assertThat(post(officer, id, Map.of("kind", "RETURN", "version", version(id))).status()).isEqualTo(201);
    var absence = jdbc.sql("SELECT occurred_at, returned_at FROM movement WHERE prisoner_id = ? AND kind = 'TEMPORARY_ABSENCE' "
        + "ORDER BY occurred_at DESC LIMIT 1").param(id).query().singleRow();
    assertThat(absence.get("returned_at")).isNotNull();
    assertThat(post(officer, id, Map.of("kind", "RETURN", "version", version(id))).status()).isEqualTo(409);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('ABSENCE_OUT', 'ABSENCE_RETURN') AND prisoner_id = ?")
        .param(id).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void menAndWomenAreNeverPlacedTogether() {
    // A cell of a pre-trial centre holding both sexes where women are held and a bed is free, and a man there.
    var cellWithWomen = jdbc.sql("""
        SELECT c.id, f.code FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.sex = 'MIXED' AND c.occupied < c.beds
          AND EXISTS (SELECT 1 FROM prisoner p WHERE p.cell_id = c.id AND p.sex = 'FEMALE' AND p.released_at IS NULL)
        ORDER BY f.code, c.code LIMIT 1""").query().singleRow();
    String code = (String) cellWithWomen.get("code");
    UUID man = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.sex = 'MALE' AND p.released_at IS NULL AND p.cell_id IS NOT NULL ORDER BY p.number LIMIT 1""")
        .param(code).query(UUID.class).single();
    var before = prisoner(man);
    var governor = signedIn("governor-" + code.toLowerCase(java.util.Locale.ROOT));
    var refused = post(governor, man, Map.of("kind", "CELL_MOVE", "version", version(man), "cellId", cellWithWomen.get("id")));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(problem(refused)).isEqualTo("/problems/separation-sexes");
    assertThat(json.readTree(refused.body()).get("detail").asString()).contains("Mandela Rule 11", "men and women");
    assertThat(prisoner(man)).isEqualTo(before);
    // Nor is a man transferred to the women's colony.
    var toWomen = post(signedIn("officer"), prisonersIn("IK-47", 1, 3).get(0),
        Map.of("kind", "TRANSFER", "version", version(prisonersIn("IK-47", 1, 3).get(0)), "facilityId", facility("IK-2"),
            "note", "Closer to family"));
    assertThat(toWomen.status()).isEqualTo(409);
    assertThat(problem(toWomen)).isEqualTo("/problems/separation-sexes");
    assertBedsInUseMatchPeoplePlaced();
  }

  @Test
  void adultsAreNeverTransferredToAJuvenileColony() {
    UUID id = prisonersIn("IK-47", 1, 4).get(0);
    int requests = jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single();
    var refused = post(signedIn("officer"), id, Map.of("kind", "TRANSFER", "version", version(id),
        "facilityId", facility("IK-14"), "note", "Education programme"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(problem(refused)).isEqualTo("/problems/separation-children");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single()).isEqualTo(requests);
  }

  @Test
  void untriedPeopleNeverShareACellWithConvictedOnes() {
    // Two men in one pre-trial centre: the people in one cell have a verdict in force, the other is untried.
    String code = "SIZO-21";
    UUID convictedCell = freeCellWithPeople(code);
    jdbc.sql("UPDATE prisoner SET legal_status = 'CONVICTED' WHERE cell_id = ? AND released_at IS NULL")
        .param(convictedCell).update();
    UUID untried = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = ? AND p.legal_status = 'UNTRIED'
        AND p.cell_id <> ? AND p.released_at IS NULL ORDER BY p.number LIMIT 1""").params(code, convictedCell)
        .query(UUID.class).single();
    var before = prisoner(untried);
    var refused = post(signedIn("governor-sizo-21"), untried,
        Map.of("kind", "CELL_MOVE", "version", version(untried), "cellId", convictedCell));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(problem(refused)).isEqualTo("/problems/separation-untried");
    assertThat(prisoner(untried)).isEqualTo(before);
  }

  private UUID freeCellWithPeople(String facility) {
    return jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.occupied BETWEEN 1 AND c.beds - 1 ORDER BY c.code LIMIT 1""")
        .param(facility).query(UUID.class).single();
  }

  @Test
  void registrationRefusesAWholeBatchThatBreaksRule11() {
    UUID colony = facility("IK-47");
    UUID cell = freeCellIn("IK-47", UUID.randomUUID());
    long people = jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single();
    int inUse = occupied(cell);
    var order = new CommitmentOrder("Бишкек шаардык соту", "2-1/2026", LocalDate.of(2026, 1, 10));
    var man = new NewPrisoner("Асанов", "Нурлан", null, "Asanov Nurlan", LocalDate.of(1990, 1, 1), Sex.MALE, "KG",
        LegalStatus.CONVICTED, colony, cell, Instant.now(), order);
    var woman = new NewPrisoner("Асанова", "Айгүл", null, "Asanova Aygul", LocalDate.of(1991, 1, 1), Sex.FEMALE, "KG",
        LegalStatus.CONVICTED, colony, cell, Instant.now(), order);
    var boy = new NewPrisoner("Исаков", "Улан", null, "Isakov Ulan", LocalDate.now().minusYears(16), Sex.MALE, "KG",
        LegalStatus.CONVICTED, colony, null, Instant.now(), order);
    assertThatThrownBy(() -> prisonerFiles.register(List.of(man, woman)))
        .isInstanceOfSatisfying(BagytException.class, e -> assertThat(e.type()).isEqualTo("separation-sexes"));
    assertThatThrownBy(() -> prisonerFiles.register(List.of(boy)))
        .isInstanceOfSatisfying(BagytException.class, e -> assertThat(e.type()).isEqualTo("separation-children"));
    assertThat(jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single()).isEqualTo(people);
    assertThat(occupied(cell)).isEqualTo(inUse);
  }

  @Test
  void staffMoveOnlyPrisonersOfTheirOwnFacilities() {
    UUID elsewhere = prisonersIn("SIZO-1", 1, 0).get(0);
    var before = prisoner(elsewhere);
    var officer = signedIn("officer");
    var refused = post(officer, elsewhere, Map.of("kind", "TEMPORARY_ABSENCE", "version", version(elsewhere),
        "absenceReason", "COURT"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(prisoner(elsewhere)).isEqualTo(before);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE prisoner_id = ? AND actor = 'officer' AND outcome = 'DENIED'")
        .param(elsewhere).query(Long.class).single()).isEqualTo(1);
    // Headquarters sees every prisoner but records no movements.
    var hq = post(signedIn("hq"), prisonersIn("IK-47", 1, 5).get(0), Map.of("kind", "RETURN", "version", 0));
    assertThat(hq.status()).isEqualTo(403);
  }

  @Test
  void aTransferHappensOnlyWhenTheGovernorApprovesIt() {
    UUID id = prisonersIn("IK-47", 1, 6).get(0);
    var before = prisoner(id);
    UUID cell = (UUID) before.get("cell_id");
    int inUse = occupied(cell);
    var officer = signedIn("officer");
    var requested = post(officer, id, Map.of("kind", "TRANSFER", "version", version(id), "facilityId", facility("IK-1"),
        "note", "Strict regime closer to family"));
    assertThat(requested.status()).isEqualTo(202);
    UUID request = UUID.fromString(json.readTree(requested.body()).get("id").asString());
    assertThat(prisoner(id)).isEqualTo(before);

    // The requester cannot approve; nor can a governor of another facility.
    officer.get("/approvals");
    assertThat(officer.postForm("/approvals/" + request + "/approve", Map.of("reason", "ok")).status()).isEqualTo(403);
    var otherGovernor = signedIn("governor-ik-1");
    otherGovernor.get("/approvals");
    assertThat(otherGovernor.postForm("/approvals/" + request + "/approve", Map.of("reason", "ok")).status()).isEqualTo(403);
    assertThat(prisoner(id)).isEqualTo(before);

    var governor = signedIn("governor");
    var pending = governor.get("/approvals").html();
    assertThat(pending.select(".govuk-summary-card__title").eachText()).contains("Transfer to another facility");
    assertThat(pending.select(".govuk-summary-list__value").eachText()).contains("IK-47", "IK-1");
    governor.follow(governor.postForm("/approvals/" + request + "/approve", Map.of("reason", "Agreed")));
    var after = prisoner(id);
    assertThat(after.get("facility_id")).isEqualTo(facility("IK-1"));
    assertThat(after.get("cell_id")).isNull();
    assertThat(occupied(cell)).isEqualTo(inUse - 1);
    var row = jdbc.sql("SELECT recorded_by, approved_by, note FROM movement WHERE prisoner_id = ? AND kind = 'TRANSFER' "
        + "ORDER BY occurred_at DESC LIMIT 1").param(id).query().singleRow();
    assertThat(row).containsEntry("recorded_by", "officer").containsEntry("approved_by", "governor")
        .containsEntry("note", "Strict regime closer to family");
    assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'TRANSFER' AND prisoner_id = ?").param(id)
        .query(String.class).list()).containsExactly("governor");
    // The person now belongs to IK-1: IK-47's officer can no longer move them.
    assertThat(post(officer, id, Map.of("kind", "RETURN", "version", version(id))).status()).isEqualTo(403);
    assertBedsInUseMatchPeoplePlaced();
  }

  @Test
  void aReleaseFreesTheBedAndTakesThePersonOffTheListsButNotOutOfTheRecord() {
    UUID id = prisonersIn("IK-47", 1, 7).get(0);
    UUID cell = (UUID) prisoner(id).get("cell_id");
    int inUse = occupied(cell);
    String number = jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(id).query(String.class).single();
    var officer = signedIn("officer");
    var requested = post(officer, id, Map.of("kind", "RELEASE", "version", version(id), "releaseType", "END_OF_SENTENCE",
        "note", "Sentence served"));
    assertThat(requested.status()).isEqualTo(202);
    UUID request = UUID.fromString(json.readTree(requested.body()).get("id").asString());
    assertThat(prisoner(id).get("released_at")).isNull();

    var governor = signedIn("governor");
    governor.get("/approvals");
    governor.follow(governor.postForm("/approvals/" + request + "/approve", Map.of("reason", "Checked the order")));
    var after = prisoner(id);
    assertThat(after.get("released_at")).isNotNull();
    assertThat(after.get("release_type")).isEqualTo("END_OF_SENTENCE");
    assertThat(after.get("cell_id")).isNull();
    assertThat(occupied(cell)).isEqualTo(inUse - 1);
    assertThat(json.readTree(officer.get("/api/v1/prisoners?q=" + number, "Accept", "application/json").body()).size())
        .isZero();
    var page = officer.get("/prisoners/" + id + "/movements");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("tr.movement").first().text()).contains("Release", "End of sentence", "officer / governor");
    assertThat(page.html().select("form")).noneMatch(f -> f.attr("action").endsWith("/movements"));
    var again = post(officer, id, Map.of("kind", "TEMPORARY_ABSENCE", "version", version(id), "absenceReason", "COURT"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(problem(again)).isEqualTo("/problems/released");
    assertBedsInUseMatchPeoplePlaced();
  }

  @Test
  void theFormsShowTranslatedErrorsAtTheirFields() {
    UUID id = prisonersIn("IK-47", 1, 8).get(0);
    var officer = client().acceptLanguage("ru");
    officer.signIn("officer", DemoData.DEMO_PASSWORD);
    var page = officer.get("/prisoners/" + id + "/movements");
    assertThat(page.status()).isEqualTo(200);
    String version = page.html().selectFirst("input[name=version]").attr("value");
    var refused = officer.postForm("/prisoners/" + id + "/movements", Map.of("kind", "CELL_MOVE", "version", version));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#cellId");
    assertThat(refused.html().selectFirst("#cellId-error").text()).contains("Выберите камеру");
    var stale = officer.postForm("/prisoners/" + id + "/movements", Map.of("kind", "TEMPORARY_ABSENCE",
        "version", String.valueOf(Integer.parseInt(version) - 1), "absenceReason", "HOSPITAL"));
    assertThat(stale.status()).isEqualTo(409);
    var done = officer.follow(officer.postForm("/prisoners/" + id + "/movements", Map.of("kind", "TEMPORARY_ABSENCE",
        "version", version, "absenceReason", "HOSPITAL")));
    assertThat(done.html().selectFirst(".govuk-notification-banner__heading").text()).isEqualTo("Перемещение записано.");
  }
}
