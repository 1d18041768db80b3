package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Hostile input to the sign-in and account pages is refused cleanly, in the user's language, and changes
 * nothing: huge fields, SQL and script injection, forged CSRF tokens.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInBadInputTest extends IntegrationTest {

  private static final List<String> INJECTIONS = List.of(
      "' OR '1'='1' --",
      "admin'--",
      "admin' /*",
      "\"; DROP TABLE staff_account; --",
      "Robert'); DROP TABLE staff_account;--",
      "<script>alert('x')</script>",
      "\"><img src=x onerror=alert(1)>",
      "${7*7}",
      "[[${7*7}]]",
      "{{7*7}}",
      "admin\u0000",
      "../../etc/passwd");

  /** Everything about accounts that a refusal must leave as it was. */
  private String accountsAsTheyAre() {
    return jdbc.sql("""
        SELECT md5(coalesce(string_agg(a::text, '|' ORDER BY a.id), '')) ||
               (SELECT count(*) FROM second_factor) || '/' || (SELECT count(*) FROM recovery_code) ||
               '/' || (SELECT count(*) FROM staff_account_facility)
        FROM staff_account a""").query(String.class).single();
  }

  private static String signInError(WebClient.Response page) {
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst(".bagyt-header__user")).as("not signed in").isNull();
    return page.html().selectFirst(".govuk-error-summary").text();
  }

  @Test
  void aHundredKilobyteUserNameIsRefusedWithTheSignInPagesErrorAndChangesNothing(CapturedOutput output) {
    String before = accountsAsTheyAre();
    var page = client().acceptLanguage("ru").signIn("a".repeat(100 * 1024), DemoData.DEMO_PASSWORD);
    assertThat(signInError(page)).contains("Имя пользователя или пароль неверны");
    assertThat(accountsAsTheyAre()).isEqualTo(before);

    var longPassword = client().acceptLanguage("en").signIn("governor", "p".repeat(100 * 1024));
    assertThat(signInError(longPassword)).contains("The user name or password is not right");
    assertThat(jdbc.sql("SELECT failed_attempts FROM staff_account WHERE username = 'governor'").query(Integer.class)
        .single()).as("one wrong password, counted like any other").isEqualTo(1);
    jdbc.sql("UPDATE staff_account SET failed_attempts = 0 WHERE username = 'governor'").update();
    assertThat(accountsAsTheyAre()).isEqualTo(before);
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.");
  }

  @Test
  void injectionStringsInTheSignInFieldsAreWrongCredentialsAndNothingMore(CapturedOutput output) {
    String before = accountsAsTheyAre();
    for (String injection : INJECTIONS) {
      assertThat(signInError(client().acceptLanguage("en").signIn(injection, injection))).as(injection)
          .contains("The user name or password is not right");
      var page = client().acceptLanguage("en").signIn("hq", injection);
      assertThat(signInError(page)).as(injection).contains("The user name or password is not right");
      assertThat(page.html().select("script:containsData(alert)")).isEmpty();
    }
    assertThat(jdbc.sql("SELECT failed_attempts FROM staff_account WHERE username = 'hq'").query(Integer.class).single())
        .as("wrong passwords for hq count until the lock, and nothing else changes").isEqualTo(5);
    // "admin\u0000" arrives as "admin": the form's user name is trimmed, so it is one wrong password for admin.
    assertThat(jdbc.sql("SELECT failed_attempts FROM staff_account WHERE username = 'admin'").query(Integer.class).single())
        .isEqualTo(1);
    jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE username IN ('hq', 'admin')").update();
    assertThat(accountsAsTheyAre()).isEqualTo(before);
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.");
  }

  @Test
  void injectionStringsInEveryFieldOfTheNewAccountFormAreRefusedOnTheForm() {
    var admin = client().acceptLanguage("en");
    admin.signIn("admin", DemoData.DEMO_PASSWORD);
    admin.get("/admin/accounts/new");
    String before = accountsAsTheyAre();
    for (String injection : INJECTIONS) {
      var page = admin.postForm("/admin/accounts", Map.of("username", injection, "displayName", injection,
          "role", injection, "facilities", injection));
      assertThat(page.status()).as(injection).isEqualTo(200);
      assertThat(page.html().select(".govuk-error-summary__list a").eachAttr("href")).as(injection)
          .contains("#username", "#role");
      assertThat(page.html().select("script:containsData(alert), img[onerror]")).as(injection).isEmpty();
      if (injection.chars().noneMatch(Character::isISOControl)) {
        assertThat(page.html().selectFirst("#displayName").attr("value")).as("shown back as text").isEqualTo(injection);
      }
      if (injection.contains("<") || injection.contains(";") || injection.startsWith(".")) {
        assertThat(page.html().selectFirst("#displayName-error")).as(injection).isNotNull();
      }
    }
    var facility = admin.postForm("/admin/accounts", Map.of("username", "g.gulov", "displayName", "Гулов Г.",
        "role", "OFFICER", "facilities", "' OR 1=1 --"));
    assertThat(facility.html().selectFirst("#facilities-error").text()).contains("Choose facilities from the list");
    assertThat(accountsAsTheyAre()).isEqualTo(before);
  }

  @Test
  void injectionStringsAsASecondFactorCodeAreWrongCodes() {
    var setUp = client().acceptLanguage("ky");
    setUp.signIn("governor-ik-1", DemoData.DEMO_PASSWORD);
    SignInSteps.enrol(setUp, "/account/second-factor");
    String before = accountsAsTheyAre();
    var client = client().acceptLanguage("ky");
    client.signIn("governor-ik-1", DemoData.DEMO_PASSWORD);
    for (String injection : INJECTIONS.subList(0, 4)) {
      var page = client.postForm("/login/second-factor", Map.of("code", injection));
      assertThat(page.html().selectFirst("#code-error").text()).as(injection).contains("Код туура эмес");
    }
    jdbc.sql("UPDATE staff_account SET failed_attempts = 0 WHERE username = 'governor-ik-1'").update();
    assertThat(accountsAsTheyAre()).isEqualTo(before);
  }

  @Test
  void aForgedCsrfTokenIsRefusedOnEveryFormAndChangesNothing() {
    String before = accountsAsTheyAre();
    var stranger = client().acceptLanguage("ru");
    stranger.get("/login");
    var login = stranger.postForm("/login", Map.of("username", "governor", "password", DemoData.DEMO_PASSWORD,
        "_csrf", "forged"));
    assertThat(login.status()).isEqualTo(403);
    assertThat(login.html().selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(stranger.get("/").status()).as("not signed in").isEqualTo(302);

    var admin = client().acceptLanguage("en");
    admin.signIn("admin", DemoData.DEMO_PASSWORD);
    admin.get("/admin/accounts/new");
    assertThat(admin.postForm("/admin/accounts", Map.of("username", "h.haitov", "displayName", "Хаитов Х.",
        "role", "INSPECTOR", "_csrf", "forged")).status()).isEqualTo(403);
    assertThat(admin.postForm("/account/password", Map.of("currentPassword", DemoData.DEMO_PASSWORD,
        "password", "a new and long pass phrase", "confirmation", "a new and long pass phrase", "_csrf", "forged"))
        .status()).isEqualTo(403);
    assertThat(admin.postForm("/logout", Map.of("_csrf", "forged")).status()).isEqualTo(403);
    assertThat(admin.get("/").status()).as("still signed in").isEqualTo(200);

    var setUp = client().acceptLanguage("en");
    setUp.signIn("governor-ik-2", DemoData.DEMO_PASSWORD);
    var enrolled = SignInSteps.enrol(setUp, "/account/second-factor");
    var secondStep = client().acceptLanguage("en");
    secondStep.signIn("governor-ik-2", DemoData.DEMO_PASSWORD);
    assertThat(secondStep.postForm("/login/second-factor", Map.of("code", enrolled.app().code(1), "_csrf", "forged"))
        .status()).isEqualTo(403);
    assertThat(secondStep.get("/").header("Location")).endsWith("/login/second-factor");

    assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE username = 'h.haitov'").query(Long.class).single()).isZero();
    assertThat(accountsAsTheyAre().substring(0, 32)).isEqualTo(before.substring(0, 32));
  }

  @Test
  void anInjectionStringChosenAsAPasswordIsJustAPassword() {
    var client = client().acceptLanguage("en");
    client.signIn("inspector", DemoData.DEMO_PASSWORD);
    String password = "Robert'); DROP TABLE staff_account;-- <script>";
    client.get("/account/password");
    var done = client.follow(client.postForm("/account/password", Map.of("currentPassword", DemoData.DEMO_PASSWORD,
        "password", password, "confirmation", password)));
    assertThat(done.html().selectFirst(".govuk-notification-banner__heading").text()).isEqualTo("Your password has been changed.");
    assertThat(client().signIn("inspector", password).html().selectFirst(".bagyt-header__user")).isNotNull();
    assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Long.class).single()).isGreaterThan(9);
  }
}
