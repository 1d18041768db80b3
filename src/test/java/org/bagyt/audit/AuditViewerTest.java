package org.bagyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Administrators and the inspector see, filter, page through and download the trail; looking is recorded too. */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewerTest extends IntegrationTest {

  private static final UUID PRISONER = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek")).toString();

  @Autowired
  AuditTrail trail;

  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  void eventsToLookAt() {
    for (int i = 0; i < 60; i++) {
      trail.record("pager", AuditEvent.read("FACILITY", "page-" + i));
    }
    trail.record("assessor", AuditEvent.read("PRISONER_FILE", PRISONER).forPrisoner(PRISONER).withPurpose("review"));
    client().signIn("=HYPERLINK(\"http://evil\")", "whatever");
  }

  private WebClient admin;

  /** One signed-in administrator for the tests that only read: signing in costs a password hash each time. */
  private WebClient admin() {
    if (admin == null) {
      admin = signedIn("admin");
    }
    return admin;
  }

  private WebClient signedIn(String username) {
    var client = client().acceptLanguage("en");
    client.signIn(username, DemoData.DEMO_PASSWORD);
    return client;
  }

  private JsonNode api(WebClient client, String path) {
    var response = client.get(path, "Accept", "application/json");
    assertThat(response.status()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private AuditEvents events() {
    return new AuditEvents(jdbc);
  }

  @ParameterizedTest(name = "{0} may view, download and verify the trail")
  @ValueSource(strings = {"admin", "inspector"})
  void administratorsAndTheInspectorMay(String username) {
    var client = signedIn(username);
    for (String path : List.of("/audit", "/audit/export.csv", "/audit/verify")) {
      assertThat(client.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(client.get("/api/v1/audit/events", "Accept", "application/json").status()).isEqualTo(200);
    assertThat(client.get("/api/v1/audit/verify", "Accept", "application/json").status()).isEqualTo(200);
    assertThat(client.get("/").html().select(".govuk-service-navigation__link").eachAttr("href")).contains("/audit");
  }

  @ParameterizedTest(name = "{0} may not")
  @ValueSource(strings = {"hq", "officer", "governor"})
  void nobodyElseMay(String username) {
    var client = signedIn(username);
    for (String path : List.of("/audit", "/audit/export.csv", "/audit/verify", "/api/v1/audit/events",
        "/api/v1/audit/verify")) {
      assertThat(client.get(path).status()).as(path).isEqualTo(403);
    }
    assertThat(client.get("/").html().select(".govuk-service-navigation__link").eachAttr("href"))
        .doesNotContain("/audit");
  }

  @Test
  void someoneNotSignedInIsAskedToSignIn() {
    assertThat(client().get("/audit").status()).isEqualTo(302);
    assertThat(client().get("/api/v1/audit/verify", "Accept", "application/json").status()).isEqualTo(401);
  }

  @Test
  void theTrailIsShownNewestFirstInTheUsersLanguage() {
    var page = signedIn("admin").get("/audit").html();
    assertThat(page.selectFirst("h1").text()).isEqualTo("Audit trail");
    var rows = page.select("#audit-events tbody tr");
    assertThat(rows).hasSize(50);
    assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("admin");
    assertThat(rows.get(0).select("td").get(3).text()).isEqualTo("Signed in");

    var russian = signedIn("inspector").get("/audit?lang=ru").html();
    assertThat(russian.selectFirst("h1").text()).isEqualTo("Журнал аудита");
  }

  @Test
  void theActionFilterOffersWhatEveryModuleRecordsInTheUsersLanguage() {
    var options = signedIn("inspector").get("/audit?lang=ru").html().select("#action option");
    assertThat(options.eachAttr("value")).contains("SIGN_IN", "KEEP_APART_RECORDED", "INCIDENT_REPORTED",
        "COMPLAINT_REFERRED", "INTELLIGENCE_MADE_USABLE", "ALLOCATION_POLICY_SET");
    assertThat(options.select("option[value=INCIDENT_REPORTED]").text()).isEqualTo("Сообщено о происшествии");
    assertThat(options.select("option[value=ALLOCATION_POLICY_SET]").text()).isEqualTo("Политика размещения установлена");
    assertThat(options.eachAttr("value")).doesNotHaveDuplicates();
  }

  @Test
  void filteringByUserShowsOnlyThatPersonsEvents() {
    var page = admin().get("/audit?user=assessor").html();
    var rows = page.select("#audit-events tbody tr");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("assessor");
    assertThat(rows.get(0).select("td").get(7).text()).isEqualTo("review");
    assertThat(page.selectFirst("#user").val()).isEqualTo("assessor");
  }

  @Test
  void filteringByPrisonerActionAndDaysCombines() {
    var client = signedIn("inspector");
    var found = api(client, "/api/v1/audit/events?prisoner=" + PRISONER + "&action=READ&from=" + TODAY + "&to=" + TODAY);
    assertThat(found.get("events")).hasSize(1);
    assertThat(found.get("events").get(0).get("actor").asString()).isEqualTo("assessor");
    var yesterday = LocalDate.parse(TODAY).minusDays(1);
    var none = api(client, "/api/v1/audit/events?prisoner=" + PRISONER + "&to=" + yesterday);
    assertThat(none.get("events")).isEmpty();
    assertThat(client.get("/audit?action=APPROVED").html().selectFirst("#audit-none").text())
        .isEqualTo("No events match this filter.");
  }

  @Test
  void pagesGoBackInTimeAndKeepTheFilter() {
    var client = admin();
    var first = client.get("/audit?user=pager").html();
    assertThat(first.select("#audit-events tbody tr")).hasSize(50);
    assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/audit?user=pager&page=2");
    assertThat(first.selectFirst("a[rel=prev]")).isNull();
    var second = client.get("/audit?user=pager&page=2").html();
    assertThat(second.select("#audit-events tbody tr")).hasSize(10);
    assertThat(second.select("#audit-events tbody tr").last().select("td").get(4).text()).contains("page-0");
    assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/audit?user=pager&page=1");
    assertThat(second.selectFirst("a[rel=next]")).isNull();
  }

  @Test
  void lookingAtTheTrailIsItselfRecordedWithTheFilterUsed() {
    signedIn("inspector").get("/audit?user=pager&page=2");
    var event = events().last();
    assertThat(event.action()).isEqualTo(AuditActions.AUDIT_VIEWED);
    assertThat(event.actor()).isEqualTo("inspector");
    assertThat(event.resourceId()).isEqualTo("user=pager;page=2");
    assertThat(event.clientAddress()).isNotBlank();

    api(signedIn("admin"), "/api/v1/audit/events?prisoner=" + PRISONER);
    assertThat(events().last().prisonerId()).isEqualTo(PRISONER);
  }

  @Test
  void theDownloadHoldsEverySelectedEventWithItsHashes() throws IOException {
    var response = admin().get("/audit/export.csv?user=pager");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("text/csv");
    assertThat(response.header("Content-Disposition")).startsWith("attachment").contains(".csv");
    var records = csv(response.body());
    assertThat(records).hasSize(60);
    assertThat(records.get(0).get("actor")).isEqualTo("pager");
    assertThat(records.get(0).get("resource_id")).isEqualTo("page-0");
    assertThat(records.get(0).get("hash")).hasSize(64);
  }

  @Test
  void downloadingIsRecordedBeforeAnythingLeaves() {
    signedIn("inspector").get("/audit/export.csv?action=SIGN_IN_FAILED");
    var event = events().lastOf(AuditActions.AUDIT_EXPORTED);
    assertThat(event.actor()).isEqualTo("inspector");
    assertThat(event.resourceId()).isEqualTo("action=SIGN_IN_FAILED");
  }

  @Test
  void aNameTypedAsASpreadsheetFormulaIsNotAFormulaInTheDownload() throws IOException {
    var records = csv(admin().get("/audit/export.csv?action=SIGN_IN_FAILED").body());
    assertThat(records).extracting(r -> r.get("actor")).contains("'=HYPERLINK(\"http://evil\")");
  }

  private List<CSVRecord> csv(String body) throws IOException {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(body)).getRecords();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"from=2026-13-45", "from=yesterday", "to=01.03.2026", "prisoner=not-a-uuid",
      "prisoner=%27%20OR%201%3D1%20--", "user=%27%20OR%201%3D1%20--", "user=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "action=read", "action=READ%3BDROP%20TABLE%20audit_event", "page=0", "page=abc", "page=99999999"})
  void areRefusedWithAClearAnswerAndChangeNothing(String query, CapturedOutput output) {
    var client = admin();
    long before = events().count();
    var page = client.get("/audit?" + query);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("The request could not be understood");
    assertThat(page.body()).doesNotContain("<script>alert");
    var api = client.get("/api/v1/audit/events?" + query, "Accept", "application/json");
    assertThat(api.status()).isEqualTo(400);
    assertThat(json.readTree(api.body()).get("type").asString()).isEqualTo("/problems/invalid-audit-filter");
    String exportQuery = query.startsWith("page=") ? "from=x" : query;
    assertThat(client.get("/audit/export.csv?" + exportQuery).status()).isEqualTo(400);
    assertThat(events().count()).isEqualTo(before);
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.");
  }

  @Test
  void aStartAfterTheEndIsRefused() {
    var client = admin();
    var page = client.get("/audit?from=2026-03-02&to=2026-03-01");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html().selectFirst("main p").text()).isEqualTo("The start date is after the end date. Nothing was changed.");
    var api = client.get("/api/v1/audit/events?from=2026-03-02&to=2026-03-01", "Accept", "application/json");
    assertThat(json.readTree(api.body()).get("type").asString()).isEqualTo("/problems/invalid-date-range");
  }

  @Test
  void aLongUserNameIsRefusedAndAHundredKilobyteOneIsTooLongAnAddress() {
    var client = admin();
    assertThat(client.get("/audit?user=" + "a".repeat(5000)).status()).isEqualTo(400);
    assertThat(client.get("/audit?user=" + "a".repeat(100 * 1024)).status()).isEqualTo(414);
  }
}
