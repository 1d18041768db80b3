package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Every visible string exists in Kyrgyz, Russian and English, and no template carries literal text. */
class MessagesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][\\w.-]*[\\w])[}(]");
  private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "content");

  @Test
  void everyKeyIsInAllThreeLanguages() throws IOException {
    for (String bundle : bundles()) {
      var ky = load(bundle, "ky").stringPropertyNames();
      var ru = load(bundle, "ru").stringPropertyNames();
      var en = load(bundle, "en").stringPropertyNames();
      var all = new TreeSet<String>();
      all.addAll(ky);
      all.addAll(ru);
      all.addAll(en);
      assertThat(difference(all, ky)).as("missing from " + bundle + "_ky").isEmpty();
      assertThat(difference(all, ru)).as("missing from " + bundle + "_ru").isEmpty();
      assertThat(difference(all, en)).as("missing from " + bundle + "_en").isEmpty();
    }
  }

  @Test
  void noKeyIsInTwoBundles() throws IOException {
    var seen = new java.util.HashMap<String, String>();
    var twice = new TreeSet<String>();
    for (String bundle : bundles()) {
      for (String key : load(bundle, "en").stringPropertyNames()) {
        String other = seen.putIfAbsent(key, bundle);
        if (other != null) {
          twice.add(key + " in " + other + " and " + bundle);
        }
      }
    }
    assertThat(twice).isEmpty();
  }

  @Test
  void noTranslationIsEmpty() throws IOException {
    for (String bundle : bundles()) {
      for (String language : List.of("ky", "ru", "en")) {
        var p = load(bundle, language);
        assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
            .as("empty in " + bundle + "_" + language).isEmpty();
      }
    }
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    var known = load("en").stringPropertyNames();
    var missing = new TreeSet<String>();
    for (Path template : templates()) {
      Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
      while (m.find()) {
        if (!known.contains(m.group(1))) {
          missing.add(template.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void templatesHoldNoLiteralVisibleText() throws IOException {
    var literal = new ArrayList<String>();
    for (Path template : templates()) {
      var document = Jsoup.parse(Files.readString(template));
      for (Element e : document.getAllElements()) {
        for (TextNode t : e.textNodes()) {
          if (t.text().codePoints().anyMatch(Character::isLetter) && !e.tagName().equals("script")
              && !e.tagName().equals("style")) {
            literal.add(template.getFileName() + ": <" + e.tagName() + "> " + t.text().trim());
          }
        }
        e.attributes().forEach(a -> {
          if (TEXT_ATTRIBUTES.contains(a.getKey()) && a.getValue().codePoints().anyMatch(Character::isLetter)
              && !(e.tagName().equals("meta") && a.getKey().equals("content"))
              && !(a.getKey().equals("value") && !Set.of("button", "submit", "reset").contains(e.attr("type")))) {
            literal.add(template.getFileName() + ": " + e.tagName() + "@" + a.getKey() + "=" + a.getValue());
          }
        });
      }
    }
    assertThat(literal).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** {@code messages} and each module's bundle in {@code i18n/}, as the application loads them. */
  private static List<String> bundles() throws IOException {
    var bundles = new ArrayList<String>(List.of("messages"));
    try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_en.properties")).sorted()
          .forEach(n -> bundles.add("i18n/" + n.substring(0, n.length() - "_en.properties".length())));
    }
    return bundles;
  }

  private static Properties load(String bundle, String language) throws IOException {
    var p = new Properties();
    try (Reader r = Files.newBufferedReader(RESOURCES.resolve(bundle + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  /** Every bundle's texts in one language. */
  private static Properties load(String language) throws IOException {
    var all = new Properties();
    for (String bundle : bundles()) {
      all.putAll(load(bundle, language));
    }
    return all;
  }

  private static Set<String> difference(Set<String> all, Set<String> some) {
    var d = new TreeSet<>(all);
    d.removeAll(some);
    return d;
  }
}
