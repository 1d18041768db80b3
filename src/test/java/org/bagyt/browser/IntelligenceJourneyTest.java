package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * An analyst in a real browser: records an item through the form, finds it in the register, and opens the association
 * network, whose graph the page's script draws on a canvas without breaking the Content-Security-Policy. Each page
 * passes the browser's checks (axe-core, CSP, script errors).
 */
class IntelligenceJourneyTest extends BrowserTest {

  @Test
  void anAnalystRecordsAnItemAndOpensTheNetwork() {
    String number = jdbc.sql("""
        SELECT p.number FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = 'IK-47'
        AND p.released_at IS NULL ORDER BY p.number LIMIT 1""").query(String.class).single();
    var browser = browser("ru").open("/login").signIn("analyst", DemoData.DEMO_PASSWORD);

    browser.open("/intelligence/new");
    browser.click("#item-form [type=submit]");
    assertThat(browser.text("#sourceGrade-error")).contains(Messages.get("ru", "intelligence.error.grade-required"));
    browser.element("#sourceGrade-B").click();
    browser.element("#informationGrade-2").click();
    browser.element("#handlingCode-S").click();
    browser.type("#prisoners", number).type("#summary", "Передаёт материалы, призывающие к насилию.")
        .type("#provenance", "Наблюдение сотрудника отряда.");
    browser.click("#item-form [type=submit]");
    assertThat(browser.text("#grading")).isEqualTo("B2S");
    assertThat(browser.text("#shareable")).isEqualTo(Messages.get("ru", "intelligence.not-shareable"));

    browser.open("/intelligence");
    assertThat(browser.elements("#register tbody tr")).isNotEmpty();

    browser.open("/network");
    assertThat(browser.text("h1")).isEqualTo(Messages.get("ru", "network.title"));
    Object drawn = browser.script("""
        const canvas = document.querySelector('#network-chart canvas');
        return canvas ? canvas.width : 0;""");
    assertThat(((Number) drawn).intValue()).isGreaterThan(0);
    // Keep what the analyst saw, for a person to look at (target/network.png).
    String png = (String) browser.script("""
        const canvas = document.querySelector('#network-chart canvas');
        return canvas.toDataURL('image/png').substring('data:image/png;base64,'.length);""");
    try {
      java.nio.file.Files.write(java.nio.file.Path.of("target/network.png"), java.util.Base64.getDecoder().decode(png));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(browser.elements("#central tbody tr")).isNotEmpty();
  }
}
