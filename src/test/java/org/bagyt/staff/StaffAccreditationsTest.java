package org.bagyt.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bagyt.staff.TestInstruments.INSTRUMENT;
import static org.bagyt.staff.TestInstruments.OTHER;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording, checking and withdrawing accreditations as administrators and headquarters do, through the person's
 * page and the API. Each test accredits its own person, so that the tests share one database.
 */
@Import(TestInstruments.class)
class StaffAccreditationsTest extends IntegrationTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  Accreditations accreditations;

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/staff"); // a page, for a current CSRF token
    return client;
  }

  private WebClient.Response post(WebClient client, String username, Map<String, Object> body) {
    return client.send("POST", "/api/v1/staff/" + username + "/accreditations", json.writeValueAsString(body),
        "application/json", "Accept", "application/json");
  }

  private long rows() {
    return jdbc.sql("SELECT count(*) FROM accreditation").query(Long.class).single();
  }

  private long audited(String action) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ?").param(action).query(Long.class).single();
  }

  private static String text(String language, String key) {
    var p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/staff_" + language + ".properties"),
        StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p.getProperty(key);
  }

  private static Map<String, Object> body(String instrument, LocalDate issued, LocalDate expires, String issuer) {
    var body = new LinkedHashMap<String, Object>();
    body.put("instrumentId", instrument);
    body.put("issuedOn", issued == null ? null : issued.toString());
    body.put("expiresOn", expires == null ? null : expires.toString());
    body.put("issuer", issuer);
    return body;
  }

  @Test
  void anAdministratorRecordsAnAccreditationOnThePersonsPage() {
    var admin = signedIn("admin", "en");
    var page = admin.get("/staff/assessor");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("#instrumentId option").eachText()).startsWith("Choose an instrument")
        .contains("Other instrument", "Test instrument");
    assertThat(page.html().selectFirst("#expiresOn-hint").text()).contains("2 years after the day of issue");
    long recorded = audited("ACCREDITATION_RECORDED");

    var sent = admin.postForm("/staff/assessor/accreditations", Map.of("instrumentId", INSTRUMENT,
        "issuedOn", TODAY.minusDays(10).toString(), "expiresOn", "", "issuer", "  National training centre "));
    assertThat(sent.status()).isEqualTo(302);
    var done = admin.follow(sent);
    assertThat(done.html().selectFirst(".govuk-notification-banner__heading").text()).isEqualTo("Accreditation recorded.");
    var row = done.html().selectFirst("#accreditations tr.accreditation");
    assertThat(row.text()).contains("Test instrument", "In force", "National training centre", "admin");

    var stored = jdbc.sql("SELECT issued_on, expires_on, issuer, recorded_by FROM accreditation WHERE username = 'assessor' AND instrument_id = '" + INSTRUMENT + "'")
        .query().singleRow();
    assertThat(stored).containsEntry("issuer", "National training centre").containsEntry("recorded_by", "admin");
    assertThat(((java.sql.Date) stored.get("expires_on")).toLocalDate()).isEqualTo(TODAY.minusDays(10).plusYears(2));
    assertThat(audited("ACCREDITATION_RECORDED")).isEqualTo(recorded + 1);
    assertThat(accreditations.accredited("assessor", INSTRUMENT, TODAY)).isTrue();

    var list = admin.get("/staff");
    assertThat(list.html().selectFirst("tr.staff-member[data-username=assessor]").text())
        .contains("Test instrument", "In force");
  }

  @Test
  void headquartersRecordsOneThroughTheApiAndItRunsTwoYearsByDefault() {
    var hq = signedIn("hq", "en");
    LocalDate issued = LocalDate.of(2024, 2, 29);
    var created = post(hq, "analyst", body(INSTRUMENT, issued, null, "Regional training centre"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/staff/analyst/accreditations");
    JsonNode saved = json.readTree(created.body());
    assertThat(saved.get("username").asString()).isEqualTo("analyst");
    assertThat(saved.get("issuedOn").asString()).isEqualTo("2024-02-29");
    assertThat(saved.get("expiresOn").asString()).isEqualTo("2026-02-28");
    assertThat(saved.get("recordedBy").asString()).isEqualTo("hq");

    var read = hq.get("/api/v1/staff/analyst/accreditations", "Accept", "application/json");
    assertThat(read.status()).isEqualTo(200);
    JsonNode list = json.readTree(read.body());
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).get("id").asString()).isEqualTo(saved.get("id").asString());
    assertThat(list.get(0).get("withdrawnAt").isNull()).isTrue();
  }

  @Test
  void anAccreditationIsInForceFromItsIssueToItsExpiryUntilWithdrawn() {
    LocalDate issued = TODAY.minusYears(1);
    accreditations.register(List.of(new NewAccreditation("facilitator", INSTRUMENT, issued, null, "Training centre")),
        "import");
    LocalDate expires = issued.plusYears(2);
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, issued)).isTrue();
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, TODAY)).isTrue();
    assertThat(accreditations.accredited(" Facilitator ", INSTRUMENT, TODAY)).as("a user name as typed").isTrue();
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, expires)).isTrue();
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, expires.plusDays(1))).isFalse();
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, issued.minusDays(1))).isFalse();
    assertThat(accreditations.accredited("facilitator", OTHER, TODAY)).isFalse();
    assertThat(accreditations.accredited("officer", INSTRUMENT, TODAY)).isFalse();
    Accreditation held = accreditations.of("facilitator").get(0);
    assertThat(held.recordedBy()).isEqualTo("import");
    assertThat(held.inForceOn(TODAY)).isTrue();

    var admin = signedIn("admin", "en");
    var page = admin.get("/staff/facilitator");
    String field = "reason-" + held.id();
    String action = "/staff/facilitator/accreditations/" + held.id() + "/withdraw";
    var noReason = admin.postForm(action, Map.of("reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.html().selectFirst("#" + field + "-error").text()).contains("Give the reason for withdrawing");
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, TODAY)).isTrue();
    long withdrawn = audited("ACCREDITATION_WITHDRAWN");

    var done = admin.follow(admin.postForm(action, Map.of("reason", "Certificate revoked by the training centre")));
    assertThat(done.html().selectFirst(".govuk-notification-banner__heading").text()).isEqualTo("Accreditation withdrawn.");
    assertThat(done.html().selectFirst("#accreditations tr.accreditation").text())
        .contains("Withdrawn", "admin", "Certificate revoked by the training centre");
    assertThat(accreditations.accredited("facilitator", INSTRUMENT, TODAY)).isFalse();
    assertThat(accreditations.of("facilitator").get(0).withdrawnBy()).isEqualTo("admin");
    assertThat(audited("ACCREDITATION_WITHDRAWN")).isEqualTo(withdrawn + 1);

    var again = admin.postForm(action, Map.of("reason", "Twice"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.html().selectFirst("#accreditations").text()).doesNotContain("Twice");
    assertThat(audited("ACCREDITATION_WITHDRAWN")).isEqualTo(withdrawn + 1);
    // A withdrawal names the person: another's accreditation is not found under their name.
    assertThat(admin.postForm("/staff/officer/accreditations/" + held.id() + "/withdraw", Map.of("reason", "x")).status())
        .isEqualTo(404);
    assertThat(page.status()).isEqualTo(200);
  }

  /** One bad input, the field it is reported at and the message it is reported with. */
  record Bad(String what, String username, Map<String, Object> body, String field, String key) {}

  @Test
  void eachBadInputIsRefusedAtItsFieldInTheUsersLanguageAndNothingIsWritten() {
    var hq = signedIn("hq", "ru");
    LocalDate issued = TODAY.minusMonths(3);
    var cases = List.of(
        new Bad("unknown user", "nobody-here", body(INSTRUMENT, issued, null, "Centre"), "username", "staff.error.username.unknown"),
        new Bad("unknown instrument", "officer", body("no-such-instrument", issued, null, "Centre"), "instrumentId",
            "staff.error.instrument.unknown"),
        new Bad("no instrument", "officer", body(null, issued, null, "Centre"), "instrumentId", "staff.error.instrument.missing"),
        new Bad("issued in the future", "officer", body(INSTRUMENT, TODAY.plusDays(1), null, "Centre"), "issuedOn",
            "staff.error.issued-on.future"),
        new Bad("no issue date", "officer", body(INSTRUMENT, null, null, "Centre"), "issuedOn", "staff.error.issued-on.missing"),
        new Bad("expiry before issue", "officer", body(INSTRUMENT, issued, issued.minusDays(1), "Centre"), "expiresOn",
            "staff.error.expires-on.not-after-issue"),
        new Bad("expiry on the day of issue", "officer", body(INSTRUMENT, issued, issued, "Centre"), "expiresOn",
            "staff.error.expires-on.not-after-issue"),
        new Bad("blank issuer", "officer", body(INSTRUMENT, issued, null, "   "), "issuer", "staff.error.issuer.missing"),
        new Bad("issuer too long", "officer", body(INSTRUMENT, issued, null, "я".repeat(201)), "issuer",
            "staff.error.issuer.too-long"));
    for (Bad bad : cases) {
      long before = rows();
      var refused = post(hq, bad.username(), bad.body());
      assertThat(refused.status()).as(bad.what()).isEqualTo(400);
      JsonNode problem = json.readTree(refused.body());
      assertThat(problem.get("type").asString()).as(bad.what()).isEqualTo("/problems/invalid-input");
      JsonNode errors = problem.get("errors");
      assertThat(errors.size()).as(bad.what()).isEqualTo(1);
      assertThat(errors.get(0).get("field").asString()).as(bad.what()).isEqualTo(bad.field());
      assertThat(errors.get(0).get("message").asString()).as(bad.what()).isEqualTo(text("ru", bad.key()));
      assertThat(rows()).as(bad.what()).isEqualTo(before);
    }
    assertThat(text("ru", "staff.error.issued-on.future")).isEqualTo("Дата выдачи не может быть в будущем");

    // Every problem at once, in the order of the form.
    var all = post(hq, "nobody-here", body("no-such-instrument", TODAY.plusDays(1), null, ""));
    assertThat(all.status()).isEqualTo(400);
    assertThat(json.readTree(all.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
        .containsExactly("username", "instrumentId", "issuedOn", "issuer");
  }

  @Test
  void anAccreditationOverlappingOneInForceIsRefusedWith409() {
    var hq = signedIn("hq", "ky");
    LocalDate issued = TODAY.minusYears(1);
    assertThat(post(hq, "probation", body(INSTRUMENT, issued, null, "Centre")).status()).isEqualTo(201);
    long before = rows();
    var overlapping = post(hq, "probation", body(INSTRUMENT, TODAY.minusDays(1), null, "Centre"));
    assertThat(overlapping.status()).isEqualTo(409);
    JsonNode problem = json.readTree(overlapping.body());
    assertThat(problem.get("type").asString()).isEqualTo("/problems/accreditation-overlaps");
    assertThat(problem.get("detail").asString()).isEqualTo(text("ky", "staff.error.overlaps"));
    // An earlier one ending on the first day of the one in force overlaps by that day; ending the day before, it does not.
    assertThat(post(hq, "probation", body(INSTRUMENT, issued.minusYears(2), issued, "Centre")).status()).isEqualTo(409);
    assertThat(rows()).isEqualTo(before);
    assertThat(post(hq, "probation", body(INSTRUMENT, issued.minusYears(2), issued.minusDays(1), "Centre")).status())
        .isEqualTo(201);
    assertThat(post(hq, "probation", body(OTHER, TODAY.minusDays(1), null, "Centre")).status())
        .as("another instrument").isEqualTo(201);
    // Once withdrawn, the old one no longer stands in the way of its replacement.
    UUID old = accreditations.of("probation").stream().filter(a -> a.instrumentId().equals(INSTRUMENT)).findFirst()
        .orElseThrow().id();
    hq.get("/staff/probation");
    hq.follow(hq.postForm("/staff/probation/accreditations/" + old + "/withdraw", Map.of("reason", "Renewed")));
    assertThat(post(hq, "probation", body(INSTRUMENT, TODAY.minusDays(1), null, "Centre")).status()).isEqualTo(201);
  }

  @Test
  void theFormShowsEveryProblemAtItsFieldWithWhatWasTyped() {
    var admin = signedIn("admin", "ky");
    admin.get("/staff/officer");
    long before = rows();
    var refused = admin.postForm("/staff/officer/accreditations", Map.of("instrumentId", "",
        "issuedOn", "01.03.2026", "expiresOn", "", "issuer", "Окуу борбору"));
    assertThat(refused.status()).isEqualTo(400);
    var page = refused.html();
    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#instrumentId", "#issuedOn");
    assertThat(page.selectFirst("#instrumentId-error").text()).contains(text("ky", "staff.error.instrument.missing"));
    assertThat(page.selectFirst("#issuedOn-error").text()).contains(text("ky", "staff.error.date.invalid"));
    assertThat(page.selectFirst("#issuer").attr("value")).isEqualTo("Окуу борбору");
    assertThat(rows()).isEqualTo(before);

    var future = admin.postForm("/staff/officer/accreditations", Map.of("instrumentId", INSTRUMENT,
        "issuedOn", TODAY.plusDays(3).toString(), "issuer", "Окуу борбору"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.html().selectFirst("#issuedOn-error").text()).contains("Берилген күнү келечекте болушу мүмкүн эмес");
    assertThat(future.html().selectFirst("#instrumentId option[selected]").attr("value")).isEqualTo(INSTRUMENT);
    assertThat(rows()).isEqualTo(before);
  }
}
