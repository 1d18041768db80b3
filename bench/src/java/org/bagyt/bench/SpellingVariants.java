package org.bagyt.bench;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Spellings of a Cyrillic name in the schemes staff meet on documents and in other agencies' records: the
 * Kyrgyz and Russian BGN/PCGN systems (ICU), ISO 9 with and without its diacritics, the ICAO Doc 9303 table of
 * passports (Russian passports since 2014; Kyrgyz letters ң, ө, ү as N, O, U), the older "Dj" spelling of ж
 * (French-style, common in Soviet-era and UN documents), and a typing slip in the family name.
 */
enum SpellingVariants {
  CYRILLIC, KYRGYZ_BGN, RUSSIAN_BGN, ISO_9, ISO_9_ASCII, PASSPORT_ICAO, DJ, TYPO;

  private static final Transliterator KY = Transliterator.getInstance("ky-ky_Latn/BGN; Latin-ASCII");
  private static final Transliterator KY_TO_RU = Transliterator.createFromRules("ky-ru",
      "ң > н; Ң > Н; ө > о; Ө > О; ү > у; Ү > У;", Transliterator.FORWARD);
  private static final Transliterator RU = Transliterator.getInstance("ru-ru_Latn/BGN; Latin-ASCII");
  private static final Transliterator ISO = Transliterator.getInstance("Cyrillic-Latin");
  private static final Transliterator ISO_ASCII = Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII");
  private static final Map<Character, String> ICAO = icao();

  /** One word (or a name of several words) in this scheme; {@code familyName} marks where a slip may be made. */
  String spell(String cyrillic, boolean familyName, Random random) {
    return switch (this) {
      case CYRILLIC -> cyrillic;
      case KYRGYZ_BGN -> clean(KY.transliterate(cyrillic));
      case RUSSIAN_BGN -> clean(RU.transliterate(KY_TO_RU.transliterate(cyrillic)));
      case ISO_9 -> ISO.transliterate(cyrillic);
      case ISO_9_ASCII -> clean(ISO_ASCII.transliterate(cyrillic));
      case PASSPORT_ICAO -> passport(cyrillic);
      case DJ -> clean(KY.transliterate(cyrillic)).replace("J", "Dj").replace("j", "dj");
      case TYPO -> familyName ? slip(clean(KY.transliterate(cyrillic)), random) : clean(KY.transliterate(cyrillic));
    };
  }

  private static String clean(String s) {
    return s.replace("'", "").replace("\"", "").replace("·", "");
  }

  private static String passport(String cyrillic) {
    var out = new StringBuilder();
    for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(ICAO.getOrDefault(c, String.valueOf(c)));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** One slip: a vowel for another, a letter left out, or a letter typed twice. */
  private static String slip(String word, Random random) {
    if (word.length() < 5) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    return switch (random.nextInt(3)) {
      case 0 -> {
        char c = word.charAt(at);
        char vowel = "aeiou".charAt(random.nextInt(5));
        yield "aeiouy".indexOf(c) >= 0 ? word.substring(0, at) + vowel + word.substring(at + 1) : word.substring(0, at) + word.substring(at + 1);
      }
      case 1 -> word.substring(0, at) + word.substring(at + 1);
      default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
    };
  }

  private static Map<Character, String> icao() {
    String[] pairs = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i",
        "й", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
        "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "ie", "ы", "y", "ь", "", "э", "e",
        "ю", "iu", "я", "ia", "ң", "n", "ө", "o", "ү", "u"};
    var map = new java.util.HashMap<Character, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i].charAt(0), pairs[i + 1]);
    }
    return Map.copyOf(map);
  }
}
