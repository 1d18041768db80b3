package org.bagyt.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bagyt.estate.OccupancyTest.assertProblem;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A cell's beds, area or use change only when a second person approves; never below the people in it,
 * neither when asked nor when approved; and bad input is refused with a clear problem, changing nothing.
 */
class CellChangeApprovalTest extends IntegrationTest {

  record Cell(UUID id, int beds, int occupied, String area, int version) {}

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  /** The n-th cell of a facility with people in it and a free bed. */
  private Cell cell(String facility, int n) {
    return jdbc.sql("""
        SELECT c.id, c.beds, c.occupied, c.floor_area_m2::text AS area, c.version
        FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.in_use AND c.occupied > 1 AND c.occupied < c.beds ORDER BY u.code, c.code OFFSET ? LIMIT 1""")
        .params(facility, n)
        .query((rs, i) -> new Cell(UUID.fromString(rs.getString("id")), rs.getInt("beds"), rs.getInt("occupied"),
            rs.getString("area"), rs.getInt("version")))
        .single();
  }

  private Cell reload(Cell c) {
    return jdbc.sql("SELECT id, beds, occupied, floor_area_m2::text AS area, version FROM cell WHERE id = ?").param(c.id())
        .query((rs, i) -> new Cell(c.id(), rs.getInt("beds"), rs.getInt("occupied"), rs.getString("area"),
            rs.getInt("version")))
        .single();
  }

  private WebClient.Response askInForm(WebClient client, Cell c, String beds, String area, String inUse, String reason) {
    assertThat(client.get("/estate/cells/" + c.id() + "/change").status()).isEqualTo(200);
    return client.postForm("/estate/cells/" + c.id() + "/change", Map.of("beds", beds, "area", area, "inUse", inUse,
        "version", Integer.toString(c.version()), "reason", reason));
  }

  private WebClient.Response askByApi(WebClient client, UUID cell, String body) {
    client.get("/estate"); // a page, for a current CSRF token
    return client.send("POST", "/api/v1/estate/cells/" + cell + "/change-requests", body, "application/json",
        "Accept", "application/json");
  }

  private UUID latestRequest() {
    return jdbc.sql("SELECT id FROM approval_request WHERE kind = 'CHANGE_CELL' ORDER BY requested_at DESC LIMIT 1")
        .query(UUID.class).single();
  }

  private WebClient.Response approve(WebClient client, UUID request) {
    client.get("/approvals");
    return client.postForm("/approvals/" + request + "/approve", Map.of("reason", "Measured on site"));
  }

  @Test
  void aGovernorAsksAndADifferentHeadquartersOfficerApproves() {
    var governor = signedIn("governor");
    Cell c = cell("IK-47", 0);
    var sent = governor.follow(askInForm(governor, c, Integer.toString(c.beds() + 2), "31,5", "true",
        "Two bunks added after the repair"));
    assertThat(sent.html().selectFirst(".govuk-notification-banner__heading").text()).startsWith("Your request has been sent");
    assertThat(reload(c)).as("nothing changes before approval").isEqualTo(c);
    UUID request = latestRequest();
    assertThat(sent.html().text()).contains("Change to a cell");

    // The governor holds no approving permission, and would be the requester anyway.
    assertThat(approve(governor, request).status()).isEqualTo(403);
    var hq = signedIn("hq");
    assertThat(hq.get("/approvals").html().text()).contains("Change to a cell", c.beds() + " → " + (c.beds() + 2));
    var approved = hq.follow(approve(hq, request));
    assertThat(approved.status()).isEqualTo(200);
    Cell after = reload(c);
    assertThat(after.beds()).isEqualTo(c.beds() + 2);
    assertThat(after.area()).isEqualTo("31.50");
    assertThat(after.occupied()).isEqualTo(c.occupied());
    assertThat(after.version()).isEqualTo(c.version() + 1);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'UPDATE' AND resource_type = 'CELL' AND resource_id = ?")
        .param(c.id().toString()).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theRequesterNeverApprovesTheirOwnRequest() {
    var hq = signedIn("hq");
    Cell c = cell("IK-3", 0);
    var created = askByApi(hq, c.id(), """
        {"beds": %d, "floorAreaM2": 20.0, "inUse": true, "version": %d, "reason": "New measurement"}"""
        .formatted(c.beds(), c.version()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var own = approve(hq, latestRequest());
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.html().selectFirst(".govuk-error-summary").text()).contains("You cannot decide your own request");
    assertThat(reload(c)).isEqualTo(c);
  }

  @Test
  void bedsBelowThePeopleInTheCellAreRefusedWhenAskedAndAgainWhenApproved() {
    var governor = signedIn("governor");
    Cell c = cell("IK-47", 1);
    var refused = askInForm(governor, c, Integer.toString(c.occupied() - 1), c.area(), "true", "Fewer bunks");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.html().selectFirst(".govuk-error-summary").text()).contains("more people in this cell");
    var outOfUse = askInForm(governor, c, Integer.toString(c.beds()), c.area(), "false", "Repair");
    assertThat(outOfUse.status()).isEqualTo(409);
    assertThat(outOfUse.html().selectFirst(".govuk-error-summary").text()).contains("move them to another cell");

    // Asked while it fitted: beds down to exactly the people in the cell.
    assertThat(askInForm(governor, c, Integer.toString(c.occupied()), c.area(), "true", "Fewer bunks").status())
        .isEqualTo(302);
    UUID request = latestRequest();
    // Someone is placed in the cell before the approval.
    jdbc.sql("UPDATE cell SET occupied = occupied + 1 WHERE id = ?").param(c.id()).update();
    var hq = signedIn("hq");
    var late = approve(hq, request);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.html().selectFirst(".govuk-error-summary").text()).contains("more people in this cell");
    assertThat(reload(c).beds()).isEqualTo(c.beds());
    assertThat(jdbc.sql("SELECT status FROM approval_request WHERE id = ?").param(request).query(String.class).single())
        .isEqualTo("PENDING");
  }

