package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer opens a prisoner's placement page, picks a unit and a cell (htmx redraws the choice), reads the check
 * and moves the prisoner there. Every page passes axe-core and the Content-Security-Policy, in each language.
 */
class PlacementJourneyTest extends BrowserTest {

  private static int cells;

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"ky", "ru", "en"})
  void anOfficerChecksACellAndMovesThePrisonerThere(String language) throws InterruptedException {
    UUID prisoner = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.legal_status = 'CONVICTED'
          AND p.sex = 'MALE' AND p.date_of_birth < current_date - interval '19 years'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
          AND NOT EXISTS (SELECT 1 FROM prisoner_group_member g WHERE g.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
          AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM movement m WHERE m.prisoner_id = p.id AND m.kind = 'TEMPORARY_ABSENCE'
                          AND m.returned_at IS NULL)
        ORDER BY p.number OFFSET ? LIMIT 1""").param(cells).query(UUID.class).single();
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND NOT 'VIOLENT_EXTREMIST' = ANY(u.used_for) AND NOT 'SEPARATION' = ANY(u.used_for)
        ORDER BY u.code LIMIT 1""").query(UUID.class).single();
    jdbc.sql("DELETE FROM allocation_policy WHERE facility_id IS NOT NULL").update();
    UUID cell = jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, ?, 4, 20) RETURNING id")
        .params(unit, "B-" + (++cells)).query(UUID.class).single();

    var browser = browser(language).open("/login").signIn("officer", DemoData.DEMO_PASSWORD);
    browser.open("/prisoners/" + prisoner + "/placement");
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "placement.page.title"));
    assertThat(browser.text("#here .verdict")).isNotBlank();

    new Select(browser.element("#unit")).selectByValue(unit.toString());
    awaitOption(browser, "#cell", cell);
    new Select(browser.element("#cell")).selectByValue(cell.toString());
    browser.click("#check");
    assertThat(browser.text("#checked .verdict")).isEqualTo(Messages.get(language, "placement.page.allowed"));
    assertThat(browser.text("#checked-heading")).contains("B-" + cells);

    browser.click("#move-here");
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "placement.done.moved"));
    assertThat(browser.text("#current-cell")).contains("B-" + cells);
  }

  /** Waits until htmx has redrawn the choice with the cell among the options, and checks the page again. */
  private static void awaitOption(Browser browser, String select, UUID value) throws InterruptedException {
    for (int i = 0; i < 100 && browser.elements(select + " option[value='" + value + "']").isEmpty(); i++) {
      Thread.sleep(100);
    }
    assertThat(browser.elements(select + " option[value='" + value + "']")).isNotEmpty();
    browser.checkPage();
  }
}
