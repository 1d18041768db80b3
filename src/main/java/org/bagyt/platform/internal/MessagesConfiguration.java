package org.bagyt.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Texts in Kyrgyz, Russian and English from {@code messages_ky|ru|en.properties} and from one bundle per module
 * in {@code i18n/<module>_ky|ru|en.properties}, so that a module's texts live beside each other. Declared here
 * because Boot configures messages only when a language-neutral {@code messages.properties} exists, and Bagyt
 * deliberately has none: every text is written in all three languages.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  /** The module bundles: every {@code i18n/*_en.properties} on the class path names one. */
  static List<String> basenames() {
    var names = new ArrayList<String>(List.of("messages"));
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
      Arrays.stream(found).map(Resource::getFilename).sorted()
          .forEach(file -> names.add("i18n/" + file.substring(0, file.length() - "_en.properties".length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  @Bean
  MessageSource messageSource() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasenames(basenames().toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
