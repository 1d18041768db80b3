package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * The incident, complaint, observation and visit pages in a real browser, for the roles that use them and in each
 * language: every page checked for accessibility, CSP and script errors; the inspector sees the torture allegation
 * on the home page and closes it as the independent body.
 */
class ConductPagesBrowserTest extends BrowserTest {

  private String first(String sql) {
    return jdbc.sql(sql).query(String.class).list().get(0);
  }

  private UUID prisonerWithVisitors() {
    return jdbc.sql("""
        SELECT pv.prisoner_id FROM prisoner_visitor pv JOIN prisoner p ON p.id = pv.prisoner_id
        JOIN facility f ON f.id = p.facility_id WHERE f.code = 'IK-47' ORDER BY p.number LIMIT 1""")
        .query(UUID.class).single();
  }

  @Test
  void aGovernorWorksThroughTheRegistersInKyrgyz() {
    UUID prisoner = prisonerWithVisitors();
    var browser = browser("ky").open("/login").signIn("governor", DemoData.DEMO_PASSWORD);
    browser.open("/incidents");
    assertThat(browser.text("h1")).isEqualTo(Messages.get("ky", "incident.register.title"));
    assertThat(browser.elements("#incidents tbody tr")).hasSizeGreaterThanOrEqualTo(5);
    browser.click("#incidents tbody tr:first-child a");
    assertThat(browser.text("#case-number")).startsWith("KG-INC-");
    browser.open("/incidents/new").open("/complaints").open("/complaints?show=overdue");
    assertThat(browser.elements("#complaints tbody tr")).hasSizeGreaterThanOrEqualTo(2);
    browser.click("#complaints tbody tr:first-child a");
    assertThat(browser.elements("#answer-form")).hasSize(1);
    browser.open("/visits").open("/observations");
    browser.open("/prisoners/" + prisoner + "/contacts");
    assertThat(browser.elements("#visitors tbody tr")).isNotEmpty();
    browser.open("/prisoners/" + prisoner + "/observations").open("/prisoners/" + prisoner + "/complaints/new")
        .open("/prisoners/" + prisoner);
  }

  @Test
  void anOfficerRecordsAnObservationInRussian() {
    UUID prisoner = prisonerWithVisitors();
    var browser = browser("ru").open("/login").signIn("officer", DemoData.DEMO_PASSWORD);
    browser.open("/prisoners/" + prisoner + "/observations");
    browser.element("label[for=behaviour-SEEKS_KNOWN_RECRUITERS]").click();
    browser.type("#account", "Спрашивал о переводе в отряд 3.");
    browser.click("#observation-form button[type=submit]");
    assertThat(browser.text("#done-title")).isNotBlank();
    assertThat(browser.elements("#lately tr[data-behaviour=SEEKS_KNOWN_RECRUITERS]")).hasSize(1);
  }

  @Test
  void theInspectorIsToldOfTheAllegationAndClosesItInEnglish() {
    var browser = browser("en").open("/login").signIn("inspector", DemoData.DEMO_PASSWORD);
    String caseNumber = first("SELECT case_number FROM complaint WHERE allegation AND status = 'OPEN' ORDER BY case_number");
    assertThat(browser.text("main")).contains(caseNumber);
    browser.open("/complaints?show=allegations");
    browser.click("#complaints tbody tr:first-child a");
    assertThat(browser.elements("#allegation-notice")).hasSize(1);
    browser.type("#decision-text", "Investigated by the national preventive mechanism; referred to the prosecutor.");
    browser.click("#decision-form button[type=submit]");
    assertThat(browser.text("#reply")).contains("national preventive mechanism");
    browser.open("/incidents").open("/visits");
  }

  @Test
  void anAnalystReadsInKyrgyz() {
    var browser = browser("ky").open("/login").signIn("analyst", DemoData.DEMO_PASSWORD);
    browser.open("/observations");
    assertThat(browser.elements("#observations tbody tr")).isNotEmpty();
    browser.open("/incidents").open("/visits");
  }
}
