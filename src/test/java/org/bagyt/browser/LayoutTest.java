package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bagyt.demo.DemoData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages fit a desktop (1280 px) and a tablet held upright (768 px): nothing scrolls sideways, the header and the
 * content are on screen, and a keyboard user's first Tab reaches a visible skip link that works.
 */
class LayoutTest extends BrowserTest {

  /** Pages seen signed in; add each new kind of page here. */
  private static final List<String> SIGNED_IN_PAGES = List.of("/", "/estate", "/prisoners", "/imports/prisoners", "/approvals",
      "/admissions/new", "/referrals", "/estate/overcrowding", "/staff", "/staff/assessor", "/assessments", "/no-such-page");

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 768})
  void pagesFitTheScreenAndStartWithAWorkingSkipLink(int width) {
    var browser = browser("en").viewport(width).open("/login");
    checkLayout(browser, width);
    checkSkipLink(browser);

    browser.open("/login").signIn("governor", DemoData.DEMO_PASSWORD);
    String prisonerFile = "/prisoners/" + jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id "
        + "WHERE f.code = 'IK-47' ORDER BY p.number LIMIT 1").query(String.class).single();
    String facilityPage = "/estate/facilities/" + jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'")
        .query(String.class).single();
    var pages = new java.util.ArrayList<>(SIGNED_IN_PAGES);
    pages.addAll(List.of(prisonerFile, prisonerFile + "/movements", prisonerFile + "/sentence", prisonerFile + "/assessments",
        facilityPage));
    for (String page : pages) {
      browser.open(page);
      checkLayout(browser, width);
      checkSkipLink(browser);
    }
    browser.open("/estate");
    assertThat(browser.elements(".bagyt-chart canvas")).as("the chart of beds by region is drawn").isNotEmpty();
    assertThat(browser.checkedPages()).contains("/login", "/", "/estate", "/no-such-page");
  }

  private static void checkLayout(Browser browser, int width) {
    String page = browser.location() + " at " + width + " px";
    @SuppressWarnings("unchecked")
    var sizes = (Map<String, Number>) browser.script("""
        const d = document.documentElement;
        return {client: d.clientWidth, scroll: d.scrollWidth, inner: window.innerWidth};""");
    assertThat(sizes.get("inner").intValue()).as("viewport of " + page).isEqualTo(width);
    assertThat(sizes.get("scroll").intValue()).as("document width of " + page + " (it scrolls sideways when wider)")
        .isLessThanOrEqualTo(sizes.get("client").intValue());

    assertThat(offScreen(browser, ".bagyt-header, .bagyt-header a, .bagyt-header button, .bagyt-header__who span"))
        .as("parts of the header off screen or hidden on " + page).isEmpty();
    assertThat(offScreen(browser, "main h1")).as("main heading off screen or hidden on " + page).isEmpty();
    assertThat(browser.element("main").isDisplayed()).as("main content of " + page).isTrue();
  }

  /** Elements matching {@code css} that have no size, are hidden, or stick out of the viewport sideways. */
  private static List<?> offScreen(Browser browser, String css) {
    return (List<?>) browser.script("""
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll(arguments[0])].filter(e => {
          const r = e.getBoundingClientRect();
          return r.width < 1 || r.height < 1 || r.left < 0 || r.right > width + 0.5
              || getComputedStyle(e).visibility === 'hidden';
        }).map(e => e.outerHTML.slice(0, 120));""", css);
  }

  private static void checkSkipLink(Browser browser) {
    String page = browser.location();
    browser.open(page).tab();
    @SuppressWarnings("unchecked")
    var focused = (Map<String, Object>) browser.script("""
        const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
        return {className: e.className, text: e.innerText, href: e.getAttribute('href'),
                visible: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight,
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                shadow: s.boxShadow !== 'none'};""");
    assertThat(focused.get("className")).as("first Tab on " + page).asString().contains("govuk-skip-link");
    assertThat(focused.get("text")).as("skip link on " + page).isEqualTo(Messages.get("en", "shell.skip-to-content"));
    assertThat(focused.get("visible")).as("skip link on screen when focused, on " + page).isEqualTo(true);
    assertThat(Boolean.TRUE.equals(focused.get("outline")) || Boolean.TRUE.equals(focused.get("shadow")))
        .as("skip link shows that it has focus, on " + page).isTrue();

    browser.press(org.openqa.selenium.Keys.ENTER);
    assertThat(browser.location()).as("after the skip link on " + page).endsWith("#main-content");
    assertThat(browser.script("return document.activeElement.id")).as("focus after the skip link on " + page)
        .isEqualTo("main-content");
  }
}
