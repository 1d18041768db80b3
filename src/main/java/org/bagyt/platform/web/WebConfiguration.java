package org.bagyt.platform.web;

import org.bagyt.platform.BagytProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final ApplicationEventPublisher events;
  private final LocaleResolver localeResolver;

  WebConfiguration(ApplicationEventPublisher events, BagytProperties properties) {
    this.events = events;
    this.localeResolver = new LanguageResolver(properties.defaultLanguage());
  }

  @Bean
  LocaleResolver localeResolver() {
    return localeResolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch(localeResolver, events))
        .excludePathPatterns("/webjars/**", "/css/**", "/js/**");
  }
}
