package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.bagyt.accounts.Role;
import org.bagyt.demo.DemoData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role signs in to a home page that says what that role does and where to start. */
class RoleHomePagesTest extends BrowserTest {

  private static final List<String> LANGUAGES = List.of("ky", "ru", "en");

  /** Each demo account, in turn in each language, so every role and language is seen once at least. */
  static Stream<Arguments> accounts() {
    var accounts = List.copyOf(DemoData.ACCOUNTS.entrySet());
    return java.util.stream.IntStream.range(0, accounts.size()).mapToObj(i ->
        Arguments.of(accounts.get(i).getKey(), accounts.get(i).getValue(), LANGUAGES.get(i % LANGUAGES.size())));
  }

  @ParameterizedTest(name = "{0} ({1}) in {2}")
  @MethodSource("accounts")
  void eachRoleLandsOnItsOwnHomePage(String username, Role role, String language) {
    jdbc.sql("UPDATE staff_account SET language = NULL WHERE username = ?").param(username).update();
    var browser = browser(language).open("/login").signIn(username, DemoData.DEMO_PASSWORD);

    String roleName = Messages.get(language, "role." + role.name());
    assertThat(browser.location()).isEqualTo("/");
    assertThat(browser.language()).isEqualTo(language);
    assertThat(browser.title()).startsWith(Messages.get(language, "home.title"));
    assertThat(browser.text(".govuk-caption-l")).isEqualTo(roleName);
    assertThat(browser.text(".bagyt-header__role")).isEqualTo(roleName);
    String name = browser.text(".bagyt-header__user");
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "home.welcome", name));
    assertThat(browser.text("main p.govuk-body-l")).isEqualTo(Messages.get(language, "role." + role.name() + ".purpose"));
    assertThat(browser.texts("main .govuk-list--bullet li")).containsExactly(
        Messages.get(language, "role." + role.name() + ".duty.1"),
        Messages.get(language, "role." + role.name() + ".duty.2"),
        Messages.get(language, "role." + role.name() + ".duty.3"));
    assertThat(browser.text(".bagyt-header__facility")).isEqualTo(
        role.facilityScoped() ? "IK-47" : Messages.get(language, "shell.all-facilities"));
    assertThat(browser.text("main a[href='/estate']")).isEqualTo(Messages.get(language, "nav.estate"));
  }
}