  @Test
  void aSecondRequestMadeOnTheSameVersionIsStaleOnceTheFirstIsApplied() {
    var governor = signedIn("governor");
    Cell c = cell("IK-47", 2);
    askInForm(governor, c, Integer.toString(c.beds() + 1), c.area(), "true", "One bunk more");
    UUID first = latestRequest();
    askInForm(governor, c, Integer.toString(c.beds() + 3), c.area(), "true", "Three bunks more");
    UUID second = latestRequest();
    var hq = signedIn("hq");
    assertThat(approve(hq, first).status()).isEqualTo(302);
    var stale = approve(hq, second);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.html().selectFirst(".govuk-error-summary").text()).contains("Someone else changed this record");
    assertThat(reload(c).beds()).isEqualTo(c.beds() + 1);
  }

  @Test
  void aGovernorCannotAskForACellInAnotherFacility() {
    var governor = signedIn("governor");
    Cell elsewhere = cell("IK-3", 1);
    assertThat(governor.get("/estate/cells/" + elsewhere.id() + "/change").status()).isEqualTo(403);
    assertProblem(askByApi(governor, elsewhere.id(), """
        {"beds": 9, "floorAreaM2": 20, "inUse": true, "version": 0, "reason": "x"}"""), 403, "outside-scope");
    // Other roles cannot ask at all.
    assertThat(signedIn("officer").get("/estate/cells/" + elsewhere.id() + "/change").status()).isEqualTo(403);
  }

  @Test
  void badInputIsAProblemAndNothingIsRequested() {
    var hq = signedIn("hq");
    Cell c = cell("IK-3", 2);
    int before = jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single();
    String body = """
        {"beds": %s, "floorAreaM2": %s, "inUse": true, "version": %d, "reason": "%s"}""";
    assertProblem(askByApi(hq, c.id(), body.formatted("-1", "20", c.version(), "x")), 400, "invalid-beds");
    assertProblem(askByApi(hq, c.id(), body.formatted(c.beds(), "0", c.version(), "x")), 400, "invalid-area");
    assertProblem(askByApi(hq, c.id(), body.formatted(c.beds(), "12.345", c.version(), "x")), 400, "invalid-area");
    assertProblem(askByApi(hq, c.id(), body.formatted(c.beds(), "19.87", c.version(), " ")), 400, "reason-required");
    assertProblem(askByApi(hq, UUID.randomUUID(), body.formatted("4", "20", 0, "x")), 404, "unknown-cell");
    assertProblem(askByApi(hq, c.id(), body.formatted("\"four\"", "20", c.version(), "x")), 400, "malformed-body");
    assertProblem(askByApi(hq, c.id(), body.formatted(c.beds(), c.area(), c.version(), "x")), 409, "no-change");
    assertProblem(askByApi(hq, c.id(), body.formatted(c.beds() + 1, c.area(), c.version() + 7, "x")), 409, "stale-edit");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single()).isEqualTo(before);
    assertThat(reload(c)).isEqualTo(c);

    // The form shows each field's problem, keeps what was typed, and asks for nothing.
    var governor = signedIn("governor");
    Cell own = cell("IK-47", 3);
    var form = askInForm(governor, own, "many", "-3", "true", "");
    assertThat(form.status()).isEqualTo(400);
    var page = form.html();
    assertThat(page.select(".govuk-error-summary li")).hasSize(3);
    assertThat(page.selectFirst("#beds").attr("value")).isEqualTo("many");
    assertThat(page.selectFirst("#beds-error").text()).contains("whole number from 1 to 500");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single()).isEqualTo(before);
  }
}
