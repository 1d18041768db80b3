package org.bagyt.prisoners;

import com.ibm.icu.text.Transliterator;

/**
 * The Latin spelling of a name written in Cyrillic: BGN/PCGN, as other agencies use, from the Kyrgyz or the
 * Russian table (the same letters are romanised differently, e.g. Ж, Ө, Ү). The one place Bagyt romanises
 * names: admission, import, search and the demo all call it.
 */
public final class LatinSpelling {

  public enum Script { KYRGYZ, RUSSIAN }

  // ICU transliterators keep state between calls in some rule sets: one instance per thread, never shared.
  private static final ThreadLocal<Transliterator> KYRGYZ =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("ky-ky_Latn/BGN"));
  // The Russian table leaves ң, ө and ү in Cyrillic: they become н, о and у first, as a Russian clerk writes them.
  private static final ThreadLocal<Transliterator> RUSSIAN = ThreadLocal.withInitial(() -> Transliterator.createFromRules("ky-ru_Latn/BGN",
      "ң > н; Ң > Н; ө > о; Ө > О; ү > у; Ү > У; :: ru-ru_Latn/BGN ;", Transliterator.FORWARD));

  private LatinSpelling() {}

  /** Family name then given name, as in the register and on travel documents. */
  public static String suggest(String familyName, String givenName, Script script) {
    String name = (familyName == null ? "" : familyName.strip()) + " " + (givenName == null ? "" : givenName.strip());
    return of(name.strip(), script);
  }

  /** Any name, or part of one, by the table of the given script. */
  public static String of(String name, Script script) {
    return (script == Script.RUSSIAN ? RUSSIAN : KYRGYZ).get().transliterate(name);
  }
}
