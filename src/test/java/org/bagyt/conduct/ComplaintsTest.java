package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaints (Mandela Rules 56-57): any prisoner, any day, with a case number and a reply deadline; an allegation of
 * torture or ill-treatment reaches the inspector at once and facility staff cannot close it; overdue replies listed.
 */
class ComplaintsTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  Complaints complaints;

  private LocalDate today;

  @BeforeEach
  void setUp() {
    today = complaints.today();
  }

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/prisoners");
    return client;
  }

  private WebClient.Response send(WebClient client, String path, Object body) {
    return client.send("POST", path, json.writeValueAsString(body), "application/json", "Accept", "application/json");
  }

  private JsonNode ok(WebClient.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return json.readTree(r.body());
  }

  private JsonNode get(WebClient client, String path) {
    return ok(client.get(path, "Accept", "application/json"), 200);
  }

  private UUID heldIn(String facility, int offset) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL ORDER BY p.number OFFSET ? LIMIT 1""")
        .params(facility, offset).query(UUID.class).single();
  }

  private long rows() {
    return jdbc.sql("SELECT count(*) + coalesce(sum(version), 0) FROM complaint").query(Long.class).single();
  }

  private static Map<String, Object> complaint(String category, LocalDate madeOn) {
    var body = new HashMap<String, Object>(Map.of("category", category, "text", "The cell is cold at night.",
        "retaliation", false));
    if (madeOn != null) {
      body.put("madeOn", madeOn.toString());
    }
    return body;
  }

  @Test
  void anyPrisonerComplainsAnyDayWithACaseNumberAndAReplyDeadline() {
    var officer = signedIn("officer", "en");
    UUID prisoner = heldIn("IK-47", 5);
    var first = ok(send(officer, "/api/v1/prisoners/" + prisoner + "/complaints", complaint("CONDITIONS", null)), 201);
    var second = ok(send(officer, "/api/v1/prisoners/" + prisoner + "/complaints", complaint("FOOD", null)), 201);
    assertThat(first.get("caseNumber").asString()).matches("KG-CMP-\\d{4}-\\d{6}");
    assertThat(second.get("caseNumber").asString()).isNotEqualTo(first.get("caseNumber").asString());
    assertThat(first.get("madeOn").asString()).isEqualTo(today.toString());
    assertThat(first.get("replyDueOn").asString()).isEqualTo(today.plusDays(14).toString());
    assertThat(first.get("daysLeft").asLong()).isEqualTo(14);
    assertThat(first.get("open").asBoolean()).isTrue();

    // Made three weeks ago: past its deadline, on the overdue list; today's is not.
    var late = ok(send(officer, "/api/v1/prisoners/" + prisoner + "/complaints",
        complaint("HEALTH_CARE", today.minusDays(21))), 201);
    assertThat(late.get("replyDueOn").asString()).isEqualTo(today.minusDays(7).toString());
    var overdue = get(officer, "/api/v1/complaints?overdue=true");
    var ids = new ArrayList<String>();
    overdue.forEach(c -> {
      ids.add(c.get("id").asString());
      assertThat(c.get("overdue").asBoolean()).isTrue();
    });
    assertThat(ids).contains(late.get("id").asString()).doesNotContain(first.get("id").asString());
    var page = officer.get("/complaints?show=overdue");
    assertThat(page.html().select("#complaints tr[data-complaint=" + late.get("id").asString() + "]").text())
        .contains("Overdue by 7 days");

    // The governor replies and closes; a second reply on the old version is refused.
    var governor = signedIn("governor", "en");
    var closed = ok(send(governor, "/api/v1/complaints/" + late.get("id").asString() + "/answer",
        Map.of("version", 0, "reply", "Heating repaired; medical appointment booked.")), 200);
    assertThat(closed.get("open").asBoolean()).isFalse();
    assertThat(closed.get("closedBy").asString()).isEqualTo("governor");
    assertThat(send(governor, "/api/v1/complaints/" + late.get("id").asString() + "/answer",
        Map.of("version", 1, "reply", "Again")).status()).isEqualTo(409);
  }

  @Test
  void aTortureAllegationReachesTheInspectorAtOnceAndFacilityStaffCannotCloseIt() {
    var officer = signedIn("officer", "en");
    UUID prisoner = heldIn("IK-47", 6);
    long noticesBefore = jdbc.sql("SELECT count(*) FROM staff_notification WHERE recipient = 'inspector'")
        .query(Long.class).single();
    var allegation = ok(send(officer, "/api/v1/prisoners/" + prisoner + "/complaints",
        complaint("TORTURE_OR_ILL_TREATMENT", null)), 201);
    String id = allegation.get("id").asString();
    assertThat(allegation.get("allegation").asBoolean()).isTrue();
    assertThat(allegation.get("referredAt").isNull()).isFalse();
    assertThat(jdbc.sql("SELECT count(*) FROM staff_notification WHERE recipient = 'inspector' "
        + "AND message_key = 'notice.complaint-allegation' AND ? = ANY(arguments)")
        .param(allegation.get("caseNumber").asString()).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM staff_notification WHERE recipient = 'inspector'").query(Long.class)
        .single()).isEqualTo(noticesBefore + 1);

    var inspector = signedIn("inspector", "en");
    var referred = new ArrayList<String>();
    get(inspector, "/api/v1/complaints?allegations=true").forEach(c -> referred.add(c.get("id").asString()));
    assertThat(referred).contains(id);

    // The governor cannot close it, on the API or the page, in their language; nothing changes.
    long before = rows();
    var governor = signedIn("governor", "ru");
    var refused = send(governor, "/api/v1/complaints/" + id + "/answer", Map.of("version", 0, "reply", "Checked."));
    assertThat(refused.status()).isEqualTo(409);
    var problem = json.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("/problems/allegation-independent");
    assertThat(problem.get("detail").asString()).contains("только независимый орган");
    var onPage = governor.postForm("/complaints/" + id + "/answer", Map.of("version", "0", "reply", "Checked."));
    assertThat(onPage.status()).isEqualTo(409);
    assertThat(onPage.html().select("#refusal").text()).contains("только независимый орган");
    assertThat(governor.get("/complaints/" + id).html().select("#answer-form")).isEmpty();
    assertThat(send(officer, "/api/v1/complaints/" + id + "/answer", Map.of("version", 0, "reply", "x")).status())
        .isEqualTo(403);
    assertThat(send(governor, "/api/v1/complaints/" + id + "/decision", Map.of("version", 0, "reply", "x")).status())
        .isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
    assertThat(get(governor, "/api/v1/complaints/" + id).get("open").asBoolean()).isTrue();

    // The inspector, as the independent body, closes it with the decision.
    assertThat(inspector.get("/complaints/" + id).html().select("#decision-form")).isNotEmpty();
    var decided = ok(send(inspector, "/api/v1/complaints/" + id + "/decision",
        Map.of("version", 0, "reply", "Investigated by the ombudsman; referred to the prosecutor.")), 200);
    assertThat(decided.get("open").asBoolean()).isFalse();
    assertThat(decided.get("closedBy").asString()).isEqualTo("inspector");
  }

  @Test
  void theInspectorWritesNothingElse() {
    var officer = signedIn("officer", "en");
    UUID prisoner = heldIn("IK-47", 7);
    var ordinary = ok(send(officer, "/api/v1/prisoners/" + prisoner + "/complaints", complaint("FOOD", null)), 201);
    var inspector = signedIn("inspector", "en");
    long before = rows();
    assertThat(send(inspector, "/api/v1/prisoners/" + prisoner + "/complaints", complaint("FOOD", null)).status())
        .isEqualTo(403);
    assertThat(send(inspector, "/api/v1/complaints/" + ordinary.get("id").asString() + "/answer",
        Map.of("version", 0, "reply", "x")).status()).isEqualTo(403);
    var notAllegation = send(inspector, "/api/v1/complaints/" + ordinary.get("id").asString() + "/decision",
        Map.of("version", 0, "reply", "x"));
    assertThat(notAllegation.status()).isEqualTo(409);
    assertThat(inspector.get("/prisoners/" + prisoner + "/complaints/new").status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
    // The whole service is in the inspector's register; a governor elsewhere sees neither it nor its page.
    var all = new ArrayList<String>();
    get(inspector, "/api/v1/complaints").forEach(c -> all.add(c.get("id").asString()));
    assertThat(all).contains(ordinary.get("id").asString());
    var other = signedIn("governor-ik-1", "en");
    get(other, "/api/v1/complaints").forEach(c -> assertThat(c.get("facilityCode").asString()).isEqualTo("IK-1"));
    assertThat(other.get("/api/v1/complaints/" + ordinary.get("id").asString(), "Accept", "application/json").status())
        .isEqualTo(403);
  }

  @Test
  void badInputIsRefusedAtItsFieldsAndNothingIsWritten() {
    var officer = signedIn("officer", "ky");
    long before = rows();
    assertThat(send(officer, "/api/v1/prisoners/" + UUID.randomUUID() + "/complaints", complaint("FOOD", null))
        .status()).isEqualTo(404);
    var empty = send(officer, "/api/v1/prisoners/" + heldIn("IK-47", 8) + "/complaints", Map.of());
    assertThat(empty.status()).isEqualTo(400);
    var fields = new ArrayList<String>();
    json.readTree(empty.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("category", "text", "retaliation");
    assertThat(send(officer, "/api/v1/prisoners/" + heldIn("IK-47", 8) + "/complaints",
        complaint("FOOD", today.plusDays(1))).status()).isEqualTo(400);
    // Someone held in another facility: outside this officer's scope.
    assertThat(send(officer, "/api/v1/prisoners/" + heldIn("IK-1", 0) + "/complaints", complaint("FOOD", null))
        .status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(before);

    var form = officer.postForm("/prisoners/" + heldIn("IK-47", 8) + "/complaints", Map.of("category", "FOOD"));
    assertThat(form.status()).isEqualTo(400);
    assertThat(form.html().select("#text-error").text()).contains("Арызды жазыңыз");
    var done = officer.follow(officer.postForm("/prisoners/" + heldIn("IK-47", 8) + "/complaints",
        Map.of("category", "TORTURE_OR_ILL_TREATMENT", "text", "Түнкүсүн урушту.", "retaliation", "yes")));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select("#allegation-notice")).isNotEmpty();
    assertThat(done.html().select("#case-number").text()).startsWith("KG-CMP-");
  }

  @Test
  void aReplyDeadlineOutsideOneToNinetyDaysStopsStartUp() {
    assertThatThrownBy(() -> new Complaints(null, null, null, null, null, null, null, 0))
        .hasMessageContaining("BAGYT_COMPLAINT_REPLY_DAYS");
    assertThatThrownBy(() -> new Complaints(null, null, null, null, null, null, null, 91))
        .hasMessageContaining("BAGYT_COMPLAINT_REPLY_DAYS");
    assertThat(new Complaints(null, null, null, null, null, null, null, 1).replyDays()).isEqualTo(1);
  }
}
