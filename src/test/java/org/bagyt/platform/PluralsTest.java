package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** Russian has one, few and many; Kyrgyz one and other: ICU gets them right where the JDK cannot. */
class PluralsTest extends IntegrationTest {

  @Autowired
  I18n i18n;

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  private String summary(String language, int n) {
    LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
    // Grouping separators are no-break spaces in ky and ru; compare them as ordinary spaces.
    return i18n.format("estate.summary", Map.of("facilities", n, "cells", n, "beds", n))
        .replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void russianPluralForms() {
    assertThat(summary("ru", 1)).startsWith("1 учреждение,").endsWith("1 спальное место.");
    assertThat(summary("ru", 2)).startsWith("2 учреждения,").endsWith("2 спальных места.");
    assertThat(summary("ru", 5)).startsWith("5 учреждений,").endsWith("5 спальных мест.");
    assertThat(summary("ru", 21)).startsWith("21 учреждение,");
    assertThat(summary("ru", 1082)).contains("1 082 камеры");
  }

  @Test
  void kyrgyzAndEnglishPluralForms() {
    assertThat(summary("ky", 1)).startsWith("1 мекеме,");
    assertThat(summary("ky", 12101)).endsWith("12 101 орун.");
    assertThat(summary("en", 1)).isEqualTo("1 facility, 1 cell in use, 1 bed.");
    assertThat(summary("en", 12101)).isEqualTo("12,101 facilities, 12,101 cells in use, 12,101 beds.");
  }
}
