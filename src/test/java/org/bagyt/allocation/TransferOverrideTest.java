package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emergency transfer past hard placement rules, through the API and the movements page: it needs a reason, waits
 * for the transfer's second person who sees the rules, is checked again when approved, and is audited with the rules,
 * the requester and the approver. The officer of IK-47 transfers to a cell of IK-1 holding a keep-apart partner.
 */
class TransferOverrideTest extends PlacementFixtures {

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient.Response api(WebClient c, UUID prisoner, String path, String body) {
    return c.send("POST", "/api/v1/prisoners/" + prisoner + "/movements" + path, body, "application/json",
        "Accept", "application/json");
  }

  private WebClient.Response askOverride(WebClient c, UUID prisoner, UUID cell, String reason) {
    return api(c, prisoner, "/transfer-override", "{\"version\": %d, \"facilityId\": \"%s\", \"cellId\": \"%s\", \"reason\": %s}"
        .formatted(version(prisoner), facility("IK-1"), cell, reason == null ? "null" : json.writeValueAsString(reason)));
  }

  private String problem(WebClient.Response r) {
    return json.readTree(r.body()).get("type").asString();
  }

  private UUID facilityOf(UUID prisoner) {
    return jdbc.sql("SELECT facility_id FROM prisoner WHERE id = ?").param(prisoner).query(UUID.class).single();
  }

  private List<String> overrideAudits(UUID prisoner) {
    return jdbc.sql("SELECT actor || ':' || purpose FROM audit_event WHERE action = 'PLACEMENT_OVERRIDDEN' AND prisoner_id = ?")
        .param(prisoner).query(String.class).list();
  }

  private int transfers(UUID prisoner) {
    return jdbc.sql("SELECT count(*) FROM movement WHERE prisoner_id = ? AND kind = 'TRANSFER'").param(prisoner)
        .query(Integer.class).single();
  }

  private String status(UUID request) {
    return jdbc.sql("SELECT status FROM approval_request WHERE id = ?").param(request).query(String.class).single();
  }

  /** A prisoner of IK-47 and, in a new cell of IK-1, a partner they must not share a cell with. */
  private UUID[] keptApartAcrossFacilities() {
    UUID a = plainPrisoner();
    UUID b = plainPrisoner();
    UUID cell = emptyCell("IK-1", false);
    put(b, cell);
    keepApart(a, b, "CELL");
    return new UUID[] {a, b, cell};
  }

