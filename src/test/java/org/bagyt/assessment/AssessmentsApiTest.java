package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.staff.Accreditations;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The assessments API: the workflow in JSON, every read with the same need to know as the pages. */
class AssessmentsApiTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  Accreditations accreditations;

  @Autowired
  Instruments instruments;

  @BeforeEach
  void assessorsAreAccredited() {
    Assessors.prepare(jdbc, accreditations);
  }

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/"); // a page, for a current CSRF token
    return client;
  }

  private WebClient.Response get(WebClient client, String path) {
    return client.get(path, "Accept", "application/json");
  }

  private WebClient.Response post(WebClient client, String path, Object body) {
    return client.send("POST", path, json.writeValueAsString(body), "application/json", "Accept", "application/json");
  }

  private JsonNode body(WebClient.Response r) {
    return json.readTree(r.body());
  }

  /** The complete form as the API's entry: ratings, judgements, sources. */
  private Map<String, Object> entry(String words, Map<String, String> ratings) {
    var form = Assessors.completeRiskNeedsForm(instruments, words);
    var r = new LinkedHashMap<String, Object>();
    var j = new LinkedHashMap<String, Object>();
    form.forEach((field, value) -> {
      if (field.startsWith("rating-")) {
        String code = field.substring("rating-".length());
        r.put(code, Map.of("rating", ratings.getOrDefault(code, value), "rationale", form.get("rationale-" + code)));
      } else if (field.startsWith("level-")) {
        String code = field.substring("level-".length());
        j.put(code, Map.of("level", value, "rationale", form.get("judgement-rationale-" + code)));
      }
    });
    var entry = new LinkedHashMap<String, Object>();
    entry.put("ratings", r);
    entry.put("judgements", j);
    entry.put("sources", List.of("INTERVIEW", "FILE_REVIEW"));
    entry.put("plan", List.of());
    return entry;
  }

  @Test
  void anAssessmentIsStartedWrittenReturnedAndCountersignedThroughTheApi() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    var assessor = signedIn("assessor");
    var second = signedIn("assessor2");

    var instrumentList = body(get(assessor, "/api/v1/assessment-instruments"));
    assertThat(instrumentList.findValuesAsString("id")).contains(Assessors.RISK_NEEDS, Assessors.SCREENING);
    assertThat(instrumentList.get(0).get("name").get("ky").asString()).isNotBlank();

    var started = post(assessor, "/api/v1/prisoners/" + prisoner + "/assessments", Map.of("instrumentId", Assessors.RISK_NEEDS));
    assertThat(started.status()).isEqualTo(201);
    JsonNode created = body(started);
    UUID id = UUID.fromString(created.get("assessment").get("id").asString());
    assertThat(started.header("Location")).endsWith("/api/v1/assessments/" + id);
    assertThat(created.get("assessment").get("status").asString()).isEqualTo("DRAFT");
    assertThat(created.get("allowed").get("edit").asBoolean()).isTrue();
    int version = created.get("assessment").get("version").asInt();

    var again = post(assessor, "/api/v1/prisoners/" + prisoner + "/assessments", Map.of("instrumentId", Assessors.RISK_NEEDS));
    assertThat(again.status()).isEqualTo(409);
    assertThat(body(again).get("type").asString()).isEqualTo("/problems/assessment-open");

    var saved = post(assessor, "/api/v1/assessments/" + id + "/draft",
        Map.of("version", version, "entry", Map.of("ratings", Map.of("BA1", Map.of("rating", "LOW")))));
    assertThat(saved.status()).isEqualTo(200);
    int next = body(saved).get("version").asInt();
    assertThat(next).isEqualTo(version + 1);

    var stale = post(assessor, "/api/v1/assessments/" + id + "/draft", Map.of("version", version, "entry", Map.of()));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(body(stale).get("type").asString()).isEqualTo("/problems/stale-edit");

    var incomplete = post(assessor, "/api/v1/assessments/" + id + "/submission", Map.of("version", next));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(body(incomplete).get("errors").findValuesAsString("field")).contains("rating-BA2", "rationale-BA1",
        "level-violence", "sources");
    var noVersion = post(assessor, "/api/v1/assessments/" + id + "/submission", Map.of());
    assertThat(noVersion.status()).isEqualTo(400);
    var malformed = assessor.send("POST", "/api/v1/assessments/" + id + "/draft",
        "{\"version\": 1, \"entry\": {\"sources\": [\"RUMOUR\"]}}", "application/json", "Accept", "application/json");
    assertThat(malformed.status()).isEqualTo(400);

    var submitted = post(assessor, "/api/v1/assessments/" + id + "/submission",
        Map.of("version", next, "entry", entry("Heard in interview", Map.of())));
    assertThat(submitted.status()).isEqualTo(200);
    next = body(submitted).get("version").asInt();

    var own = post(assessor, "/api/v1/assessments/" + id + "/countersignature", Map.of("version", next));
    assertThat(own.status()).isEqualTo(403);
    assertThat(body(own).get("type").asString()).isEqualTo("/problems/countersign-own");

    var noComment = post(second, "/api/v1/assessments/" + id + "/return", Map.of("version", next));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(body(noComment).get("errors").get(0).get("field").asString()).isEqualTo("comment");
    var returned = post(second, "/api/v1/assessments/" + id + "/return", Map.of("version", next, "comment", "Name the sources"));
    assertThat(returned.status()).isEqualTo(200);
    next = body(returned).get("version").asInt();
    next = body(post(assessor, "/api/v1/assessments/" + id + "/submission", Map.of("version", next))).get("version").asInt();
    var signed = post(second, "/api/v1/assessments/" + id + "/countersignature", Map.of("version", next));
    assertThat(signed.status()).isEqualTo(200);

    var read = get(second, "/api/v1/assessments/" + id);
    assertThat(read.status()).isEqualTo(200);
    JsonNode shown = body(read);
    assertThat(shown.get("assessment").get("status").asString()).isEqualTo("COUNTERSIGNED");
    assertThat(shown.get("assessment").get("countersignedBy").asString()).isEqualTo("assessor2");
    assertThat(shown.get("assessment").get("levels").get("violence").asString()).isEqualTo("LOW");
    assertThat(shown.get("ratings").get("BA1").get("rating").asString()).isEqualTo("LOW");
    assertThat(shown.get("ratings").get("BA1").get("rationale").asString()).isEqualTo("Heard in interview BA1");
    assertThat(shown.get("judgements").get("influence").get("level").asString()).isEqualTo("LOW");
    assertThat(shown.get("sources").get(1).asString()).isEqualTo("FILE_REVIEW");
    assertThat(shown.get("plan").isEmpty()).isTrue();
    assertThat(shown.get("steps").findValuesAsString("to")).containsExactly("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED",
        "COUNTERSIGNED");
    assertThat(shown.get("steps").get(2).get("comment").asString()).isEqualTo("Name the sources");
    assertThat(shown.get("notice").isNull()).isTrue();
    assertThat(shown.get("appeals").isEmpty()).isTrue();
    assertThat(shown.get("allowed").get("print").asBoolean()).isTrue();

    var list = body(get(signedIn("governor"), "/api/v1/prisoners/" + prisoner + "/assessments"));
    assertThat(list.get("assessments").get(0).get("id").asString()).isEqualTo(id.toString());
    assertThat(list.get("due").findValuesAsString("purpose")).contains("EXTREMISM_RISK_NEEDS");
    assertThat(list.get("due").get(0).get("reasons").get(0).asString()).isEqualTo("SCHEDULED");
  }

  @Test
  void theDueListAnswersForTheCallersScopeAndRefusesAnImpossibleWindow() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    jdbc.sql("DELETE FROM assessment_due WHERE prisoner_id = ?").param(prisoner).update();
    jdbc.sql("""
        INSERT INTO assessment_due (prisoner_id, purpose, due_on, reasons, raised_at)
        VALUES (?, 'EXTREMISM_RISK_NEEDS', current_date - 5, ARRAY['NEW_INTELLIGENCE'], now())""").param(prisoner).update();
    var due = get(signedIn("governor"), "/api/v1/assessments/due");
    assertThat(due.status()).isEqualTo(200);
    JsonNode item = null;
    for (JsonNode d : body(due)) {
      if (d.get("prisonerId").asString().equals(prisoner.toString())) {
        item = d;
      }
    }
    assertThat(item).isNotNull();
    assertThat(item.get("overdue").asBoolean()).isTrue();
    assertThat(item.get("facilityCode").asString()).isEqualTo("IK-47");
    assertThat(item.get("reasons").get(0).asString()).isEqualTo("NEW_INTELLIGENCE");

    var hq = signedIn("hq");
    String sizo = jdbc.sql("SELECT id FROM facility WHERE code = 'SIZO-1'").query(String.class).single();
    assertThat(body(get(hq, "/api/v1/assessments/due?within=30&facility=" + sizo)).findValuesAsString("prisonerId"))
        .doesNotContain(prisoner.toString());
    assertThat(body(get(hq, "/api/v1/assessments/due?within=30")).findValuesAsString("prisonerId"))
        .contains(prisoner.toString());
    var window = get(hq, "/api/v1/assessments/due?within=400");
    assertThat(window.status()).isEqualTo(400);
    assertThat(body(window).get("type").asString()).isEqualTo("/problems/invalid-window");
    assertThat(get(hq, "/api/v1/assessments/due?facility=nonsense").status()).isEqualTo(400);
  }

  @Test
  void withoutAssessmentReadEveryEndpointIsRefused() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    var officer = signedIn("officer");
    for (String path : List.of("/api/v1/assessment-instruments", "/api/v1/assessments/due",
        "/api/v1/prisoners/" + prisoner + "/assessments", "/api/v1/assessments/" + UUID.randomUUID())) {
      var refused = get(officer, path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
    var start = post(officer, "/api/v1/prisoners/" + prisoner + "/assessments", Map.of("instrumentId", Assessors.RISK_NEEDS));
    assertThat(start.status()).isEqualTo(403);
    // A reader without assessment.write cannot start one either.
    var governor = post(signedIn("governor"), "/api/v1/prisoners/" + prisoner + "/assessments",
        Map.of("instrumentId", Assessors.RISK_NEEDS));
    assertThat(governor.status()).isEqualTo(403);
    assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE prisoner_id = ?").param(prisoner).query(Long.class).single())
        .isZero();
    // Outside one's facilities, an assessment is not read.
    UUID elsewhere = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = 'SIZO-1'
        AND p.released_at IS NULL ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    var outside = get(signedIn("assessor"), "/api/v1/prisoners/" + elsewhere + "/assessments");
    assertThat(outside.status()).isEqualTo(403);
    assertThat(body(outside).get("type").asString()).isEqualTo("/problems/outside-scope");
  }
}
