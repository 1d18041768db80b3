package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInTest extends IntegrationTest {

  @BeforeEach
  void nobodyHasChosenALanguageYet() {
    jdbc.sql("UPDATE staff_account SET language = NULL").update();
  }

  @ParameterizedTest(name = "browser language {0} gives a sign-in page in {1}")
  @CsvSource({
      "'ru-RU,ru;q=0.9,en;q=0.8', ru, Вход",
      "'ky', ky, Кирүү",
      "'en-GB,en;q=0.9', en, Sign in",
      "'de-DE,de;q=0.9', ky, Кирүү",
      "'de-DE,ru;q=0.5', ru, Вход",
      "'', ky, Кирүү"})
  void signInPageSpeaksTheBrowsersLanguageOrKyrgyz(String acceptLanguage, String language, String heading) {
    var page = client().acceptLanguage(acceptLanguage.isEmpty() ? null : acceptLanguage).get("/login");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo(language);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo(heading);
  }

  @Test
  void everyDemoAccountSignsInAndLandsOnItsRolesHomePage() {
    DemoData.ACCOUNTS.forEach((username, role) -> {
      var home = client().acceptLanguage("en").signIn(username, DemoData.DEMO_PASSWORD);
      assertThat(home.status()).as(username).isEqualTo(200);
      var html = home.html();
      assertThat(html.selectFirst(".govuk-caption-l").text()).as(username).isEqualTo(englishRole(role));
      assertThat(html.selectFirst(".bagyt-header__role").text()).isEqualTo(englishRole(role));
      assertThat(html.selectFirst("p.govuk-body-l").text()).as(username).startsWith("You ");
    });
  }

  @Test
  void facilityStaffSeeTheirFacilityAndHeadquartersSeesAll() {
    var governor = client().acceptLanguage("en").signIn("governor", DemoData.DEMO_PASSWORD).html();
    assertThat(governor.selectFirst(".bagyt-header__facility").text()).isEqualTo("IK-47");
    var hq = client().acceptLanguage("en").signIn("hq", DemoData.DEMO_PASSWORD).html();
    assertThat(hq.selectFirst(".bagyt-header__facility").text()).isEqualTo("All facilities");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
    var wrongPassword = client().acceptLanguage("en").signIn("governor", "not-the-password");
    var noSuchUser = client().acceptLanguage("en").signIn("nobody-here", "not-the-password");
    assertThat(wrongPassword.html().selectFirst(".govuk-error-summary").text())
        .isEqualTo(noSuchUser.html().selectFirst(".govuk-error-summary").text())
        .contains("The user name or password is not right");
  }

  @Test
  void theLanguageSwitchKeepsThePageAndIsRememberedForTheAccount() {
    var client = client().acceptLanguage("en");
    client.signIn("officer", DemoData.DEMO_PASSWORD);
    var estate = client.get("/estate?lang=ru");
    assertThat(estate.html().selectFirst("h1").text()).isEqualTo("Учреждения");
    assertThat(estate.html().select(".bagyt-languages a").eachAttr("href"))
        .containsExactly("/estate?lang=ky", "/estate?lang=ru", "/estate?lang=en");

    var nextVisit = client().acceptLanguage("en").signIn("officer", DemoData.DEMO_PASSWORD);
    assertThat(nextVisit.html().selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(jdbc.sql("SELECT language FROM staff_account WHERE username = 'officer'").query(String.class).single())
        .isEqualTo("ru");
  }

  @Test
  void signingOutEndsTheSession() {
    var client = client().acceptLanguage("en");
    client.signIn("analyst", DemoData.DEMO_PASSWORD);
    var signedOut = client.follow(client.postForm("/logout", java.util.Map.of()));
    assertThat(signedOut.html().selectFirst(".govuk-notification-banner__heading").text()).isEqualTo("You have signed out.");
    assertThat(client.get("/").status()).isEqualTo(302);
  }

  private static String englishRole(Role role) {
    return switch (role) {
      case ADMINISTRATOR -> "Administrator";
      case GOVERNOR -> "Governor";
      case OFFICER -> "Unit officer";
      case ASSESSOR -> "Assessor";
      case ANALYST -> "Security analyst";
      case FACILITATOR -> "Programme facilitator";
      case HEADQUARTERS -> "Headquarters analyst";
      case PROBATION -> "Probation liaison";
      case INSPECTOR -> "Inspector";
    };
  }
}
