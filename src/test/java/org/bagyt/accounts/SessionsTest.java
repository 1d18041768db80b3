package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

/** Sessions live in PostgreSQL, end when idle or too old, get a new id at sign-in, and travel in safe cookies. */
class SessionsTest extends IntegrationTest {

  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Autowired
  CookieSerializer cookies;

  private long sessionsOf(String username) {
    return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username)
        .query(Long.class).single();
  }

  @Test
  void aSignedInSessionIsARowInPostgresqlThatEndsAfterFifteenIdleMinutes() {
    client().signIn("analyst", DemoData.DEMO_PASSWORD);
    assertThat(sessionsOf("analyst")).isEqualTo(1);
    assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'analyst'")
        .query(Integer.class).single()).isEqualTo(900);
  }

  @Test
  void signingInGivesANewSessionId() {
    var client = client();
    var page = client.get("/login");
    String before = sessionCookie(page.header("Set-Cookie"));
    var signedIn = client.postForm("/login", Map.of("username", "facilitator", "password", DemoData.DEMO_PASSWORD));
    String after = sessionCookie(signedIn.header("Set-Cookie"));
    assertThat(before).isNotBlank();
    assertThat(after).isNotBlank().isNotEqualTo(before);
    assertThat(client.get("/").status()).isEqualTo(200);
  }

  @Test
  void aSessionIdleForMoreThanFifteenMinutesHasEnded() {
    var client = client();
    client.signIn("probation", DemoData.DEMO_PASSWORD);
    jdbc.sql("""
        UPDATE spring_session SET last_access_time = last_access_time - 16 * 60 * 1000,
               expiry_time = expiry_time - 16 * 60 * 1000 WHERE principal_name = 'probation'""").update();
    var page = client.get("/");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).endsWith("/login");
  }

  @Test
  void noSessionLastsMoreThanTenHoursHoweverActive() {
    var client = client().acceptLanguage("en");
    client.signIn("inspector", DemoData.DEMO_PASSWORD);
    assertThat(client.get("/").status()).isEqualTo(200);
    jdbc.sql("UPDATE spring_session SET creation_time = creation_time - 10 * 3600 * 1000 - 60000 "
        + "WHERE principal_name = 'inspector'").update();
    var page = client.get("/");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).endsWith("/login?expired");
    assertThat(client.follow(page).html().selectFirst("#expired-title").text()).isEqualTo("Your session has ended");
    assertThat(sessionsOf("inspector")).isZero();
  }

  @Test
  void aTooOldSessionIsRefusedByTheApiWith401() {
    var client = client().acceptLanguage("en");
    client.signIn("hq", DemoData.DEMO_PASSWORD);
    jdbc.sql("UPDATE spring_session SET creation_time = creation_time - 11 * 3600 * 1000 WHERE principal_name = 'hq'")
        .update();
    var api = client.get("/api/v1/me", "Accept", "application/json");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
    String cookie = client().get("/login").header("Set-Cookie");
    assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
  }

  @Test
  void theSessionCookieIsSecureWhenBagytIsReachedOverTls() {
    var request = new MockHttpServletRequest();
    request.setSecure(true);
    var response = new MockHttpServletResponse();
    cookies.writeCookieValue(new CookieValue(request, response, "abc"));
    assertThat(response.getHeader("Set-Cookie")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void securityHeadersAreOnPagesApiAnswersAndErrors() {
    var client = client();
    var page = client.get("/login");
    client.signIn("governor", DemoData.DEMO_PASSWORD);
    var api = client.get("/api/v1/me", "Accept", "application/json");
    var notFound = client.get("/no/such/page");
    var apiError = client().get("/api/v1/me", "Accept", "application/json");
    assertThat(api.status()).isEqualTo(200);
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(apiError.status()).isEqualTo(401);
    for (var r : java.util.List.of(page, api, notFound, apiError)) {
      assertThat(r.header("Content-Security-Policy")).isEqualTo(CSP);
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
      assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.header("Cache-Control")).contains("no-store");
    }
  }

  private static String sessionCookie(String setCookie) {
    assertThat(setCookie).as("Set-Cookie").startsWith("SESSION=");
    return setCookie.substring("SESSION=".length(), setCookie.indexOf(';'));
  }
}
