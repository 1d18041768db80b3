package org.bagyt.platform.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Texts in Kyrgyz, Russian and English from {@code messages_ky|ru|en.properties}. Declared here because
 * Boot configures messages only when a language-neutral {@code messages.properties} exists, and Bagyt
 * deliberately has none: every text is written in all three languages.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  @Bean
  MessageSource messageSource() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
