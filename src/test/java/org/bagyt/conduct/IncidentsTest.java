package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents as officers report them, governors close them and the inspector reads them: the declared state steps
 * and nothing else, additions appended and never edited, a serious incident making each involved prisoner's review
 * due, unknown prisoners refused, and every refusal writing nothing.
 */
class IncidentsTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/prisoners");
    return client;
  }

  private WebClient.Response send(WebClient client, String method, String path, Object body) {
    return client.send(method, path, json.writeValueAsString(body), "application/json", "Accept", "application/json");
  }

  private JsonNode ok(WebClient.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return json.readTree(r.body());
  }

  /** Prisoners held in the facility whose full assessment a review could be brought forward for, none with one due. */
  private List<UUID> assessedIn(String facility, int count) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL
          AND EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id AND a.purpose = 'EXTREMISM_RISK_NEEDS'
                      AND a.status = 'COUNTERSIGNED')
          AND NOT EXISTS (SELECT 1 FROM assessment_due d WHERE d.prisoner_id = p.id AND d.closed_at IS NULL
                          AND 'SERIOUS_INCIDENT' = ANY(d.reasons))
          AND NOT EXISTS (SELECT 1 FROM incident_prisoner ip WHERE ip.prisoner_id = p.id)
        ORDER BY p.number LIMIT ?""").params(facility, count).query(UUID.class).list();
  }

  private UUID heldIn(String facility, int offset) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL ORDER BY p.number DESC OFFSET ? LIMIT 1""")
        .params(facility, offset).query(UUID.class).single();
  }

  private Map<String, Object> report(boolean serious, UUID... prisoners) {
    var body = new HashMap<String, Object>();
    body.put("type", "FIGHT");
    body.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
    body.put("place", "Unit 3, exercise yard");
    body.put("serious", serious);
    body.put("description", "Two prisoners fought in the yard after an argument.");
    var involved = new ArrayList<Map<String, Object>>();
    for (UUID p : prisoners) {
      involved.add(Map.of("prisonerId", p.toString(), "role", involved.isEmpty() ? "PERPETRATOR" : "VICTIM"));
    }
    body.put("prisoners", involved);
    body.put("staff", List.of(Map.of("name", "Sgt. Bekov", "role", "RESPONDED")));
    return body;
  }

  private long rows() {
    return jdbc.sql("""
        SELECT (SELECT count(*) FROM incident) + (SELECT count(*) FROM incident_prisoner)
             + (SELECT count(*) FROM incident_addition) + (SELECT count(*) FROM incident_staff)""")
        .query(Long.class).single();
  }

  private boolean reviewDue(UUID prisoner) {
    return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM assessment_due WHERE prisoner_id = ? AND purpose = 'EXTREMISM_RISK_NEEDS'
                       AND closed_at IS NULL AND 'SERIOUS_INCIDENT' = ANY(reasons))""")
        .param(prisoner).query(Boolean.class).single();
  }

  @Test
  void aSeriousIncidentMakesAReviewOfEachInvolvedPrisonersAssessmentDueInTheSameTransaction() {
    var prisoners = assessedIn("IK-47", 2);
    assertThat(prisoners).hasSize(2);
    assertThat(reviewDue(prisoners.get(0))).isFalse();
    var officer = signedIn("officer", "en");
    var created = ok(send(officer, "POST", "/api/v1/incidents?submit=true", report(true, prisoners.get(0),
        prisoners.get(1))), 201);
    assertThat(created.get("caseNumber").asString()).matches("KG-INC-\\d{4}-\\d{6}");
    assertThat(created.get("status").asString()).isEqualTo("AWAITING_ANALYSIS");
    assertThat(reviewDue(prisoners.get(0))).isTrue();
    assertThat(reviewDue(prisoners.get(1))).isTrue();

    // Not serious: no review brought forward.
    var others = assessedIn("IK-47", 1);
    ok(send(officer, "POST", "/api/v1/incidents", report(false, others.get(0))), 201);
    assertThat(reviewDue(others.get(0))).isFalse();
  }

  @Test
  void aReportMovesOnlyByTheDeclaredStepsAndAClosedReportIsNeverEdited() {
    var officer = signedIn("officer", "en");
    var governor = signedIn("governor", "en");
    UUID a = heldIn("IK-47", 0);
    var draft = ok(send(officer, "POST", "/api/v1/incidents", report(false, a)), 201);
    String id = draft.get("id").asString();
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");

    // A draft cannot be closed; an officer cannot close at all.
    var illegal = send(governor, "POST", "/api/v1/incidents/" + id + "/close", Map.of("version", 0, "outcome", "x"));
    assertThat(illegal.status()).isEqualTo(409);
    assertThat(json.readTree(illegal.body()).get("type").asString()).isEqualTo("/problems/illegal-transition");
    assertThat(send(officer, "POST", "/api/v1/incidents/" + id + "/close", Map.of("version", 0, "outcome", "x"))
        .status()).isEqualTo(403);
    assertThat(send(governor, "POST", "/api/v1/incidents/" + id + "/return", Map.of("version", 0)).status())
        .isEqualTo(409);

    // A draft is corrected in place; a stale version is refused.
    var correction = report(false, a);
    correction.put("description", "Corrected: a fight after an argument over the television.");
    ok(send(officer, "PUT", "/api/v1/incidents/" + id, Map.of("version", 0, "incident", correction)), 200);
    assertThat(send(officer, "PUT", "/api/v1/incidents/" + id, Map.of("version", 0, "incident", correction)).status())
        .isEqualTo(409);

    ok(send(officer, "POST", "/api/v1/incidents/" + id + "/submit", Map.of("version", 1)), 200);
    assertThat(send(officer, "POST", "/api/v1/incidents/" + id + "/submit", Map.of("version", 2)).status())
        .isEqualTo(409);
    // Once submitted, no correction in place: 409, and nothing changes.
    long before = rows();
    var refused = send(officer, "PUT", "/api/v1/incidents/" + id, Map.of("version", 2, "incident", report(true, a)));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(json.readTree(refused.body()).get("type").asString()).isEqualTo("/problems/incident-not-editable");
    assertThat(rows()).isEqualTo(before);

    // Closing needs an outcome.
    var noOutcome = send(governor, "POST", "/api/v1/incidents/" + id + "/close", Map.of("version", 2));
    assertThat(noOutcome.status()).isEqualTo(400);
    var closed = ok(send(governor, "POST", "/api/v1/incidents/" + id + "/close",
        Map.of("version", 2, "outcome", "Both warned; cameras checked.")), 200);
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("closedBy").asString()).isEqualTo("governor");

    // Closed is final: no step, no correction.
    for (String step : List.of("submit", "close", "return")) {
      var r = send(governor, "POST", "/api/v1/incidents/" + id + "/" + step, Map.of("version", 3, "outcome", "y"));
      assertThat(r.status()).as(step).isEqualTo(409);
    }
    assertThat(send(officer, "PUT", "/api/v1/incidents/" + id, Map.of("version", 3, "incident", report(true, a)))
        .status()).isEqualTo(409);
    assertThat(jdbc.sql("SELECT description FROM incident WHERE id = ?::uuid").param(id).query(String.class).single())
        .startsWith("Corrected");

    // What is learnt later is appended, in order, with who and when.
    ok(send(officer, "POST", "/api/v1/incidents/" + id + "/additions", Map.of("text", "Medical report: bruising.")), 201);
    var withAdditions = ok(send(governor, "POST", "/api/v1/incidents/" + id + "/additions",
        Map.of("text", "CCTV reviewed.")), 201);
    assertThat(withAdditions.get("additions")).hasSize(2);
    assertThat(withAdditions.get("additions").get(0).get("text").asString()).isEqualTo("Medical report: bruising.");
    assertThat(withAdditions.get("additions").get(0).get("addedBy").asString()).isEqualTo("officer");
    assertThat(send(officer, "POST", "/api/v1/incidents/" + id + "/additions", Map.of("text", " ")).status())
        .isEqualTo(400);
    // Not even the database lets an addition or a closed report be changed.
    assertThatThrownBy(() -> jdbc.sql("UPDATE incident_addition SET text = 'rewritten' WHERE incident_id = ?::uuid")
        .param(id).update()).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("UPDATE incident SET description = 'rewritten' WHERE id = ?::uuid")
        .param(id).update()).hasMessageContaining("closed incident");
  }

  @Test
  void unknownPrisonersAndBadInputAreRefusedAtTheirFieldsAndNothingIsWritten() {
    var officer = signedIn("officer", "ru");
    long before = rows();
    var unknown = report(false, UUID.randomUUID());
    var r = send(officer, "POST", "/api/v1/incidents", unknown);
    assertThat(r.status()).isEqualTo(400);
    var fields = new HashMap<String, String>();
    json.readTree(r.body()).get("errors").forEach(e -> fields.put(e.get("field").asString(), e.get("message").asString()));
    assertThat(fields).containsKey("prisoners");
    assertThat(fields.get("prisoners")).contains("Нет осуждённого");
    // Someone held in another facility cannot be named in this one's report.
    var elsewhere = report(false, heldIn("IK-1", 0));
    assertThat(send(officer, "POST", "/api/v1/incidents", elsewhere).status()).isEqualTo(400);
    var empty = send(officer, "POST", "/api/v1/incidents", Map.of("type", "FIGHT"));
    assertThat(empty.status()).isEqualTo(400);
    var missing = new ArrayList<String>();
    json.readTree(empty.body()).get("errors").forEach(e -> missing.add(e.get("field").asString()));
    assertThat(missing).contains("occurredAt", "serious", "description");
    var future = report(false);
    future.put("occurredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
    assertThat(send(officer, "POST", "/api/v1/incidents", future).status()).isEqualTo(400);
    assertThat(rows()).isEqualTo(before);
    assertThat(officer.get("/api/v1/incidents/" + UUID.randomUUID(), "Accept", "application/json").status())
        .isEqualTo(404);
    assertThat(send(officer, "POST", "/api/v1/incidents/" + UUID.randomUUID() + "/additions", Map.of("text", "x"))
        .status()).isEqualTo(404);
  }

  @Test
  void theInspectorReadsEveryFacilitysReportsAndWritesNothing() {
    var ik47 = ok(send(signedIn("officer", "en"), "POST", "/api/v1/incidents?submit=true",
        report(false, heldIn("IK-47", 1))), 201);
    var ik1 = ok(send(signedIn("governor-ik-1", "en"), "POST", "/api/v1/incidents?submit=true",
        report(false, heldIn("IK-1", 1))), 201);
    var inspector = signedIn("inspector", "en");
    var register = ok(inspector.get("/api/v1/incidents", "Accept", "application/json"), 200);
    var ids = new ArrayList<String>();
    register.forEach(i -> ids.add(i.get("id").asString()));
    assertThat(ids).contains(ik47.get("id").asString(), ik1.get("id").asString());
    assertThat(inspector.get("/incidents").status()).isEqualTo(200);
    assertThat(inspector.get("/incidents/" + ik1.get("id").asString()).status()).isEqualTo(200);
    long before = rows();
    String id = ik47.get("id").asString();
    assertThat(send(inspector, "POST", "/api/v1/incidents", report(false, heldIn("IK-47", 2))).status()).isEqualTo(403);
    assertThat(send(inspector, "POST", "/api/v1/incidents/" + id + "/additions", Map.of("text", "x")).status())
        .isEqualTo(403);
    assertThat(send(inspector, "POST", "/api/v1/incidents/" + id + "/close", Map.of("version", 1, "outcome", "x"))
        .status()).isEqualTo(403);
    assertThat(inspector.get("/incidents/new").status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
    // A governor of another facility neither sees nor reads IK-47's report.
    var other = signedIn("governor-ik-1", "en");
    var theirs = ok(other.get("/api/v1/incidents", "Accept", "application/json"), 200);
    theirs.forEach(i -> assertThat(i.get("facilityCode").asString()).isEqualTo("IK-1"));
    assertThat(other.get("/api/v1/incidents/" + id, "Accept", "application/json").status()).isEqualTo(403);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'INCIDENT' AND resource_id = ? "
        + "AND action = 'READ'").param(ik1.get("id").asString()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anOfficerReportsOnThePageInTheirLanguageAndTheGovernorClosesIt() {
    var officer = signedIn("officer", "ky");
    var form = officer.get("/incidents/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html().select("h1").text()).isEqualTo("Окуя тууралуу билдирүү");
    String number = jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(heldIn("IK-47", 3))
        .query(String.class).single();
    var fields = new HashMap<String, String>(Map.of("type", "THREAT", "occurredOn",
        java.time.LocalDate.now().minusDays(1).toString(), "occurredTime", "10:30", "serious", "no",
        "prisoner-0", number, "prisonerRole-0", "PERPETRATOR", "action", "submit"));
    long before = rows();
    var refused = officer.postForm("/incidents", fields);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select("#description-error").text()).contains("Эмне болгонун сүрөттөңүз");
    assertThat(rows()).isEqualTo(before);
    fields.put("description", "Коркутту.");
    var done = officer.follow(officer.postForm("/incidents", fields));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select("#status").text()).isEqualTo("Талдоону күтүүдө");
    String caseNumber = done.html().select("#case-number").text();
    String id = jdbc.sql("SELECT id FROM incident WHERE case_number = ?").param(caseNumber).query(String.class).single();

    var governor = signedIn("governor", "ru");
    var page = governor.get("/incidents/" + id);
    assertThat(page.html().select("#close-form")).isNotEmpty();
    String version = page.html().select("#close-form input[name=version]").val();
    var closed = governor.follow(governor.postForm("/incidents/" + id + "/close",
        Map.of("version", version, "outcome", "Проведена беседа.")));
    assertThat(closed.html().select("#status").text()).isEqualTo("Закрыт");
    var again = governor.postForm("/incidents/" + id + "/close", Map.of("version", String.valueOf(Integer.parseInt(version) + 1), "outcome", "x"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.html().select("#refusal").text()).contains("закрытый рапорт окончателен");
    var register = governor.get("/incidents");
    assertThat(register.html().select("#incidents tr[data-incident=" + id + "]")).hasSize(1);
  }

  @Test
  void anOfficerCorrectsADraftOnThePageButNeverASubmittedReport() {
    var officer = signedIn("officer", "en");
    var draft = ok(send(officer, "POST", "/api/v1/incidents", report(false, heldIn("IK-47", 4))), 201);
    String id = draft.get("id").asString();
    var form = officer.get("/incidents/" + id + "/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html().select("#description").text()).startsWith("Two prisoners fought");
    var fields = new HashMap<String, String>();
    form.html().select("#incident-form input[name], #incident-form select[name], #incident-form textarea[name]")
        .forEach(e -> fields.put(e.attr("name"), e.tagName().equals("select")
            ? e.select("option[selected]").val() : e.tagName().equals("textarea") ? e.text() : e.val()));
    form.html().select("#incident-form input[type=radio][checked]").forEach(e -> fields.put(e.attr("name"), e.val()));
    fields.put("description", "Corrected on the page: the fight began over a debt.");
    var corrected = officer.follow(officer.postForm("/incidents/" + id + "/edit", fields));
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(corrected.html().select("#description").text()).isEqualTo(fields.get("description"));
    assertThat(corrected.html().select("#prisoners a")).hasSize(1);

    ok(send(officer, "POST", "/api/v1/incidents/" + id + "/submit", Map.of("version", 1)), 200);
    fields.put("version", "2");
    fields.put("description", "Rewritten after submission");
    var refused = officer.postForm("/incidents/" + id + "/edit", fields);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.html().select("#refusal").text()).contains("Only a draft can be corrected");
    assertThat(jdbc.sql("SELECT description FROM incident WHERE id = ?::uuid").param(id).query(String.class).single())
        .startsWith("Corrected on the page");
  }
}
