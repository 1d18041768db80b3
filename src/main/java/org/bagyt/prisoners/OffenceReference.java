package org.bagyt.prisoners;

import java.util.List;
import java.util.UUID;

/**
 * The reference list of Criminal Code articles and the early-release rules, kept by administrators
 * ({@code offence.manage}). A change that alters which fraction governs a sentence being served
 * recalculates that sentence, with the old calculation kept and the reason stated.
 */
public interface OffenceReference {

  /** Every article, in use first, then by edition and number. */
  List<OffenceArticle> articles();

  List<EarlyReleaseRule> rules();

  OffenceArticle add(int codeYear, String article, String titleKy, String titleRu, String titleEn,
      OffenceCategory category);

  /** Changes an article's titles, category or use; returns how many sentences were recalculated. */
  int change(UUID id, String titleKy, String titleRu, String titleEn, OffenceCategory category, boolean inUse,
      int version);

  /** Sets a category's fraction; returns how many sentences were recalculated. */
  int changeRule(OffenceCategory category, int numerator, int denominator, int version);
}
