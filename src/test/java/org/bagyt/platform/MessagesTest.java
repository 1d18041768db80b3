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
    var ky = load("ky").stringPropertyNames();
    var ru = load("ru").stringPropertyNames();
    var en = load("en").stringPropertyNames();
    var all = new TreeSet<String>();
    all.addAll(ky);
    all.addAll(ru);
    all.addAll(en);
    assertThat(difference(all, ky)).as("missing from messages_ky").isEmpty();
    assertThat(difference(all, ru)).as("missing from messages_ru").isEmpty();
    assertThat(difference(all, en)).as("missing from messages_en").isEmpty();
  }

  @Test
  void noTranslationIsEmpty() throws IOException {
    for (String language : List.of("ky", "ru", "en")) {
      var p = load(language);
      assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
          .as("empty in messages_" + language).isEmpty();
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

  private static Properties load(String language) throws IOException {
    var p = new Properties();
    try (Reader r = Files.newBufferedReader(RESOURCES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Set<String> difference(Set<String> all, Set<String> some) {
    var d = new TreeSet<>(all);
    d.removeAll(some);
    return d;
  }
}
