package org.bagyt.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** What a page should say, read from the same messages files the application uses. */
final class Messages {

  private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

  private Messages() {}

  static String get(String language, String key, Object... args) {
    String pattern = LOADED.computeIfAbsent(language, Messages::load).getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message " + key + " in the " + language + " bundles");
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
  }

  private static Properties load(String language) {
    var properties = new Properties();
    try {
      var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
      var bundles = new java.util.ArrayList<org.springframework.core.io.Resource>();
      bundles.add(resolver.getResource("classpath:messages_" + language + ".properties"));
      bundles.addAll(java.util.List.of(resolver.getResources("classpath*:i18n/*_" + language + ".properties")));
      for (var bundle : bundles) {
        try (var in = bundle.getInputStream()) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
