package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a member of staff does first: open Bagyt, sign in, change language, look around, sign out. */
class SignInJourneyTest extends BrowserTest {

  @BeforeEach
  void nobodyHasChosenALanguageYet() {
    jdbc.sql("UPDATE staff_account SET language = NULL").update();
  }

  @ParameterizedTest(name = "a browser set to {0} shows the sign-in page in {1}")
  @CsvSource({"ru, ru", "en-GB, en", "ky, ky", "de-DE, ky"})
  void theSignInPageSpeaksTheBrowsersLanguageOrKyrgyz(String browserLanguage, String pageLanguage) {
    var browser = browser(browserLanguage).open("/login");

    assertThat(browser.language()).isEqualTo(pageLanguage);
    assertThat(browser.text("h1")).isEqualTo(Messages.get(pageLanguage, "signin.title"));
    assertThat(browser.text("label[for=username]")).isEqualTo(Messages.get(pageLanguage, "signin.username"));
    assertThat(browser.title()).startsWith(Messages.get(pageLanguage, "signin.title"));
  }

  @Test
  void anOfficerSignsInSwitchesLanguageVisitsTheEstateAndSignsOut() {
    var browser = browser("ru").open("/login").signIn("officer", DemoData.DEMO_PASSWORD);

    assertThat(browser.location()).isEqualTo("/");
    assertThat(browser.language()).isEqualTo("ru");
    assertThat(browser.text(".govuk-caption-l")).isEqualTo(Messages.get("ru", "role.OFFICER"));
    String name = browser.text(".bagyt-header__user");
    assertThat(name).isNotBlank();
    assertThat(browser.text("h1")).isEqualTo(Messages.get("ru", "home.welcome", name));

    for (String language : new String[] {"ky", "en", "ru"}) {
      browser.click(".bagyt-languages a[lang=" + language + "]");
      assertThat(browser.location()).isEqualTo("/?lang=" + language);
      assertThat(browser.language()).isEqualTo(language);
      assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "home.welcome", name));
      assertThat(browser.text(".bagyt-header__role")).isEqualTo(Messages.get(language, "role.OFFICER"));
      assertThat(browser.text(".bagyt-header__signout button")).isEqualTo(Messages.get(language, "shell.sign-out"));
      assertThat(browser.text(".bagyt-languages a[aria-current=true]")).isEqualTo(
          browser.text(".bagyt-languages a[lang=" + language + "]"));
    }

    browser.click(".govuk-service-navigation a[href='/estate']");
    assertThat(browser.location()).isEqualTo("/estate");
    assertThat(browser.text("h1")).isEqualTo(Messages.get("ru", "estate.title"));
    assertThat(browser.elements("table tbody tr")).isNotEmpty();

    browser.click(".bagyt-languages a[lang=en]");
    assertThat(browser.location()).isEqualTo("/estate?lang=en");
    assertThat(browser.language()).isEqualTo("en");
    assertThat(browser.text("h1")).isEqualTo("Estate");
    assertThat(browser.text(".govuk-service-navigation__item--active")).isEqualTo(Messages.get("en", "nav.estate"));

    browser.click("form.bagyt-header__signout button");
    assertThat(browser.location()).isEqualTo("/login?signedOut");
    assertThat(browser.text(".govuk-notification-banner__heading")).isEqualTo("You have signed out.");
    assertThat(browser.elements(".bagyt-header__user")).isEmpty();

    browser.open("/estate");
    assertThat(browser.location()).as("signed out, the estate asks for sign-in again").isEqualTo("/login");
    assertThat(browser.language()).as("the browser remembers the last language chosen").isEqualTo("en");
  }

  @Test
  void aWrongPasswordKeepsThePersonOnTheSignInPageWithAnErrorSummary() {
    var browser = browser("en").open("/login").signIn("governor", "not-the-password");

    assertThat(browser.location()).isEqualTo("/login?error");
    assertThat(browser.text(".govuk-error-summary__title")).isEqualTo("There is a problem");
    browser.clickInPage(".govuk-error-summary__list a");
    // The summary's link is in-page; GOV.UK Frontend moves focus to the field.
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("username");
  }
}
