package org.bagyt.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of tests that use Bagyt through a real browser. Every page a {@link #browser} visits is checked for
 * accessibility, CSP violations, script errors and missing files (see {@link Browser}). The class is skipped
 * when Chromium is missing, or fails under {@code CI=true} (see {@link Chromium}).
 *
 * <p>Starting Chromium costs seconds, so a test class keeps one browser per language and resets it (blank page,
 * no cookies, full width) after each test: every test still begins as a first visit.
 */
@Tag("browser")
@ExtendWith(Chromium.class)
public abstract class BrowserTest extends IntegrationTest {

  private static final Map<String, Browser> BROWSERS = new LinkedHashMap<>();

  /**
   * A browser whose user prefers {@code language} (set as Chromium's language, so it reaches Accept-Language
   * like a real user's setting: "ru", "en-GB", "de-DE").
   */
  protected Browser browser(String language) {
    return BROWSERS.computeIfAbsent(language, l -> Browser.start("http://localhost:" + port, l));
  }

  @AfterEach
  void resetBrowsers() {
    BROWSERS.values().forEach(Browser::reset);
  }

  @AfterAll
  static void closeBrowsers() {
    BROWSERS.values().forEach(browser -> {
      try {
        browser.close();
      } catch (RuntimeException e) {
        System.err.println("Could not close a browser: " + e);
      }
    });
    BROWSERS.clear();
  }
}
