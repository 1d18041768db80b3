package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** Administrators open accounts with one-time passwords, disable and enable them; nobody else can. */
class AccountAdministrationTest extends IntegrationTest {

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

  private WebClient admin(String language) {
    var client = client().acceptLanguage(language);
    client.signIn("admin", DemoData.DEMO_PASSWORD);
    return client;
  }

  private UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  private UUID account(String username) {
    return jdbc.sql("SELECT id FROM staff_account WHERE username = ?").param(username).query(UUID.class).single();
  }

  private long accounts() {
    return jdbc.sql("SELECT count(*) FROM staff_account").query(Long.class).single();
  }

  private static Map<String, String> form(String username, String displayName, String role, String facility) {
    var form = new LinkedHashMap<String, String>();
    form.put("username", username);
    form.put("displayName", displayName);
    form.put("role", role);
    if (facility != null) {
      form.put("facilities", facility);
    }
    return form;
  }

  /** Opens an account through the form and returns its one-time password. */
  private String open(WebClient admin, String username, String role, String facility) {
    admin.get("/admin/accounts/new");
    var created = admin.postForm("/admin/accounts", form(username, "Асанов Азамат", role, facility));
    assertThat(created.status()).isEqualTo(200);
    return created.html().selectFirst("#one-time-password").text();
  }

  @Test
  void theListShowsEveryAccountWithItsRoleFacilitiesAndState() {
    var page = admin("en").get("/admin/accounts");
    assertThat(page.status()).isEqualTo(200);
    var rows = page.html().select("#accounts tbody tr");
    assertThat(rows).hasSize((int) accounts());
    var governor = rows.stream().filter(r -> r.selectFirst("th").text().equals("governor")).findFirst().orElseThrow();
    assertThat(governor.select("td").eachText()).contains("Governor", "IK-47", "Active", "Not set up");
    var hq = rows.stream().filter(r -> r.selectFirst("th").text().equals("hq")).findFirst().orElseThrow();
    assertThat(hq.select("td").eachText()).contains("All facilities");
    assertThat(page.html().select(".govuk-service-navigation__link").eachText()).contains("Staff accounts");
  }

  @Test
  void nobodyWithoutUserManageReachesTheAccountPages() {
    var governor = client().acceptLanguage("en");
    governor.signIn("governor", DemoData.DEMO_PASSWORD);
    assertThat(governor.get("/admin/accounts").status()).isEqualTo(403);
    assertThat(governor.get("/admin/accounts/new").status()).isEqualTo(403);
    long before = accounts();
    assertThat(governor.postForm("/admin/accounts", form("intruder", "Intruder", "OFFICER", null)).status()).isEqualTo(403);
    assertThat(governor.postForm("/admin/accounts/" + account("officer") + "/disable", Map.of("version", "0")).status())
        .isEqualTo(403);
    assertThat(accounts()).isEqualTo(before);
    assertThat(governor.get("/").html().select(".govuk-service-navigation__link").eachText()).doesNotContain("Staff accounts");
  }

