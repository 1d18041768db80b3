package org.bagyt.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Bagyt speaks: Kyrgyz (state language), Russian (official) and English (partners). */
public final class Languages {

  public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(KYRGYZ, RUSSIAN, ENGLISH);

  private Languages() {}

  /** The supported language with this code ("ky", "ru", "en"), ignoring case and any region. */
  public static Optional<Locale> byCode(String code) {
    if (code == null || code.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
