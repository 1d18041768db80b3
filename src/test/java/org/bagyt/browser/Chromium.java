package org.bagyt.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the system's Chromium and chromedriver are, and whether browser tests can run.
 *
 * <p>Browser tests never download a browser or driver: they use the ones the operating system installed
 * ({@code apt-get install chromium chromium-driver}, which {@code bin/test} does when it can). Paths come from
 * {@code BAGYT_CHROMIUM} and {@code BAGYT_CHROMEDRIVER}, else the Debian locations. When either is missing
 * the tests are skipped on a developer's machine, but fail under {@code CI=true}: a build server that
 * silently stops testing in a browser is worse than a red build.
 */
public final class Chromium implements ExecutionCondition {

  static final String DEFAULT_BROWSER = "/usr/bin/chromium";
  static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

  /** The browser and driver this environment names, whether or not they exist. */
  record Installation(Path browser, Path driver) {

    static Installation from(Map<String, String> env) {
      return new Installation(Path.of(env.getOrDefault("BAGYT_CHROMIUM", DEFAULT_BROWSER)),
          Path.of(env.getOrDefault("BAGYT_CHROMEDRIVER", DEFAULT_DRIVER)));
    }

    List<Path> missing() {
      var missing = new ArrayList<Path>();
      for (Path p : List.of(browser, driver)) {
        if (!Files.isExecutable(p)) {
          missing.add(p);
        }
      }
      return missing;
    }
  }

  private static volatile boolean warned;

  static Installation installation() {
    return Installation.from(System.getenv());
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return decide(System.getenv());
  }

  /**
   * Runs when Chromium and its driver are there; otherwise skips, or throws under {@code CI=true} (JUnit
   * reports a throwing condition as a failure of the test class).
   */
  static ConditionEvaluationResult decide(Map<String, String> env) {
    var installation = Installation.from(env);
    var missing = installation.missing();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium at " + installation.browser());
    }
    String what = "Browser tests need Chromium and chromedriver, but " + missing + (missing.size() == 1 ? " is" : " are")
        + " missing. Install them with 'apt-get install -y chromium chromium-driver' (bin/test does this when it"
        + " may), or name other paths in BAGYT_CHROMIUM and BAGYT_CHROMEDRIVER.";
    if ("true".equalsIgnoreCase(env.get("CI"))) {
      throw new IllegalStateException("CI=true: " + what);
    }
    // Surefire does not print skip reasons in its summary; say it once where a developer will see it.
    if (!warned) {
      warned = true;
      System.err.println("SKIPPED: " + what);
    }
    return ConditionEvaluationResult.disabled(what);
  }
}
