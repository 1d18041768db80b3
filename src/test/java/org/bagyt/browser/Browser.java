package org.bagyt.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, headless, speaking to one running Bagyt. Every page it lands on, by {@link #open} or by a
 * {@link #click} that navigates, is checked before the test sees it (see {@link #checkPage}): axe-core finds
 * no serious or critical accessibility violation, and the page broke neither the Content-Security-Policy nor
 * its own scripts, loaded all its files and shows no GDS Transport text.
 */
public final class Browser implements AutoCloseable {

  /** Impacts that fail a test; moderate and minor findings are left to review. */
  static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Pages (by {@link #fingerprint}) that axe-core has passed in this test run. */
  private static final Set<String> PASSED_AXE = ConcurrentHashMap.newKeySet();

  /**
   * Installed before any page script runs: remembers CSP violations and uncaught errors so that a blocked
   * inline script or style, or a broken script, fails the test instead of passing unnoticed.
   */
  private static final String PAGE_PROBLEMS = """
      window.__bagytProblems = [];
      document.addEventListener('securitypolicyviolation', e => window.__bagytProblems.push(
          'Content-Security-Policy blocked ' + (e.blockedURI || 'inline code') + ' (' + e.violatedDirective + ')'
          + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '')));
      window.addEventListener('error', e => window.__bagytProblems.push('script error: ' + e.message
          + (e.filename ? ' at ' + e.filename + ':' + e.lineno : '')));
      window.addEventListener('unhandledrejection', e => window.__bagytProblems.push(
          'unhandled promise rejection: ' + e.reason));
      """;

  /**
   * Waits for fonts (they load only once the page is laid out), then lists what went wrong: the problems
   * remembered above, any stylesheet, script, font or image that did not load, any font face of GDS Transport
   * (the UK government's typeface, which Bagyt may not use; its files are not served) and any text set in it.
   */
  private static final String FIND_PROBLEMS = """
      return document.fonts.ready.then(() => {
        const problems = (window.__bagytProblems || []).concat(
            performance.getEntriesByType('resource').filter(r => r.responseStatus >= 400)
                .map(r => r.initiatorType + ' ' + r.name + ' answered ' + r.responseStatus),
            [...document.fonts].filter(f => f.family.includes('GDS Transport'))
                .map(f => 'GDS Transport font face declared (' + f.weight + '), whether or not it was fetched'));
        for (const e of document.querySelectorAll('body, body *')) {
          for (const pseudo of [null, '::before', '::after']) {
            if (getComputedStyle(e, pseudo).fontFamily.includes('GDS Transport')) {
              problems.push('GDS Transport typeface on ' + e.tagName.toLowerCase()
                  + (e.classList.length ? '.' + [...e.classList].join('.') : '') + (pseudo || ''));
            }
          }
        }
        return problems;
      });
      """;

  private final String base;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;
  private final List<String> checkedPages = new ArrayList<>();
  private int width;

  private Browser(String base, String language, int width) throws IOException {
    var chromium = Chromium.installation();
    this.base = base;
    this.width = width;
    this.profile = Files.createTempDirectory("bagyt-chromium");
    // An explicit driver executable and browser binary: Selenium Manager is never consulted, nothing is downloaded.
    this.service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
        .usingAnyFreePort().build();
    var options = new ChromeOptions();
    options.setBinary(chromium.browser().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--user-data-dir=" + profile, "--lang=" + language,
        "--window-size=" + width + ",900");
    // --lang is the browser's own language; Accept-Language comes from this preference, a user's language setting.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    try {
      this.driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    this.wait = new WebDriverWait(driver, WAIT);
    // axe-core on a long page of a busy 2-core machine can take longer than Selenium's default 30 s.
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PAGE_PROBLEMS));
    viewport(width);
  }

  /** A fresh browser (own profile, no cookies) whose user prefers the given language, 1280 px wide. */
  public static Browser start(String base, String language) {
    try {
      return new Browser(base, language, 1280);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Goes to a path of the application, as if typed into the address bar, and checks the page. */
  public Browser open(String path) {
    driver.get(base + path);
    checkPage();
    return this;
  }

  /** Clicks something that leads to another page (a link, a form's button), waits for it and checks it. */
  public Browser click(String css) {
    WebElement page = driver.findElement(By.tagName("html"));
    element(css).click();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    checkPage();
    return this;
  }

  /**
   * Clicks something that changes the page in place (an in-page link, an htmx control), waits until htmx has
   * nothing in flight and checks the page again.
   */
  public Browser clickInPage(String css) {
    element(css).click();
    wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
        "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
    checkPage();
    return this;
  }

  /** Types into a field, replacing what was there. */
  public Browser type(String css, String text) {
    WebElement field = element(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Signs in on the sign-in page the browser is showing. */
  public Browser signIn(String username, String password) {
    return type("#username", username).type("#password", password).click("form[action$='/login'] [type=submit]");
  }

  /** Presses a key on whatever has focus, as a keyboard user does. */
  public Browser press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
    return this;
  }

  public Browser tab() {
    return press(Keys.TAB);
  }

  /** Sets the width of the page's viewport (the height stays 900 px), as on a screen of that size. */
  public Browser viewport(int pixels) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", pixels, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    this.width = pixels;
    return this;
  }

  public WebElement element(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> elements(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The text a user sees in the first element that matches. */
  public String text(String css) {
    return element(css).getText();
  }

  public List<String> texts(String css) {
    return elements(css).stream().map(WebElement::getText).toList();
  }

  /** The language the page declares on {@code <html lang>}. */
  public String language() {
    return element("html").getAttribute("lang");
  }

  public String title() {
    return driver.getTitle();
  }

  /** Path and query of the page shown, without scheme, host and port. */
  public String location() {
    URI uri = URI.create(driver.getCurrentUrl());
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }

  public Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  /** Every page checked so far, in order, as path and query. */
  public List<String> checkedPages() {
    return List.copyOf(checkedPages);
  }

  /**
   * Makes the browser as if just started, without the cost of starting it: a blank page, no cookies for any
   * site, the full width again. Tests share browsers this way.
   */
  Browser reset() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    checkedPages.clear();
    return viewport(1280);
  }

  /**
   * Checks the page shown: no CSP violation or script error since it loaded, no file that failed to load, no
   * GDS Transport text, and no accessibility violation that axe-core rates serious or critical (the failure
   * names each rule, its impact and the elements). Called on every page the browser lands on; call it again
   * after something changes a page in place.
   */
  public void checkPage() {
    String where = location() + " (" + language() + ", " + width + " px)";
    @SuppressWarnings("unchecked")
    var problems = (List<String>) driver.executeScript(FIND_PROBLEMS);
    if (!problems.isEmpty()) {
      throw new AssertionError("The page " + where + " had problems:\n  " + String.join("\n  ", problems));
    }
    // The same markup at the same width gets the same axe verdict (the sign-in page, seen by every test):
    // check it once per test run. Only a page that passed is remembered.
    String fingerprint = fingerprint();
    if (PASSED_AXE.contains(fingerprint)) {
      checkedPages.add(location());
      return;
    }
    // Legacy mode runs axe in the page itself; the default opens and closes a second tab on every check, to
    // merge results across origins, which costs time and Bagyt pages have no frames.
    var results = new AxeBuilder().setLegacyMode(true).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError("axe-core could not check " + where + ": " + results.getErrorMessage());
    }
    var failing = results.getViolations().stream().filter(r -> FAILING_IMPACTS.contains(r.getImpact()))
        .sorted(Comparator.comparing(Rule::getId)).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError("axe-core found " + failing.size() + " serious or critical accessibility "
          + (failing.size() == 1 ? "violation" : "violations") + " on " + where + ":\n"
          + failing.stream().map(Browser::describe).collect(Collectors.joining("\n")));
    }
    PASSED_AXE.add(fingerprint);
    checkedPages.add(location());
  }

  /** The viewport width and a digest of the page's markup, without the session's CSRF token. */
  private String fingerprint() {
    String markup = (String) driver.executeScript("""
        const copy = document.documentElement.cloneNode(true);
        copy.querySelectorAll('meta[name=_csrf], input[name=_csrf]').forEach(e => {
          e.removeAttribute('content');
          e.removeAttribute('value');
        });
        return copy.outerHTML;""");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(markup.getBytes(StandardCharsets.UTF_8));
      return width + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(Rule rule) {
    String nodes = rule.getNodes().stream().limit(10).map(Browser::describe).collect(Collectors.joining("\n"));
    String more = rule.getNodes().size() > 10 ? "\n      … and " + (rule.getNodes().size() - 10) + " more" : "";
    return "  " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
        + nodes + more;
  }

  private static String describe(CheckedNode node) {
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().strip().replaceAll("\\n\\s*", "; ");
    return "    - " + node.getTarget() + ": " + summary;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover profile in the temporary directory harms nothing.
    }
  }
}
