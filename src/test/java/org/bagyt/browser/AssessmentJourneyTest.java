package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.bagyt.assessment.Assessors;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.Instruments;
import org.bagyt.demo.DemoData;
import org.bagyt.staff.Accreditations;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An assessor writes a risk and needs assessment and submits it; a second assessor countersigns it and records how
 * the prisoner was told. Every page passes axe-core and the Content-Security-Policy, in each language.
 */
class AssessmentJourneyTest extends BrowserTest {

  @Autowired
  Accreditations accreditations;

  @Autowired
  Instruments instruments;

  @BeforeEach
  void assessorsAreAccredited() {
    Assessors.prepare(jdbc, accreditations);
    jdbc.sql("UPDATE staff_account SET language = NULL WHERE username IN ('assessor', 'assessor2')").update();
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"ky", "ru", "en"})
  void anAssessorAndASecondAssessorCompleteAnAssessment(String language) {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    Instrument instrument = instruments.newest(Assessors.RISK_NEEDS).orElseThrow();
    var browser = browser(language).open("/login").signIn("assessor", DemoData.DEMO_PASSWORD);

    browser.open("/prisoners/" + prisoner + "/assessments");
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "assessment.page.prisoner.title"));
    assertThat(browser.text("#assessments-none")).isEqualTo(Messages.get(language, "assessment.page.list.none"));
    new Select(browser.element("#instrument")).selectByValue(Assessors.RISK_NEEDS);
    browser.click("#start");
    assertThat(browser.location()).startsWith("/assessments/");
    String assessment = browser.location();
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "assessment.page.done.started"));
    assertThat(browser.text("#status")).isEqualTo(Messages.get(language, "assessment.status.DRAFT"));
    assertThat(browser.text("h1")).isEqualTo(instrument.name().in(language));
    assertThat(browser.text("label[for=rationale-BA1]")).isEqualTo(Messages.get(language, "assessment.page.rationale.required"));

    // Every item rated, with its rationale; the judgements; a source.
    instrument.items().forEach(item -> {
      browser.element("label[for=rating-" + item.code() + "]").click();
      browser.type("#rationale-" + item.code(), "Observed " + item.code());
    });
    instrument.judgements().forEach(j -> {
      browser.element("label[for=level-" + j.code() + "]").click();
      browser.type("#judgement-rationale-" + j.code(), "Weighed " + j.code());
    });
    browser.element("label[for=sources]").click();
    browser.click("#submit");
    assertThat(browser.location()).isEqualTo(assessment);
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "assessment.page.done.submitted"));
    assertThat(browser.text("#status")).isEqualTo(Messages.get(language, "assessment.status.SUBMITTED"));
    assertThat(browser.elements("#countersign")).as("the author cannot countersign").isEmpty();

    browser.click("form.bagyt-header__signout button").signIn("assessor2", DemoData.DEMO_PASSWORD);
    browser.open(assessment);
    assertThat(browser.text("tr.rating[data-item=BA1]")).contains("Observed BA1");
    browser.click("#countersign");
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "assessment.page.done.countersigned"));
    assertThat(browser.text("#status")).isEqualTo(Messages.get(language, "assessment.status.COUNTERSIGNED"));
    assertThat(browser.text("#countersigner")).startsWith("assessor2");

    browser.script("document.getElementById('told-on').value = arguments[0]", LocalDate.now(ZoneId.of("Asia/Bishkek")).toString());
    browser.element("label[for=method]").click();
    browser.type("#notice-language", "кыргызча");
    browser.click("#record-notice");
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "assessment.page.done.notice"));
    assertThat(browser.text("#notice")).contains(Messages.get(language, "assessment.notice.IN_PERSON"));

    browser.click("#to-prisoner");
    assertThat(browser.text("tr.assessment")).contains(Messages.get(language, "assessment.status.COUNTERSIGNED"));
    assertThat(browser.elements("#timeline-chart canvas")).as("the timeline is drawn").isNotEmpty();
    assertThat(browser.texts("tr.timeline-point")).hasSize(1);
  }
}
