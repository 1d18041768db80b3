package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Where the service requires a second factor (the default outside demo mode), nobody gets in without one. */
@TestPropertySource(properties = "bagyt.mfa=required")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorRequiredTest extends IntegrationTest {

  @Autowired
  ConfigurableApplicationContext context;

  private EventsSeen events;
  /** The one demo administrator, signed in once for the class: each sign-in spends a 30-second code. */
  private WebClient admin;

  @BeforeEach
  void watchEvents() {
    events = EventsSeen.in(context);
  }

  @AfterEach
  void stopWatching() {
    events.stop();
  }

  private WebClient admin() {
    if (admin == null) {
      admin = client().acceptLanguage("en");
      admin.signIn("admin", DemoData.DEMO_PASSWORD);
      SignInSteps.enrol(admin, "/login/enrol");
      admin.get("/login/continue");
    }
    return admin;
  }

  private UUID account(String username) {
    return jdbc.sql("SELECT id FROM staff_account WHERE username = ?").param(username).query(UUID.class).single();
  }

  @Test
  void aPersonWithoutTheAppSetsItUpRightAfterThePasswordBeforeReachingAnythingElse() {
    var client = client().acceptLanguage("en");
    var enrol = client.signIn("officer", DemoData.DEMO_PASSWORD);
    assertThat(enrol.html().selectFirst("h1").text()).isEqualTo("Set up two-step verification");
    assertThat(enrol.html().selectFirst("p.govuk-body-l").text()).startsWith("Bagyt asks everyone for a code");
    for (String path : List.of("/", "/estate", "/account", "/login/second-factor")) {
      var r = client.get(path);
      assertThat(r.status()).as(path).isEqualTo(302);
      assertThat(r.header("Location")).as(path).endsWith(path.startsWith("/login") ? "/login" : "/login/enrol");
    }
    assertThat(client.get("/api/v1/me", "Accept", "application/json").status()).isEqualTo(401);

    var enrolled = SignInSteps.enrol(client, "/login/enrol");
    assertThat(enrolled.page().html().selectFirst("a.govuk-button").attr("href")).isEqualTo("/login/continue");
    var home = client.follow(client.get("/login/continue"));
    assertThat(home.html().selectFirst(".bagyt-header__role").text()).isEqualTo("Unit officer");
    assertThat(events.of(SignedIn.class)).extracting(SignedIn::username, SignedIn::withSecondFactor)
        .containsExactly(tuple("officer", true));

    var next = client().acceptLanguage("en");
    assertThat(next.signIn("officer", DemoData.DEMO_PASSWORD).html().selectFirst("h1").text())
        .isEqualTo("Enter the code from your authenticator app");
    assertThat(SignInSteps.signIn(client(), "officer", DemoData.DEMO_PASSWORD, enrolled.app().code(1)).status())
        .isEqualTo(200);
  }

  @Test
  void eachStepOfTheSignInGetsANewSessionId() {
    var client = client().acceptLanguage("en");
    client.get("/login");
    var password = client.postForm("/login", Map.of("username", "analyst", "password", DemoData.DEMO_PASSWORD));
    String afterPassword = password.header("Set-Cookie");
    var page = client.get("/login/enrol");
    var app = org.bagyt.accounts.internal.Authenticator.withKey(page.html().selectFirst("#key").text());
    org.bagyt.accounts.internal.Authenticator.waitForAFreshStep();
    var codes = client.postForm("/login/enrol", Map.of("code", app.code()));
    assertThat(afterPassword).startsWith("SESSION=");
    assertThat(codes.header("Set-Cookie")).startsWith("SESSION=").isNotEqualTo(afterPassword);
  }

  @Test
  void anAdministratorResetsAPersonsSecondFactorTheirSessionsEndAndTheySetItUpAgain() {
    var person = client().acceptLanguage("en");
    person.signIn("governor", DemoData.DEMO_PASSWORD);
    SignInSteps.enrol(person, "/login/enrol");
    assertThat(person.follow(person.get("/login/continue")).status()).isEqualTo(200);

    var admin = admin();
    UUID id = account("governor");
    var detail = admin.get("/admin/accounts/" + id).html();
    assertThat(detail.selectFirst("#second-factor").text()).isEqualTo("Set up");
    String version = detail.selectFirst("form[action$=/reset-second-factor] input[name=version]").attr("value");
    var done = admin.follow(admin.postForm("/admin/accounts/" + id + "/reset-second-factor", Map.of("version", version)));
    assertThat(done.html().selectFirst(".govuk-notification-banner__heading").text()).startsWith("Two-step verification is reset");
    assertThat(done.html().selectFirst("#second-factor").text()).isEqualTo("Not set up");
    assertThat(events.of(AccountChanged.class).stream().filter(e -> e.account().equals("governor")))
        .extracting(AccountChanged::actor, AccountChanged::change)
        .containsExactly(tuple("governor", AccountChanged.Change.SECOND_FACTOR_ENROLLED),
            tuple("admin", AccountChanged.Change.SECOND_FACTOR_RESET));
    assertThat(jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = ?").param(id).query(Long.class).single()).isZero();

    assertThat(person.get("/").header("Location")).as("their session ended").endsWith("/login");
    assertThat(client().acceptLanguage("en").signIn("governor", DemoData.DEMO_PASSWORD).html().selectFirst("h1").text())
        .isEqualTo("Set up two-step verification");
  }

  @Test
  void anAdministratorCannotResetTheirOwnSecondFactor() {
    var admin = admin();
    UUID id = account("admin");
    assertThat(admin.get("/admin/accounts/" + id).html().select("form[action$=/reset-second-factor]")).isEmpty();
    var refused = admin.postForm("/admin/accounts/" + id + "/reset-second-factor", Map.of("version", "0"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.html().selectFirst("main p").text()).contains("reset your own two-step verification");
    assertThat(jdbc.sql("SELECT count(*) FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
        .param(id).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aNewPersonSetsUpTheAppThenReplacesTheOneTimePasswordAndOnlyThenGetsIn() {
    var admin = admin();
    admin.get("/admin/accounts/new");
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    var created = admin.postForm("/admin/accounts", Map.of("username", "f.fayzullaev", "displayName", "Файзуллаев Фарид",
        "role", "FACILITATOR", "facilities", facility.toString()));
    String oneTime = created.html().selectFirst("#one-time-password").text();

    var person = client().acceptLanguage("ru");
    assertThat(person.signIn("f.fayzullaev", oneTime).html().selectFirst("h1").text())
        .isEqualTo("Настройка двухэтапной проверки");
    var enrolled = SignInSteps.enrol(person, "/login/enrol");
    var newPassword = person.follow(person.get("/login/continue"));
    assertThat(newPassword.html().selectFirst("h1").text()).isEqualTo("Придумайте новый пароль");
    assertThat(person.get("/").header("Location")).endsWith("/login/new-password");
    assertThat(person.get("/login/enrol").header("Location")).as("enrolment is behind them").endsWith("/login");

    String chosen = "Ала-Тоо 🦅 тоолорунда кар жаады";
    var home = person.follow(person.postForm("/login/new-password", Map.of("password", chosen, "confirmation", chosen)));
    assertThat(home.html().selectFirst(".bagyt-header__role").text()).isEqualTo("Ведущий программ");
    assertThat(events.of(SignedIn.class)).extracting(SignedIn::username).containsOnlyOnce("f.fayzullaev");
    assertThat(events.of(AccountChanged.class).stream().filter(e -> e.account().equals("f.fayzullaev")))
        .extracting(AccountChanged::change).containsExactly(AccountChanged.Change.CREATED,
            AccountChanged.Change.SECOND_FACTOR_ENROLLED, AccountChanged.Change.PASSWORD_CHANGED);
    assertThat(SignInSteps.signIn(client(), "f.fayzullaev", chosen, enrolled.app().code(1)).html()
        .selectFirst(".bagyt-header__user")).isNotNull();
  }
}
