package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bagyt.accounts.internal.Authenticator;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The TOTP second factor where it is optional (demo mode): a person sets it up from their account, and from
 * then on signing in asks for a code after the password.
 */
class SecondFactorTest extends IntegrationTest {

  @Autowired
  ConfigurableApplicationContext context;

  private EventsSeen events;

  @BeforeEach
  void watchEvents() {
    events = EventsSeen.in(context);
  }

  @AfterEach
  void stopWatching() {
    events.stop();
  }

  private WebClient signedIn(String username) {
    var client = client().acceptLanguage("en");
    assertThat(client.signIn(username, DemoData.DEMO_PASSWORD).status()).isEqualTo(200);
    return client;
  }

  @Test
  void theEnrolmentPageShowsAQrCodeOfTheOtpauthUriAndTheKeyInGroups() {
    var client = signedIn("governor");
    var page = client.get("/account/second-factor").html();
    String key = page.selectFirst("#key").text();
    assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    var qr = page.selectFirst("img.bagyt-qr");
    assertThat(qr.attr("alt")).isEqualTo("QR code to scan with your authenticator app");
    assertThat(Authenticator.readQrCode(qr.attr("src"))).isEqualTo(
        "otpauth://totp/Bagyt:governor?secret=" + key.replace(" ", "")
            + "&issuer=Bagyt&algorithm=SHA1&digits=6&period=30");
    assertThat(client.get("/account/second-factor").html().selectFirst("#key").text())
        .as("reloading keeps the same key").isEqualTo(key);
  }

  @Test
  void enrolmentShowsTenRecoveryCodesOnceAndKeepsOnlyTheirFingerprintsAndTheSecretEncrypted() {
    var client = signedIn("officer");
    var enrolled = SignInSteps.enrol(client, "/account/second-factor");
    assertThat(enrolled.recoveryCodes()).doesNotHaveDuplicates()
        .allSatisfy(c -> assertThat(c).matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"));
    var stored = jdbc.sql("""
        SELECT r.fingerprint FROM recovery_code r JOIN staff_account a ON a.id = r.account_id
        WHERE a.username = 'officer'""").query(String.class).list();
    assertThat(stored).hasSize(10).noneMatch(f -> enrolled.recoveryCodes().stream()
        .anyMatch(c -> f.contains(c.replace("-", ""))));
    var account = client.get("/account").html();
    assertThat(account.selectFirst("#second-factor").text()).startsWith("Set up").contains("10 recovery codes left");
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::account, AccountChanged::change)
        .contains(org.assertj.core.groups.Tuple.tuple("officer", AccountChanged.Change.SECOND_FACTOR_ENROLLED));
    assertThat(client.get("/account/second-factor").status()).as("no second enrolment over the first").isEqualTo(409);
  }

