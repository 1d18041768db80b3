package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a clear answer in the user's language, the right 4xx, and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest extends IntegrationTest {

  @BeforeEach
  void nobodyHasChosenALanguageYet() {
    jdbc.sql("UPDATE staff_account SET language = NULL").update();
  }

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient signedIn(String language) {
    var client = client().acceptLanguage(language);
    client.signIn("hq", DemoData.DEMO_PASSWORD);
    return client;
  }

  private JsonNode problem(WebClient.Response r) {
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    return json.readTree(r.body());
  }

  @Test
  void anUnknownLanguageCodeGetsATranslatedPage() {
    var page = client().acceptLanguage("ru").get("/login?lang=xx");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("Запрос непонятен");
    assertThat(page.html().selectFirst("main p").text()).contains("Кыргызча, Русский или English");
  }

  @Test
  void aHundredKilobyteQueryStringIsRefusedWith414(CapturedOutput output) {
    String query = "q=" + "a".repeat(100 * 1024);
    var page = client().acceptLanguage("en").get("/login?" + query);
    assertThat(page.status()).isEqualTo(414);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("The address is too long");
    var api = signedIn("en").get("/api/v1/me?" + query);
    assertThat(api.status()).isEqualTo(414);
    assertThat(problem(api).get("type").asString()).isEqualTo("/problems/request-too-long");
    assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat org.");
  }

  @Test
  void malformedJsonIsA400Problem(CapturedOutput output) {
    var client = signedIn("ky");
    var r = client.send("PUT", "/api/v1/me/language", "{\"language\": ", "application/json");
    assertThat(r.status()).isEqualTo(400);
    var p = problem(r);
    assertThat(p.get("type").asString()).isEqualTo("/problems/malformed-body");
    assertThat(p.get("detail").asString()).isEqualTo("Суроо-талаптын денеси туура JSON эмес. Эч нерсе өзгөргөн жок.");
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.");
  }

  @Test
  void aWrongContentTypeIsA415Problem() {
    var client = signedIn("en");
    var r = client.send("PUT", "/api/v1/me/language", "language=ru", "text/plain");
    assertThat(r.status()).isEqualTo(415);
    assertThat(problem(r).get("type").asString()).isEqualTo("/problems/unsupported-media-type");
  }

  @Test
  void invalidFieldsAreA400ProblemThatNamesThemAndChangeNothing() {
    var client = signedIn("en");
    var r = client.send("PUT", "/api/v1/me/language", "{\"language\": \"\"}", "application/json");
    assertThat(r.status()).isEqualTo(400);
    var p = problem(r);
    assertThat(p.get("type").asString()).isEqualTo("/problems/invalid-input");
    assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("language");
    var unsupported = client.send("PUT", "/api/v1/me/language", "{\"language\": \"de\"}", "application/json");
    assertThat(unsupported.status()).isEqualTo(400);
    assertThat(problem(unsupported).get("type").asString()).isEqualTo("/problems/unsupported-language");
    assertThat(jdbc.sql("SELECT language FROM staff_account WHERE username = 'hq'").query(String.class).optional())
        .isEmpty();
  }

  @Test
  void aValidLanguageChoiceIsRemembered() {
    var client = signedIn("en");
    var r = client.send("PUT", "/api/v1/me/language", "{\"language\": \"ru\"}", "application/json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT language FROM staff_account WHERE username = 'hq'").query(String.class).single())
        .isEqualTo("ru");
  }

  @Test
  void anUnknownPathIsA404PageOrProblem() {
    var client = signedIn("en");
    var page = client.get("/no/such/page");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("Page not found");
    var api = client.get("/api/v1/no-such-thing");
    assertThat(api.status()).isEqualTo(404);
    assertThat(problem(api).get("type").asString()).isEqualTo("/problems/not-found");
  }

  @Test
  void theApiAsksAnonymousCallersToSignInWithAProblemNotARedirect() {
    var r = client().acceptLanguage("en").get("/api/v1/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(problem(r).get("type").asString()).isEqualTo("/problems/unauthenticated");
  }

  @Test
  void aForgedCsrfTokenIsRefused() {
    var client = signedIn("en");
    var r = client.send("PUT", "/api/v1/me/language", "{\"language\": \"ru\"}", "application/json",
        "X-CSRF-TOKEN", "forged");
    assertThat(r.status()).isEqualTo(403);
    assertThat(jdbc.sql("SELECT language FROM staff_account WHERE username = 'hq'").query(String.class).optional())
        .isEmpty();
  }
}
