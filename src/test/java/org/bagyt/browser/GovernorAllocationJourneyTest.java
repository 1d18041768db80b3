package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The governor of colony No. 47 raises a prisoner's security category with a rationale and sees it in the history,
 * reads the unit where the prisoner is held, asks for a placement proposal for the colony, watches it being worked
 * out and confirms it, and sees a moved prisoner in the new cell. Every page passes axe-core and the
 * Content-Security-Policy, in each language. Two men sharing a cell are made a cell keep-apart pair first, so the
 * proposal always has a move to confirm.
 */
// A short solve keeps the wait small; the solver still has to end the broken rule within it.
@TestPropertySource(properties = "BAGYT_ALLOCATION_SOLVE_SECONDS=4")
class GovernorAllocationJourneyTest extends BrowserTest {

  /** Longest wait for the solver, well above its limit, so a hang fails the test instead of stalling the build. */
  private static final int WAIT_SECONDS = 60;

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"ky", "ru", "en"})
  void theGovernorClassifiesReadsTheUnitAndConfirmsAProposal(String language) throws InterruptedException {
    UUID prisoner = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id AND a.status = 'COUNTERSIGNED')
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.dimension = 'SECURITY'
                          AND c.level = 'HIGH')
        ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    String number = numberOf(prisoner);
    UUID unit = jdbc.sql("SELECT c.unit_id FROM prisoner p JOIN cell c ON c.id = p.cell_id WHERE p.id = ?")
        .param(prisoner).query(UUID.class).single();
    String unitCode = jdbc.sql("SELECT code FROM unit WHERE id = ?").param(unit).query(String.class).single();
    List<UUID> pair = cellMatesKeptApart();

    var browser = browser(language).open("/login").signIn("governor", DemoData.DEMO_PASSWORD);

    // 1. The security category raised, with the reason, in force at once and in the history.
    browser.open("/prisoners/" + prisoner + "/classification");
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "classification.title"));
    new Select(browser.element("#level-SECURITY")).selectByValue("HIGH");
    String rationale = "Journey " + language + ": threats to staff recorded this week.";
    browser.type("#rationale-SECURITY", rationale);
    browser.click("form:has(input[name=dimension][value=SECURITY]) button[type=submit]");
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "classification.done.applied"));
    String high = jdbc.sql("SELECT label_" + language + " FROM classification_level WHERE dimension = 'SECURITY' AND code = 'HIGH'")
        .query(String.class).single();
    assertThat(browser.text("#current-SECURITY")).startsWith(high);
    String newest = browser.text("tr.decision");
    assertThat(newest).contains(rationale).contains(high).contains("governor")
        .contains(Messages.get(language, "classification.dimension.SECURITY"));

    // 2. The unit: who is held in which cell.
    browser.open("/allocation/units/" + unit);
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "placement.unit.title", unitCode));
    String held = jdbc.sql("SELECT c.code FROM prisoner p JOIN cell c ON c.id = p.cell_id WHERE p.id = ?")
        .param(prisoner).query(String.class).single();
    assertThat(browser.elements("#cell-" + held + " li.held[data-number='" + number + "']")).hasSize(1);

    // 3. A proposal for the colony, worked out while the page shows its progress, then confirmed.
    browser.open("/allocation/proposals");
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "proposals.title"));
    browser.click("form[action$='/allocation/proposals'] button[type=submit]");
    assertThat(browser.location()).startsWith("/allocation/proposals/");
    assertThat(browser.text("h1")).isEqualTo(Messages.get(language, "proposals.proposal.title"));
    String solving = Messages.get(language, "proposals.status.SOLVING");
    // While it is worked out, the page shows a progress bar (read in one step: htmx may finish it meanwhile).
    assertThat(browser.script("return document.getElementById('status').textContent.trim() !== arguments[0]"
        + " || document.getElementById('solve-bar') !== null", solving)).isEqualTo(true);
    for (int i = 0; i < WAIT_SECONDS * 4 && status(browser).equals(solving); i++) {
      Thread.sleep(250);
    }
    browser.checkPage();
    assertThat(browser.text("#status")).isEqualTo(Messages.get(language, "proposals.status.PROPOSED"));
    assertThat(browser.elements("#solve-bar")).isEmpty();

    // The pair's numbers among the prisoners the proposal moves (read in one go: the table can be long).
    @SuppressWarnings("unchecked")
    var movedNumbers = (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('#moves tbody tr td:first-child')).map(c => c.textContent.trim())");
    UUID mover = movedNumbers.contains(numberOf(pair.get(0))) ? pair.get(0) : pair.get(1);
    assertThat(movedNumbers).as("one of the pair kept apart moves").contains(numberOf(mover));
    UUID from = cellOf(mover);
    browser.click("#confirm");
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get(language, "proposals.done.confirmed"));
    assertThat(browser.text("#status")).isEqualTo(Messages.get(language, "proposals.status.CONFIRMED"));
    assertThat(browser.elements("#confirm")).isEmpty();
    assertThat(cellOf(pair.get(0))).isNotEqualTo(cellOf(pair.get(1)));
    assertThat(cellOf(mover)).isNotEqualTo(from);

    // The moved prisoner's placement page shows the new cell.
    browser.open("/prisoners/" + mover + "/placement");
    String cell = jdbc.sql("SELECT code FROM cell WHERE id = ?").param(cellOf(mover)).query(String.class).single();
    assertThat(browser.text("#current-cell")).endsWith(" · " + cell);
  }

  /** Two plain men of the colony who share a cell, made a keep-apart pair for the cell: one of them must move. */
  private List<UUID> cellMatesKeptApart() {
    List<UUID> pair = jdbc.sql("""
        WITH plain AS (
          SELECT p.id, p.number, p.cell_id FROM prisoner p JOIN facility f ON f.id = p.facility_id
          WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.legal_status = 'CONVICTED'
            AND p.sex = 'MALE' AND p.date_of_birth < current_date - interval '19 years'
            AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
            AND NOT EXISTS (SELECT 1 FROM prisoner_group_member g WHERE g.prisoner_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
            AND NOT EXISTS (SELECT 1 FROM movement m WHERE m.prisoner_id = p.id AND m.kind = 'TEMPORARY_ABSENCE'
                            AND m.returned_at IS NULL))
        SELECT unnest(ARRAY[a.id, b.id]) FROM plain a JOIN plain b ON a.cell_id = b.cell_id AND a.number < b.number
        ORDER BY a.number, b.number LIMIT 2""").query(UUID.class).list();
    assertThat(pair).hasSize(2);
    jdbc.sql("""
        INSERT INTO keep_apart (first_id, first_role, second_id, second_role, reason, comment, scope, activities,
          review_on, authorised_by, authorised_at)
        VALUES (?, 'RIVAL', ?, 'RIVAL', 'RIVAL_NETWORKS', 'Соперничающие группы.', 'CELL', '{}', current_date + 30,
          'governor', now())""").params(pair.get(0), pair.get(1)).update();
    return pair;
  }

  /** The proposal's status, read in one step: htmx may replace the progress between finding it and reading it. */
  private static String status(Browser browser) {
    return String.valueOf(browser.script("return document.getElementById('status').textContent.trim()"));
  }

  private String numberOf(UUID prisoner) {
    return jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(prisoner).query(String.class).single();
  }

  private UUID cellOf(UUID prisoner) {
    return jdbc.sql("SELECT cell_id FROM prisoner WHERE id = ?").param(prisoner).query(UUID.class).single();
  }
}