  @Test
  void onceSetUpSigningInAsksForTheCodeAndNothingElseIsReachableUntilItIsGiven() {
    var enrolled = SignInSteps.enrol(signedIn("assessor"), "/account/second-factor");
    var client = client().acceptLanguage("en");
    var codePage = client.signIn("assessor", DemoData.DEMO_PASSWORD);
    assertThat(codePage.html().selectFirst("h1").text()).isEqualTo("Enter the code from your authenticator app");
    assertThat(codePage.html().select(".bagyt-header__user")).as("nobody shown as signed in").isEmpty();
    assertThat(client.get("/login/enrol/../../estate").status()).as("no way round through /login/").isEqualTo(400);
    for (String path : List.of("/", "/estate", "/account", "/admin/accounts", "/actuator/prometheus")) {
      var r = client.get(path);
      assertThat(r.status()).as(path).isEqualTo(302);
      assertThat(r.header("Location")).as(path).endsWith("/login/second-factor");
    }
    assertThat(client.get("/api/v1/me", "Accept", "application/json").status()).isEqualTo(401);
    assertThat(client.send("PUT", "/api/v1/me/language", "{\"language\": \"ru\"}", "application/json").status())
        .isEqualTo(401);
    assertThat(client.get("/login/new-password").header("Location")).as("other steps are not open").endsWith("/login");

    var home = client.follow(client.postForm("/login/second-factor", Map.of("code", enrolled.app().code(1))));
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.html().selectFirst(".bagyt-header__user")).isNotNull();
    assertThat(events.of(SignedIn.class)).extracting(SignedIn::username, SignedIn::withSecondFactor)
        .contains(org.assertj.core.groups.Tuple.tuple("assessor", true));
  }

  @Test
  void aWrongCodeIsRefusedWithAClearMessageInTheUsersLanguage() {
    SignInSteps.enrol(signedIn("analyst"), "/account/second-factor");
    var client = client().acceptLanguage("ru");
    client.signIn("analyst", DemoData.DEMO_PASSWORD);
    var page = client.postForm("/login/second-factor", Map.of("code", "000000"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst(".govuk-error-summary").text())
        .contains("Код неверен или уже был использован");
    assertThat(page.html().selectFirst("#code-error").text()).contains("Код неверен");
    assertThat(client.get("/").header("Location")).endsWith("/login/second-factor");
  }

  @Test
  void aCodeAlreadyUsedIsRefusedEvenWithinItsThirtySeconds() {
    var enrolled = SignInSteps.enrol(signedIn("facilitator"), "/account/second-factor");
    String code = enrolled.app().code(1);
    assertThat(SignInSteps.signIn(client(), "facilitator", DemoData.DEMO_PASSWORD, code).status()).isEqualTo(200);
    var replay = client().acceptLanguage("en");
    replay.signIn("facilitator", DemoData.DEMO_PASSWORD);
    var refused = replay.postForm("/login/second-factor", Map.of("code", code));
    assertThat(refused.html().selectFirst("#code-error").text()).contains("already been used");
    assertThat(replay.get("/").status()).isEqualTo(302);
    var older = replay.postForm("/login/second-factor", Map.of("code", enrolled.app().code(0)));
    assertThat(older.html().selectFirst("#code-error")).as("an older code after a newer one").isNotNull();
  }

  @Test
  void aClockOneStepBehindIsAcceptedButNotTwo() {
    var client = signedIn("hq");
    var page = client.get("/account/second-factor");
    var app = Authenticator.withKey(page.html().selectFirst("#key").text());
    Authenticator.waitForAFreshStep();
    assertThat(client.postForm("/account/second-factor", Map.of("code", app.code(-2))).html()
        .selectFirst("#code-error")).as("two steps behind").isNotNull();
    assertThat(client.postForm("/account/second-factor", Map.of("code", app.code(-1))).html()
        .select(".bagyt-recovery-codes code")).as("one step behind").hasSize(10);
    assertThat(SignInSteps.signIn(client(), "hq", DemoData.DEMO_PASSWORD, app.code(1)).status())
        .as("one step ahead").isEqualTo(200);
  }

  @Test
  void eachRecoveryCodeSignsInOnceInPlaceOfTheApp() {
    var enrolled = SignInSteps.enrol(signedIn("probation"), "/account/second-factor");
    String recovery = enrolled.recoveryCodes().get(3);
    var home = SignInSteps.signIn(client(), "probation", DemoData.DEMO_PASSWORD, recovery.toUpperCase());
    assertThat(home.html().selectFirst(".bagyt-header__user")).isNotNull();
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::change)
        .contains(AccountChanged.Change.RECOVERY_CODE_USED);
    var again = client().acceptLanguage("en");
    again.signIn("probation", DemoData.DEMO_PASSWORD);
    assertThat(again.postForm("/login/second-factor", Map.of("code", recovery)).html().selectFirst("#code-error"))
        .isNotNull();
    var account = SignInSteps.signIn(client().acceptLanguage("en"), "probation", DemoData.DEMO_PASSWORD,
        enrolled.recoveryCodes().get(4));
    assertThat(account.status()).isEqualTo(200);
  }

  @Test
  void theSecondStepComesBackToThePageAskedForBeforeSigningIn() {
    var enrolled = SignInSteps.enrol(signedIn("inspector"), "/account/second-factor");
    var client = client().acceptLanguage("en");
    assertThat(client.get("/estate").header("Location")).endsWith("/login");
    client.get("/login");
    var afterPassword = client.postForm("/login", Map.of("username", "inspector", "password", DemoData.DEMO_PASSWORD));
    assertThat(afterPassword.header("Location")).endsWith("/login/second-factor");
    client.get("/login/second-factor");
    var afterCode = client.postForm("/login/second-factor", Map.of("code", enrolled.app().code(1)));
    assertThat(afterCode.header("Location")).contains("/estate");
  }

  @Test
  void theSecretIsStoredEncrypted() {
    var client = signedIn("governor-ik-1");
    String key = client.get("/account/second-factor").html().selectFirst("#key").text().replace(" ", "");
    byte[] sealed = jdbc.sql("""
        SELECT s.secret FROM second_factor s JOIN staff_account a ON a.id = s.account_id
        WHERE a.username = 'governor-ik-1'""").query(byte[].class).single();
    byte[] raw = Authenticator.keyBytes(key);
    assertThat(sealed).hasSizeGreaterThan(raw.length + 12);
    assertThat(Base64.getEncoder().encodeToString(sealed)).doesNotContain(Base64.getEncoder().encodeToString(raw));
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
  }

  @Test
  void newRecoveryCodesNeedACodeFromTheAppAndReplaceTheOldOnes() {
    var client = signedIn("admin2");
    var enrolled = SignInSteps.enrol(client, "/account/second-factor");
    assertThat(client.get("/account").html().select("a[href='/account/recovery-codes']")).isNotEmpty();
    client.get("/account/recovery-codes");
    var refused = client.postForm("/account/recovery-codes", Map.of("code", enrolled.recoveryCodes().get(0)));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html().selectFirst("#code-error").text()).contains("a recovery code cannot be used here");

    // The enrolment used the code of this step; the next step's code is within the window and not yet used.
    var issued = client.postForm("/account/recovery-codes", Map.of("code", enrolled.app().code(1)));
    var fresh = issued.html().select(".bagyt-recovery-codes code").eachText();
    assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::account, AccountChanged::change)
        .contains(org.assertj.core.groups.Tuple.tuple("admin2", AccountChanged.Change.RECOVERY_CODES_ISSUED));

    var old = client().acceptLanguage("en");
    old.signIn("admin2", DemoData.DEMO_PASSWORD);
    assertThat(old.postForm("/login/second-factor", Map.of("code", enrolled.recoveryCodes().get(1))).html()
        .selectFirst("#code-error")).as("an old recovery code no longer works").isNotNull();
    assertThat(SignInSteps.signIn(client().acceptLanguage("en"), "admin2", DemoData.DEMO_PASSWORD, fresh.get(0))
        .status()).isEqualTo(200);
  }
}
