package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No page asks for GOV.UK's typeface: GDS Transport is licensed to GOV.UK services only and has no Cyrillic, and
 * Bagyt does not serve its font files, so a stylesheet naming it makes browsers fetch /assets/fonts and get 404s.
 */
class StylesheetsTest extends IntegrationTest {

  private static final String GOVUK_WEBJAR = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css";
  private static final Pattern THYMELEAF_URL = Pattern.compile("@\\{([^}]+)}");

  @Test
  void noStylesheetOfAnyPageOrTemplateNamesGdsTransportOrItsFontFiles() {
    var client = client();
    var stylesheets = new LinkedHashMap<String, String>();
    stylesheets.putAll(linkedFrom(client, "/login"));
    client.signIn("governor", DemoData.DEMO_PASSWORD);
    stylesheets.putAll(linkedFrom(client, "/"));
    stylesheets.putAll(linkedFrom(client, "/no-such-page"));
    stylesheets.putAll(linkedFromTemplates(client));

    assertThat(stylesheets).as("stylesheets linked by pages and templates")
        .containsKeys("/css/govuk-frontend.min.css", "/css/bagyt.css", "classpath:pdf/print.css");
    stylesheets.forEach((name, css) -> {
      assertThat(css).as(name).doesNotContain("/assets/fonts").doesNotContainIgnoringCase("GDS Transport");
    });
  }

  @Test
  void govukStylesheetKeepsEveryRuleAndFallsBackToArial() {
    var client = client();
    String original = stylesheet(client, GOVUK_WEBJAR);
    String served = stylesheet(client, "/css/govuk-frontend.min.css");

    // The webjar's own copy declares the typeface: were it ever to stop, this test would prove nothing.
    int fontFaces = count(original, "@font-face");
    assertThat(fontFaces).as("GDS Transport font faces in the webjar's stylesheet").isPositive();
    assertThat(original).contains("GDS Transport");
    assertThat(count(served, "{")).as("rules of GOV.UK's stylesheet, less its font faces")
        .isEqualTo(count(original, "{") - fontFaces);
    assertThat(served).contains(".govuk-button{").contains("font-family:arial,sans-serif")
        .doesNotContain("@font-face").doesNotContain("sourceMappingURL");
  }

  /** The stylesheets a page links, by address, with their text as served. */
  private static Map<String, String> linkedFrom(WebClient client, String page) {
    var stylesheets = new LinkedHashMap<String, String>();
    for (var link : client.get(page).html().select("link[rel=stylesheet]")) {
      String href = link.attr("href");
      stylesheets.put(href, stylesheet(client, href));
    }
    assertThat(stylesheets).as("stylesheets of " + page).isNotEmpty();
    return stylesheets;
  }

  /**
   * Every stylesheet any template links, error pages and PDFs included: an application address ({@code @{/...}})
   * as served, a plain relative one as the PDF renderer reads it (beside {@code pdf/print.css}).
   */
  private static Map<String, String> linkedFromTemplates(WebClient client) {
    var stylesheets = new LinkedHashMap<String, String>();
    try {
      for (var template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
        var html = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
        for (var link : html.select("link[rel=stylesheet]")) {
          var url = THYMELEAF_URL.matcher(link.attr("th:href"));
          if (url.matches()) {
            stylesheets.put(url.group(1), stylesheet(client, url.group(1)));
          } else {
            String path = "pdf/" + link.attr("href");
            stylesheets.put("classpath:" + path, new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stylesheets;
  }

  private static String stylesheet(WebClient client, String path) {
    var response = client.get(path, "Accept", "text/css,*/*;q=0.1");
    assertThat(response.status()).as(path).isEqualTo(200);
    return response.body();
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
