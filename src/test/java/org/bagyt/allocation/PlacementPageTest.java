package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The placement page as an officer uses it: the one check for the current cell and for a chosen cell, with every
 * violation's rule, reason and weight; moving there; and the emergency override past hard rules, which needs a reason
 * and a second person, and changes nothing until approved.
 */
class PlacementPageTest extends PlacementFixtures {

  @org.junit.jupiter.api.AfterEach
  void theOfficerWorksInTheHomeColonyOnly() {
    jdbc.sql("""
        DELETE FROM staff_account_facility WHERE account_id = (SELECT id FROM staff_account WHERE username = 'officer')
          AND facility_id <> (SELECT id FROM facility WHERE code = 'IK-47')""").update();
  }

  @Test
  void thePageAnswersInThreeLanguagesWithNoMissingTexts() {
    UUID a = plainPrisoner();
    UUID cell = emptyCell();
    for (var language : Map.of("ky", "Жайгаштыруу", "ru", "Размещение", "en", "Placement").entrySet()) {
      WebClient officer = signedIn("officer", language.getKey());
      var page = officer.get("/prisoners/" + a + "/placement?cell=" + cell);
      assertThat(page.status()).as(language.getKey()).isEqualTo(200);
      var html = page.html();
      assertThat(html.text()).as(language.getKey()).doesNotContain("??");
      assertThat(html.select("h1").text()).isEqualTo(language.getValue());
      assertThat(html.select("#current-cell").text()).contains("IK-47");
      assertThat(html.select("#checked .verdict").text()).isNotBlank();
      // The solver's best three cells of the prisoner's facility, each with its reasons.
      assertThat(html.select("#recommendations .recommendation")).as(language.getKey()).hasSize(3);
      assertThat(html.select("#checked .distance").text()).isNotBlank();
      assertThat(html.select("#checked .space").text()).startsWith("20 ");
      assertThat(html.select("select#facility option[selected]").text()).contains("IK-47");
      assertThat(html.select("select#cell option[selected]").text()).startsWith("T-");
    }
    // The file links to the page.
    WebClient officer = signedIn("officer", "en");
    assertThat(officer.get("/prisoners/" + a).html().select("#placement-link").attr("href"))
        .isEqualTo("/prisoners/" + a + "/placement");
  }

  @Test
  void theCheckShowsAKeepApartViolationForAChosenCellAndOffersNoOrdinaryMove() {
    WebClient officer = signedIn("officer", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID cell = emptyCell();
    put(b, cell);
    var before = officer.get("/prisoners/" + a + "/placement?cell=" + cell).html();
    assertThat(before.select("#checked tr.violation[data-rule=KEEP_APART]")).isEmpty();
    assertThat(before.select("#move-here")).hasSize(1);

    keepApart(a, b, "CELL");
    var page = officer.get("/prisoners/" + a + "/placement?cell=" + cell).html();
    var row = page.select("#checked tr.violation[data-rule=KEEP_APART]");
    assertThat(row).hasSize(1);
    assertThat(row.text()).contains("Keep apart").contains("Hard: blocks").contains("must not share a cell")
        .contains(number(b));
    assertThat(page.select("#checked .verdict").text()).isEqualTo("Blocked by a hard rule");
    assertThat(page.select("#move-here")).isEmpty();
    assertThat(page.select("form#override")).hasSize(1);
    // The same check in Russian, with its reason in Russian.
    var ru = signedIn("officer", "ru").get("/prisoners/" + a + "/placement?cell=" + cell).html();
    assertThat(ru.select("#checked tr.violation[data-rule=KEEP_APART]").text()).contains("нельзя содержать в одной камере");
  }

  @Test
  void moveHereGoesThroughTheMovementsAndTheCheck() {
    WebClient officer = signedIn("officer", "en");
    UUID a = plainPrisoner();
    UUID cell = emptyCell();
    var done = officer.follow(officer.postForm("/prisoners/" + a + "/placement/move",
        Map.of("cellId", cell.toString(), "version", String.valueOf(version(a)), "note", "Closer to the workshop.")));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select(".govuk-notification-banner__heading").text()).isEqualTo("The prisoner was moved.");
    assertThat(cellOf(a)).isEqualTo(cell);
    assertThat(done.html().select("#here .verdict").text()).isEqualTo("Allowed");
  }

  @Test
  void anOverrideWithoutAReasonIsRefusedAndNothingChanges() {
    WebClient officer = signedIn("officer", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID cell = emptyCell();
    put(b, cell);
    keepApart(a, b, "UNIT");
    UUID before = cellOf(a);
    int requests = approvalRequests();
    var refused = officer.postForm("/prisoners/" + a + "/placement/override",
        Map.of("cellId", cell.toString(), "version", String.valueOf(version(a)), "reason", "  "));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select(".govuk-error-summary").text()).contains("Give the reason for the emergency move");
    assertThat(refused.html().select("#override-reason-error").text()).contains("Give the reason");
    assertThat(cellOf(a)).isEqualTo(before);
    assertThat(approvalRequests()).isEqualTo(requests);
    // And a plain move to the same cell is refused by the check, naming the rule.
    var blocked = officer.postForm("/prisoners/" + a + "/placement/move",
        Map.of("cellId", cell.toString(), "version", String.valueOf(version(a))));
    assertThat(blocked.status()).isEqualTo(409);
    assertThat(blocked.html().select("#move-note-error, .govuk-error-summary").text()).contains("same unit");
    assertThat(cellOf(a)).isEqualTo(before);
  }