  @Test
  void anOverrideWaitsForASecondPersonWhoSeesTheRulesAndIsAppliedAndAudited() {
    UUID[] pair = keptApartAcrossFacilities();
    UUID a = pair[0];
    UUID cell = pair[2];
    UUID before = cellOf(a);
    WebClient officer = signedIn("officer", "en");
    // The ordinary transfer is refused by the check, naming the rule.
    var refused = api(officer, a, "", "{\"kind\": \"TRANSFER\", \"version\": %d, \"facilityId\": \"%s\", \"cellId\": \"%s\", \"note\": \"Closer to family\"}"
        .formatted(version(a), facility("IK-1"), cell));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(problem(refused)).isEqualTo("/problems/placement-keep-apart");
    int requests = approvalRequests();

    var requested = askOverride(officer, a, cell, "Riot in block 2: the only secure free cell is in IK-1.");
    assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    JsonNode answer = json.readTree(requested.body());
    assertThat(answer.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
    UUID request = UUID.fromString(answer.get("id").asString());
    assertThat(approvalRequests()).isEqualTo(requests + 1);
    assertThat(cellOf(a)).isEqualTo(before);

    // The requester cannot approve their own request.
    officer.get("/approvals");
    assertThat(officer.postForm("/approvals/" + request + "/approve", Map.of("reason", "ok")).status()).isEqualTo(403);
    assertThat(cellOf(a)).isEqualTo(before);
    assertThat(status(request)).isEqualTo("PENDING");

    // The governor sees the transfer, from which cell to which, the rules it passes and the reason.
    WebClient governor = signedIn("governor", "en");
    var card = governor.get("/approvals").html().select(".govuk-summary-card").stream()
        .filter(c -> c.text().contains(number(a))).findFirst().orElseThrow();
    assertThat(card.select(".govuk-summary-card__title").text()).isEqualTo("Transfer to another facility");
    assertThat(card.select(".govuk-summary-list__row").eachText())
        .contains("Rules overridden KEEP_APART", "From " + place(before), "To " + place(cell))
        .anyMatch(row -> row.contains("Riot in block 2: the only secure free cell is in IK-1."));
    governor.follow(governor.postForm("/approvals/" + request + "/approve", Map.of("reason", "Agreed: riot.")));
    assertThat(status(request)).isEqualTo("APPROVED");
    assertThat(cellOf(a)).isEqualTo(cell);
    assertThat(facilityOf(a)).isEqualTo(facility("IK-1"));
    assertThat(overrideAudits(a)).containsExactly("governor:KEEP_APART; requested by officer, approved by governor");
    var row = jdbc.sql("SELECT recorded_by, approved_by, note FROM movement WHERE prisoner_id = ? AND kind = 'TRANSFER' "
        + "ORDER BY occurred_at DESC LIMIT 1").param(a).query().singleRow();
    assertThat(row).containsEntry("recorded_by", "officer").containsEntry("approved_by", "governor")
        .containsEntry("note", "Riot in block 2: the only secure free cell is in IK-1.");
  }

  @Test
  void withoutAReasonOrACellItIsRefusedAndNothingIsWritten() {
    UUID[] pair = keptApartAcrossFacilities();
    UUID a = pair[0];
    WebClient officer = signedIn("officer", "en");
    int requests = approvalRequests();
    for (String reason : new String[] {null, "   "}) {
      var refused = askOverride(officer, a, pair[2], reason);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(problem(refused)).isEqualTo("/problems/override-reason-required");
      assertThat(refused.body()).contains("Give the reason for the emergency move");
    }
    var noCell = api(officer, a, "/transfer-override", "{\"version\": %d, \"facilityId\": \"%s\", \"reason\": \"Fire.\"}"
        .formatted(version(a), facility("IK-1")));
    assertThat(noCell.status()).isEqualTo(400);
    assertThat(noCell.body()).contains("Choose the facility and the cell there");
    assertThat(approvalRequests()).isEqualTo(requests);
    assertThat(facilityOf(a)).isEqualTo(facility("IK-47"));
  }

  @Test
  void anOverrideIsRefusedWhenNoHardRuleIsBroken() {
    UUID a = plainPrisoner();
    UUID cell = emptyCell("IK-1", false);
    WebClient officer = signedIn("officer", "en");
    int requests = approvalRequests();
    var refused = askOverride(officer, a, cell, "Fire.");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(problem(refused)).isEqualTo("/problems/override-not-needed");
    assertThat(refused.body()).contains("request it as an ordinary transfer");
    assertThat(approvalRequests()).isEqualTo(requests);
  }

  @Test
  void atApprovalTheCheckRunsAgainAndARuleNotApprovedRefusesItChangingNothing() {
    UUID[] pair = keptApartAcrossFacilities();
    UUID a = pair[0];
    UUID cell = pair[2];
    UUID before = cellOf(a);
    int transfers = transfers(a);
    WebClient officer = signedIn("officer", "en");
    var requested = askOverride(officer, a, cell, "Riot in block 2.");
    assertThat(requested.status()).isEqualTo(202);
    UUID request = UUID.fromString(json.readTree(requested.body()).get("id").asString());

    // Meanwhile two members of a's group are placed in that cell: a would now be a third in the unit.
    UUID group = jdbc.sql("""
        INSERT INTO prisoner_group (name, kind, recorded_by, recorded_at) VALUES ('Override network', 'NETWORK', 'governor', now())
        RETURNING id""").query(UUID.class).single();
    UUID c = plainPrisoner();
    UUID d = plainPrisoner();
    for (UUID member : List.of(a, c, d)) {
      jdbc.sql("INSERT INTO prisoner_group_member VALUES (?, ?, 'governor', now())").params(group, member).update();
    }
    put(c, cell);
    put(d, cell);

    WebClient governor = signedIn("governor", "en");
    governor.get("/approvals");
    var refused = governor.postForm("/approvals/" + request + "/approve", Map.of("reason", "Agreed"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.html().select(".govuk-error-summary").text())
        .contains("Since the request, the placement breaks rules that were not approved");
    assertThat(status(request)).isEqualTo("PENDING");
    assertThat(cellOf(a)).isEqualTo(before);
    assertThat(facilityOf(a)).isEqualTo(facility("IK-47"));
    assertThat(overrideAudits(a)).isEmpty();
    assertThat(transfers(a)).isEqualTo(transfers);
  }

  @Test
  void theMovementsPageOffersTheOverrideWhenATransferIsBlocked() {
    UUID[] pair = keptApartAcrossFacilities();
    UUID a = pair[0];
    UUID cell = pair[2];
    String ik1 = facility("IK-1").toString();
    WebClient officer = signedIn("officer", "en");
    // Choosing the facility lists its cells with a free bed (htmx swaps this part; without script, the button does).
    var page = officer.get("/prisoners/" + a + "/movements?facilityId=" + ik1).html();
    assertThat(page.select("#transfer-cellId option[value=" + cell + "]")).hasSize(1);
    assertThat(page.select("form#transfer-override")).isEmpty();

    int requests = approvalRequests();
    var blocked = officer.postForm("/prisoners/" + a + "/movements", Map.of("kind", "TRANSFER",
        "version", String.valueOf(version(a)), "facilityId", ik1, "cellId", cell.toString(), "note", "Closer to family"));
    assertThat(blocked.status()).isEqualTo(409);
    var html = blocked.html();
    assertThat(html.select("#transfer-cellId-error").text()).contains("must not share a cell");
    assertThat(html.select("form#transfer-override input[name=cellId]").val()).isEqualTo(cell.toString());
    assertThat(html.select("form#transfer-override input[name=facilityId]").val()).isEqualTo(ik1);
    assertThat(approvalRequests()).isEqualTo(requests);

    var form = Map.of("version", String.valueOf(version(a)), "facilityId", ik1, "cellId", cell.toString());
    var noReason = officer.postForm("/prisoners/" + a + "/movements/transfer-override", form);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.html().select("#transfer-override-reason-error").text()).contains("Give the reason");
    assertThat(approvalRequests()).isEqualTo(requests);

    var withReason = new java.util.HashMap<>(form);
    withReason.put("reason", "Riot in block 2.");
    var done = officer.follow(officer.postForm("/prisoners/" + a + "/movements/transfer-override", withReason));
    assertThat(done.html().select(".govuk-notification-banner__heading").text()).contains("sent for approval");
    assertThat(approvalRequests()).isEqualTo(requests + 1);
    assertThat(facilityOf(a)).isEqualTo(facility("IK-47"));

    // The same forms speak Kyrgyz and Russian, with nothing untranslated.
    for (var language : Map.of("ky", "Шашылыш этаптоону суроо", "ru", "Запросить экстренное этапирование").entrySet()) {
      var again = signedIn("officer", language.getKey()).postForm("/prisoners/" + a + "/movements", Map.of("kind",
          "TRANSFER", "version", String.valueOf(version(a)), "facilityId", ik1, "cellId", cell.toString(), "note", "x"));
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.html().text()).as(language.getKey()).doesNotContain("??");
      assertThat(again.html().select("#request-transfer-override").text()).isEqualTo(language.getValue());
    }
  }
}
