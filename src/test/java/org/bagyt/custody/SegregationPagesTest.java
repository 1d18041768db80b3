package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * Segregation through the API and the pages, as each role uses it: the register scoped by facility, the inspector
 * reading everything and changing nothing, refusals as problems in the user's language with nothing written.
 */
class SegregationPagesTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  Segregation segregation;

  private SegregationFixtures fixtures;
  private LocalDate today;

  @BeforeEach
  void setUp() {
    fixtures = new SegregationFixtures(jdbc);
    today = segregation.today();
  }

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/prisoners");
    return client;
  }

  private WebClient.Response post(WebClient client, String path, Map<String, Object> body) {
    return client.send("POST", path, json.writeValueAsString(body), "application/json", "Accept", "application/json");
  }

  private JsonNode getJson(WebClient client, String path) {
    var r = client.get(path, "Accept", "application/json");
    assertThat(r.status()).as(path).isEqualTo(200);
    return json.readTree(r.body());
  }

  private Map<String, Object> lawful(String type, int days) {
    var body = new HashMap<String, Object>();
    body.put("type", type);
    body.put("reason", "Threatened others on the wing");
    body.put("endsOn", today.plusDays(days - 1L).toString());
    body.put("reviewOn", today.plusDays(days - 1L).toString());
    body.put("healthDeclaredBy", "Nurse Asanova");
    body.put("disabilityWorsened", false);
    body.put("disabilityNote", "No disability");
    return body;
  }

  @Test
  void theRegisterShowsEachGovernorTheirFacilityAndHeadquartersAndTheInspectorTheWholeService() {
    var governor = getJson(signedIn("governor", "en"), "/api/v1/segregation");
    var inspector = getJson(signedIn("inspector", "en"), "/api/v1/segregation");
    var hq = getJson(signedIn("hq", "en"), "/api/v1/segregation");
    var governorIk1 = getJson(signedIn("governor-ik-1", "en"), "/api/v1/segregation");
    assertThat(governor.size()).isGreaterThanOrEqualTo(4);
    governor.forEach(r -> assertThat(r.get("facilityCode").asString()).isEqualTo("IK-47"));
    governorIk1.forEach(r -> assertThat(r.get("facilityCode").asString()).isEqualTo("IK-1"));
    var facilities = new java.util.TreeSet<String>();
    inspector.forEach(r -> facilities.add(r.get("facilityCode").asString()));
    assertThat(facilities).contains("IK-47", "IK-1", "IK-16").hasSizeGreaterThanOrEqualTo(3);
    assertThat(hq.size()).isEqualTo(inspector.size()).isGreaterThan(governor.size());
    // The demo's orders near their limits: day 13 of a disciplinary one, day 15 with the review due, a missed visit.
    var days = new java.util.ArrayList<String>();
    governor.forEach(r -> days.add(r.get("type").asString() + " day " + r.get("dayNumber").asLong()
        + " review " + r.get("daysToReview").asLong() + " missed " + r.get("missedVisits").asInt()));
    assertThat(days).contains("DISCIPLINARY day 13 review 1 missed 0", "ADMINISTRATIVE day 15 review 0 missed 0",
        "PROTECTIVE day 5 review 5 missed 1");
  }

  @Test
  void theInspectorReadsEveryOrderButCannotChangeAny() {
    var inspector = signedIn("inspector", "en");
    var register = getJson(inspector, "/api/v1/segregation");
    String orderId = register.get(0).get("orderId").asString();
    var order = getJson(inspector, "/api/v1/segregation/" + orderId);
    assertThat(order.get("order").get("id").asString()).isEqualTo(orderId);
    assertThat(inspector.get("/segregation").status()).isEqualTo(200);
    assertThat(inspector.get("/segregation/" + orderId).status()).isEqualTo(200);
    UUID prisoner = fixtures.adult("IK-47", "MALE");
    long before = fixtures.rows();
    assertThat(post(inspector, "/api/v1/prisoners/" + prisoner + "/segregation", lawful("PROTECTIVE", 5)).status())
        .isEqualTo(403);
    assertThat(post(inspector, "/api/v1/segregation/" + orderId + "/days",
        Map.of("contactHours", 1, "outOfCellHours", 1)).status()).isEqualTo(403);
    assertThat(post(inspector, "/api/v1/segregation/" + orderId + "/review", Map.of("version", 0)).status()).isEqualTo(403);
    assertThat(post(inspector, "/api/v1/segregation/" + orderId + "/end", Map.of("version", 0, "reason", "x")).status())
        .isEqualTo(403);
    assertThat(fixtures.rows()).isEqualTo(before);
    // A governor of another facility cannot open this one's orders either.
    var other = signedIn("governor-ik-1", "en");
    String ik47 = getJson(signedIn("governor", "en"), "/api/v1/segregation").get(0).get("orderId").asString();
    assertThat(other.get("/api/v1/segregation/" + ik47, "Accept", "application/json").status()).isEqualTo(403);
  }

  @Test
  void refusalsAnswerInTheUsersLanguageAndWriteNothing() {
    UUID woman = fixtures.adult("IK-2", "FEMALE");
    var expected = Map.of("ky", "Бангкок эрежеси 22", "ru", "Бангкокское правило 22", "en", "Bangkok Rule 22");
    for (var language : expected.entrySet()) {
      var governor = signedIn("governor-ik-2", language.getKey());
      var body = lawful("DISCIPLINARY", 5);
      body.putAll(Map.of("pregnant", true, "breastfeeding", false, "withInfant", false));
      long before = fixtures.rows();
      var r = post(governor, "/api/v1/prisoners/" + woman + "/segregation", body);
      assertThat(r.status()).isEqualTo(409);
      var problem = json.readTree(r.body());
      assertThat(problem.get("type").asString()).isEqualTo("/problems/pregnant");
      assertThat(problem.get("detail").asString()).contains(language.getValue());
      assertThat(fixtures.rows()).isEqualTo(before);
    }
    var texts = Map.of("ky", "15-күндөн ары уланбайт", "ru", "после 15-го дня", "en", "past day 15");
    UUID man = fixtures.adult("IK-47", "MALE");
    for (var language : texts.entrySet()) {
      var governor = signedIn("governor", language.getKey());
      var body = lawful("ADMINISTRATIVE", 16);
      body.put("reviewOn", today.plusDays(10).toString());
      var r = post(governor, "/api/v1/prisoners/" + man + "/segregation", body);
      assertThat(r.status()).isEqualTo(409);
      assertThat(json.readTree(r.body()).get("detail").asString()).contains(language.getValue());
      var missing = post(governor, "/api/v1/prisoners/" + man + "/segregation", Map.of("type", "DISCIPLINARY"));
      assertThat(missing.status()).isEqualTo(400);
      var fields = new java.util.ArrayList<String>();
      json.readTree(missing.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
      assertThat(fields).contains("reason", "endsOn", "reviewOn", "healthDeclaredBy", "disabilityWorsened");
    }
  }

  @Test
  void aGovernorOrdersSegregationOnThePageAnOfficerLogsADayAndHeadquartersRecordsTheReview() {
    UUID prisoner = fixtures.adult("IK-47", "MALE");
    var governor = signedIn("governor", "ky");
    var form = governor.get("/prisoners/" + prisoner + "/segregation/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html().select("h1").text()).isEqualTo("Бөлүп кармоону дайындоо");
    // Without a planned end: the form again, the reason at its field, nothing written.
    long before = fixtures.rows();
    var fields = new HashMap<String, String>(Map.of("type", "ADMINISTRATIVE", "reason", "Threats on the wing",
        "startsOn", today.toString(), "reviewOn", today.plusDays(5).toString(), "healthDeclaredBy", "Nurse Asanova",
        "disabilityWorsened", "no", "disabilityNote", "No disability"));
    var refused = governor.postForm("/prisoners/" + prisoner + "/segregation", fields);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select("#endsOn-error").text()).contains("мөөнөтсүз буйрук болбойт");
    assertThat(fixtures.rows()).isEqualTo(before);
    fields.put("endsOn", today.plusDays(9).toString());
    var tooLate = governor.postForm("/prisoners/" + prisoner + "/segregation",
        new HashMap<>(Map.of("type", "ADMINISTRATIVE", "reason", "Threats", "startsOn", today.toString(),
            "endsOn", today.plusDays(20).toString(), "reviewOn", today.plusDays(5).toString(),
            "healthDeclaredBy", "Nurse", "disabilityWorsened", "no", "disabilityNote", "None")));
    assertThat(tooLate.status()).isEqualTo(409);
    assertThat(tooLate.html().select("#refusal").text()).contains("15-күндөн ары уланбайт");
    var done = governor.follow(governor.postForm("/prisoners/" + prisoner + "/segregation", fields));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select("#status").text()).isEqualTo("Күчүндө");
    String orderId = jdbc.sql("SELECT id FROM segregation_order WHERE prisoner_id = ?").param(prisoner)
        .query(String.class).single();

    var officer = signedIn("officer", "ru");
    officer.get("/segregation/" + orderId);
    var logged = officer.follow(officer.postForm("/segregation/" + orderId + "/days", Map.of("day", today.toString(),
        "contactHours", "1,5".replace(',', '.'), "outOfCellHours", "1", "healthVisitBy", "Медсестра Асанова Г.")));
    assertThat(logged.status()).isEqualTo(200);
    assertThat(logged.html().select("#solitary-days").text()).isEqualTo("1");
    assertThat(logged.html().select("#review-form")).isEmpty();

    var hq = signedIn("hq", "en");
    var page = hq.get("/segregation/" + orderId);
    assertThat(page.html().select("#review-form")).isNotEmpty();
    assertThat(page.html().select("#log-form")).isEmpty();
    var reviewed = hq.follow(hq.postForm("/segregation/" + orderId + "/review", Map.of("version", "0",
        "reviewerName", "N. Abdykadyrov", "reviewerRole", "Prosecutor", "decision", "CONTINUE",
        "reasons", "Still a risk", "reviewEndsOn", today.plusDays(14).toString(),
        "nextReviewOn", today.plusDays(12).toString())));
    assertThat(reviewed.status()).isEqualTo(200);
    assertThat(reviewed.html().select("#status").text()).isEqualTo("Continued by independent decision");
    var register = hq.get("/segregation");
    assertThat(register.status()).isEqualTo(200);
    assertThat(register.html().select("#register tr[data-order=" + orderId + "]")).hasSize(1);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('SEGREGATION_ORDERED', "
        + "'SEGREGATION_DAY_LOGGED', 'SEGREGATION_REVIEWED') AND resource_id = ?").param(orderId)
        .query(Long.class).single()).isEqualTo(3);
  }
}
