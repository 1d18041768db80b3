package org.bagyt.platform;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Bagyt must never treat as a sign of risk (DOMAIN.md §6.1: religiosity is not risk): religion and its
 * practice, dress, diet, ethnicity, nationality and other protected characteristics. Assessment items and
 * observation catalogues are checked against it when they are loaded, so that no rating or observation can
 * make one of them an indicator.
 */
public final class ProtectedCharacteristics {

  /** What an item or observation may declare it looks at, named so that it is refused with a reason. */
  public static final Set<String> FORBIDDEN_INPUTS = Set.of("RELIGION", "RELIGIOUS_PRACTICE", "DRESS", "DIET",
      "PRAYER", "ETHNICITY", "NATIONALITY", "LANGUAGE", "SEX", "SEXUAL_ORIENTATION", "DISABILITY", "POLITICAL_OPINION");

  /**
   * Word beginnings, in English, Russian and Kyrgyz, that name a protected characteristic. Matched at the start
   * of a word, so "diet" is found in "dietary" but "pray" is not found in "spray".
   */
  private static final List<String> TERMS = List.of(
      "religio", "pray", "worship", "mosque", "church", "faith", "beard", "hijab", "veil", "dress", "clothing",
      "diet", "halal", "fasting", "ethnic", "nationality", "race",
      "религи", "вероиспов", "молит", "намаз", "мечет", "церк", "бород", "хиджаб", "никаб", "одежд", "диет",
      "питани", "халял", "этни", "национальн", "расов",
      "дин", "мечит", "сыйын", "чиркөө", "сакал", "кийим", "тамак", "улут", "расал");

  private static final Pattern WORD_START = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(" + String.join("|", TERMS) + ")", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private ProtectedCharacteristics() {}

  /** The terms naming a protected characteristic that the text contains, lower-case; empty when none. */
  public static List<String> namedIn(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return WORD_START.matcher(normalised).results().map(r -> r.group(1)).distinct().toList();
  }
}
