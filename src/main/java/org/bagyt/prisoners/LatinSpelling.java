package org.bagyt.prisoners;

import com.ibm.icu.text.Transliterator;

/**
 * The Latin spelling Bagyt suggests for a name written in Cyrillic: BGN/PCGN, as other agencies use, from the
 * Kyrgyz or the Russian table (the same letters are romanised differently, e.g. Ж, Ө, Ү).
 */
public final class LatinSpelling {

  public enum Script { KYRGYZ, RUSSIAN }

  private static final Transliterator KYRGYZ = Transliterator.getInstance("ky-ky_Latn/BGN");
  private static final Transliterator RUSSIAN = Transliterator.getInstance("ru-ru_Latn/BGN");

  private LatinSpelling() {}

  /** Family name then given name, as in the demo register and on travel documents. */
  public static String suggest(String familyName, String givenName, Script script) {
    Transliterator table = script == Script.RUSSIAN ? RUSSIAN : KYRGYZ;
    String name = (familyName == null ? "" : familyName.strip()) + " " + (givenName == null ? "" : givenName.strip());
    // ICU transliterators keep per-call state in some rule sets; admissions are rare, so one at a time is enough.
    synchronized (table) {
      return table.transliterate(name.strip());
    }
  }
}