  @Test
  void anOverrideWaitsForASecondPersonAndIsAudited() {
    WebClient officer = signedIn("officer", "en");
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID cell = emptyCell();
    put(b, cell);
    keepApart(a, b, "CELL");
    UUID before = cellOf(a);
    var requested = officer.follow(officer.postForm("/prisoners/" + a + "/placement/override",
        Map.of("cellId", cell.toString(), "version", String.valueOf(version(a)),
            "reason", "Fire in block 2: the only cell with a free bed.")));
    assertThat(requested.html().select(".govuk-notification-banner__heading").text())
        .contains("waiting for a second person");
    assertThat(cellOf(a)).isEqualTo(before);
    UUID request = jdbc.sql("SELECT id FROM approval_request WHERE kind = 'PLACEMENT_OVERRIDE' ORDER BY requested_at DESC LIMIT 1")
        .query(UUID.class).single();
    // The requester cannot approve their own request.
    officer.get("/approvals");
    assertThat(officer.postForm("/approvals/" + request + "/approve", Map.of("reason", "ok")).status()).isEqualTo(403);
    assertThat(cellOf(a)).isEqualTo(before);

    WebClient governor = signedIn("governor", "en");
    governor.follow(governor.postForm("/approvals/" + request + "/approve", Map.of("reason", "Agreed: fire.")));
    assertThat(cellOf(a)).isEqualTo(cell);
    assertThat(jdbc.sql("SELECT purpose FROM audit_event WHERE action = 'PLACEMENT_OVERRIDDEN' AND prisoner_id = ?")
        .param(a).query(String.class).list()).containsExactly("KEEP_APART; requested by officer, approved by governor");
  }

  @Test
  void theChoiceIsRedrawnForAnotherFacilityAndUnit() {
    WebClient officer = signedIn("officer", "en");
    UUID a = plainPrisoner();
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    var chooser = officer.get("/prisoners/" + a + "/placement/chooser?facility=" + facility, "HX-Trigger-Name",
        "facility");
    assertThat(chooser.status()).isEqualTo(200);
    var html = chooser.html();
    assertThat(html.select("form#chooser")).hasSize(1);
    assertThat(html.select("select#unit option")).hasSizeGreaterThan(1);
    assertThat(html.select("select#cell")).isEmpty();
    String unit = html.select("select#unit option").get(1).attr("value");
    var cells = officer.get("/prisoners/" + a + "/placement/chooser?facility=" + facility + "&unit=" + unit,
        "HX-Trigger-Name", "unit").html();
    assertThat(cells.select("select#cell option")).hasSizeGreaterThan(1);
    // Only the officer's own facilities are offered.
    assertThat(cells.select("select#facility option").eachText()).allMatch(t -> t.isEmpty() || t.startsWith("IK-47")
        || t.equals("Choose"));
  }

  @Test
  void aCellInAnotherFacilityIsATransferRequestThatNeedsAReason() {
    UUID a = plainPrisoner();
    jdbc.sql("""
        INSERT INTO staff_account_facility (account_id, facility_id)
        SELECT s.id, f.id FROM staff_account s, facility f WHERE s.username = 'officer' AND f.code = 'IK-1'""").update();
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id WHERE f.code = 'IK-1'
          AND NOT 'VIOLENT_EXTREMIST' = ANY(u.used_for) AND NOT 'SEPARATION' = ANY(u.used_for) ORDER BY u.code LIMIT 1""")
        .query(UUID.class).single();
    UUID cell = jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, 'P-IK1', 4, 20) RETURNING id")
        .param(unit).query(UUID.class).single();
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-1'").query(UUID.class).single();
    WebClient officer = signedIn("officer", "en");
    var page = officer.get("/prisoners/" + a + "/placement?cell=" + cell).html();
    assertThat(page.select("#transfer-here")).hasSize(1);
    assertThat(page.select("#move-here")).isEmpty();
    UUID before = cellOf(a);
    int requests = approvalRequests();
    var form = Map.of("cellId", cell.toString(), "facilityId", facility.toString(), "version", String.valueOf(version(a)));
    var noReason = officer.postForm("/prisoners/" + a + "/placement/transfer", form);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.html().select("#transfer-note-error").text()).isNotBlank();
    assertThat(approvalRequests()).isEqualTo(requests);
    var withReason = new java.util.HashMap<>(form);
    withReason.put("note", "Closer to the family.");
    var requested = officer.follow(officer.postForm("/prisoners/" + a + "/placement/transfer", withReason));
    assertThat(requested.html().select(".govuk-notification-banner__heading").text())
        .contains("waiting for a second person");
    assertThat(approvalRequests()).isEqualTo(requests + 1);
    assertThat(cellOf(a)).isEqualTo(before);
  }

  @Test
  void aReaderWithoutTheCheckPermissionIsRefused() {
    WebClient analyst = signedIn("analyst", "en");
    assertThat(analyst.get("/prisoners/" + plainPrisoner() + "/placement").status()).isEqualTo(403);
  }
}