  @Test
  void aNewAccountGetsAOneTimePasswordShownOnceAndStoredOnlyAsAHash() {
    var admin = admin("en");
    String oneTime = open(admin, "b.bakirov", "GOVERNOR", facility("IK-1").toString());
    assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
    var row = jdbc.sql("SELECT password_hash, must_change_password, role FROM staff_account WHERE username = 'b.bakirov'")
        .query().singleRow();
    assertThat((String) row.get("password_hash")).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(oneTime);
    assertThat(row.get("must_change_password")).isEqualTo(true);
    assertThat(row.get("role")).isEqualTo("GOVERNOR");
    var detail = admin.get("/admin/accounts/" + account("b.bakirov")).html();
    assertThat(detail.select(".govuk-summary-list__value").eachText())
        .contains("b.bakirov", "Governor", "IK-1", "Active", "One-time password, not yet changed");
    assertThat(detail.text()).doesNotContain(oneTime);
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::actor, AccountChanged::account, AccountChanged::change)
        .containsExactly(tuple("admin", "b.bakirov", AccountChanged.Change.CREATED));
  }

  @Test
  void theOneTimePasswordMustBeReplacedBeforeAnythingElseAndKyrgyzRussianAndEmojiPasswordsWork() {
    String oneTime = open(admin("en"), "c.chynybaev", "ANALYST", facility("IK-47").toString());
    var person = client().acceptLanguage("ky");
    var step = person.signIn("c.chynybaev", oneTime);
    assertThat(step.html().selectFirst("h1").text()).isEqualTo("Жаңы сырсөз ойлоп табыңыз");
    assertThat(person.get("/").header("Location")).endsWith("/login/new-password");
    assertThat(person.get("/estate").header("Location")).endsWith("/login/new-password");

    var tooShort = person.postForm("/login/new-password", Map.of("password", "Тоо 🏔️", "confirmation", "Тоо 🏔️"));
    assertThat(tooShort.html().selectFirst("#password-error").text()).contains("12 белгиден кыска болбошу керек");
    var common = person.postForm("/login/new-password", Map.of("password", "qwertyuiop123", "confirmation", "qwertyuiop123"));
    assertThat(common.html().selectFirst("#password-error").text()).contains("өтө кеңири тараган");
    var same = person.postForm("/login/new-password", Map.of("password", oneTime, "confirmation", oneTime));
    assertThat(same.html().selectFirst("#password-error").text()).contains("азыркысынан башка");
    String chosen = "Тоо-Ата 🏔️ жана Ысык-Көл 🌊 ёлка";
    var differs = person.postForm("/login/new-password", Map.of("password", chosen, "confirmation", chosen + "!"));
    assertThat(differs.html().selectFirst("#confirmation-error").text()).contains("дал келбейт");
    assertThat(jdbc.sql("SELECT must_change_password FROM staff_account WHERE username = 'c.chynybaev'")
        .query(Boolean.class).single()).isTrue();

    var home = person.follow(person.postForm("/login/new-password", Map.of("password", chosen, "confirmation", chosen)));
    assertThat(home.html().selectFirst(".bagyt-header__user")).isNotNull();
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::account, AccountChanged::change)
        .contains(tuple("c.chynybaev", AccountChanged.Change.PASSWORD_CHANGED));

    assertThat(client().signIn("c.chynybaev", oneTime).html().selectFirst(".govuk-error-summary"))
        .as("the one-time password is spent").isNotNull();
    assertThat(client().signIn("c.chynybaev", chosen).html().selectFirst(".bagyt-header__user")).isNotNull();
    String decomposed = Normalizer.normalize(chosen, Normalizer.Form.NFD);
    assertThat(client().signIn("c.chynybaev", decomposed).html().selectFirst(".bagyt-header__user"))
        .as("the same letters typed as base letter and combining mark").isNotNull();
  }

  @Test
  void problemsAreShownOnTheFormInTheUsersLanguageAndNothingIsCreated() {
    var admin = admin("ky");
    admin.get("/admin/accounts/new");
    long before = accounts();
    var page = admin.postForm("/admin/accounts", form("", "", "", null));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#username", "#displayName", "#role");
    assertThat(page.html().selectFirst("#username-error").text()).contains("Колдонуучунун атын жазыңыз");
    assertThat(page.html().select(".govuk-form-group--error")).hasSize(3);

    var governorWithout = admin.postForm("/admin/accounts", form("d.dzhumabaev", "Жумабаев Д.", "GOVERNOR", null));
    assertThat(governorWithout.html().selectFirst("#facilities-error").text()).contains("жок дегенде бир мекемени");
    assertThat(governorWithout.html().selectFirst("#username").attr("value")).as("what was typed stays").isEqualTo("d.dzhumabaev");
    var hqWith = admin.postForm("/admin/accounts", form("d.dzhumabaev", "Жумабаев Д.", "HEADQUARTERS",
        facility("IK-1").toString()));
    assertThat(hqWith.html().selectFirst("#facilities-error").text()).contains("бүт кызматты көрөт");
    var unknown = admin.postForm("/admin/accounts", form("d.dzhumabaev", "Жумабаев Д.", "OFFICER", UUID.randomUUID().toString()));
    assertThat(unknown.html().selectFirst("#facilities-error")).isNotNull();
    var taken = admin.postForm("/admin/accounts", form("Officer", "Жумабаев Д.", "OFFICER", facility("IK-1").toString()));
    assertThat(taken.html().selectFirst("#username-error").text()).contains("бош эмес");
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void anAccountIsNeverOpenedAsAnAdministratorInOneStep() {
    long before = accounts();
    for (var language : Map.of("en", "a second administrator must approve",
        "ru", "это должен подтвердить второй администратор", "ky", "экинчи администратор ырасташы керек").entrySet()) {
      var admin = admin(language.getKey());
      admin.get("/admin/accounts/new");
      var page = admin.postForm("/admin/accounts", form("e.ermekov", "Эрмеков Э.", "ADMINISTRATOR", null));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.html().selectFirst("#role-error").text()).contains(language.getValue());
    }
    assertThat(accounts()).isEqualTo(before);
    assertThat(events.of(AccountChanged.class)).isEmpty();
  }

  @Test
  void aDisabledAccountCannotSignInAndItsSessionsEnd() {
    var person = client().acceptLanguage("en");
    person.signIn("governor-ik-3", DemoData.DEMO_PASSWORD);
    var admin = admin("en");
    UUID id = account("governor-ik-3");
    String version = admin.get("/admin/accounts/" + id).html().selectFirst("input[name=version]").attr("value");
    var done = admin.follow(admin.postForm("/admin/accounts/" + id + "/disable", Map.of("version", version)));
    assertThat(done.html().selectFirst(".govuk-notification-banner__heading").text())
        .isEqualTo("The account is disabled and its sessions have ended.");
    assertThat(done.html().selectFirst("#status").text()).isEqualTo("Disabled");
    assertThat(person.get("/").header("Location")).endsWith("/login");
    assertThat(client().acceptLanguage("en").signIn("governor-ik-3", DemoData.DEMO_PASSWORD).html()
        .selectFirst(".govuk-error-summary").text()).contains("The user name or password is not right");

    String newVersion = done.html().selectFirst("input[name=version]").attr("value");
    admin.follow(admin.postForm("/admin/accounts/" + id + "/enable", Map.of("version", newVersion)));
    assertThat(client().signIn("governor-ik-3", DemoData.DEMO_PASSWORD).html().selectFirst(".bagyt-header__user")).isNotNull();
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::actor, AccountChanged::change)
        .containsExactly(tuple("admin", AccountChanged.Change.DISABLED), tuple("admin", AccountChanged.Change.ENABLED));
  }

  @Test
  void anAdministratorCannotDisableTheirOwnAccount() {
    var admin = admin("en");
    UUID id = account("admin");
    var page = admin.get("/admin/accounts/" + id).html();
    assertThat(page.select("form[action$=/disable]")).isEmpty();
    assertThat(page.selectFirst(".govuk-inset-text").text()).contains("your own account");
    var refused = admin.postForm("/admin/accounts/" + id + "/disable", Map.of("version", "0"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.html().selectFirst("main p").text()).contains("cannot disable your own account");
    assertThat(jdbc.sql("SELECT enabled FROM staff_account WHERE username = 'admin'").query(Boolean.class).single()).isTrue();
  }

  @Test
  void aChangeBasedOnAnOutdatedPageIsRefused() {
    var admin = admin("en");
    UUID id = account("governor-ik-8");
    String version = admin.get("/admin/accounts/" + id).html().selectFirst("input[name=version]").attr("value");
    jdbc.sql("UPDATE staff_account SET version = version + 1 WHERE id = ?").param(id).update();
    var stale = admin.postForm("/admin/accounts/" + id + "/disable", Map.of("version", version));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(jdbc.sql("SELECT enabled FROM staff_account WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
  }

  @Test
  void aOneTimePasswordRunsOutAndOnlyItsRightfulTyperLearnsItAndANewOneReplacesIt() {
    var admin = admin("en");
    String oneTime = open(admin, "d.duishenov", "OFFICER", facility("IK-47").toString());
    assertThat(jdbc.sql("SELECT one_time_password_expires_at > now() + interval '71 hours' FROM staff_account "
        + "WHERE username = 'd.duishenov'").query(Boolean.class).single()).as("72 hours by default").isTrue();
    jdbc.sql("UPDATE staff_account SET one_time_password_expires_at = now() - interval '1 minute' "
        + "WHERE username = 'd.duishenov'").update();

    var lapsed = client().acceptLanguage("en").signIn("d.duishenov", oneTime);
    assertThat(lapsed.html().selectFirst(".govuk-error-summary").text()).contains("Your one-time password has run out");
    assertThat(lapsed.html().selectFirst(".bagyt-header__user")).as("not signed in").isNull();
    var guess = client().acceptLanguage("en").signIn("d.duishenov", "not-the-password");
    assertThat(guess.html().text()).as("a wrong guess learns nothing about expiry").doesNotContain("run out");

    admin.get("/admin/accounts/" + account("d.duishenov"));
    int version = jdbc.sql("SELECT version FROM staff_account WHERE username = 'd.duishenov'").query(Integer.class).single();
    var issued = admin.postForm("/admin/accounts/" + account("d.duishenov") + "/one-time-password",
        Map.of("version", String.valueOf(version)));
    assertThat(issued.status()).isEqualTo(200);
    String fresh = issued.html().selectFirst("#one-time-password").text();
    assertThat(fresh).isNotEqualTo(oneTime);
    assertThat(events.of(AccountChanged.class)).extracting(AccountChanged::account, AccountChanged::change)
        .contains(org.assertj.core.groups.Tuple.tuple("d.duishenov", AccountChanged.Change.ONE_TIME_PASSWORD_ISSUED));
    assertThat(client().acceptLanguage("en").signIn("d.duishenov", oneTime).html().selectFirst("input[name=password]"))
        .as("the old one-time password no longer works").isNotNull();
    var step = client().acceptLanguage("en").signIn("d.duishenov", fresh);
    assertThat(step.html().selectFirst("h1").text()).as("asked to choose a password").isEqualTo("Choose a new password");
  }

  @Test
  void onlyAnAdministratorIssuesOneTimePasswords() {
    var governor = client();
    governor.signIn("governor", DemoData.DEMO_PASSWORD);
    var response = governor.postForm("/admin/accounts/" + account("officer") + "/one-time-password", Map.of("version", "0"));
    assertThat(response.status()).isEqualTo(403);
  }
}
