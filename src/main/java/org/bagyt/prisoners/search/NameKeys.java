package org.bagyt.prisoners.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spelling key of one name token: the same for the common spellings of a Kyrgyz, Russian or Uzbek name
 * in Cyrillic and in the Latin schemes met in practice (BGN/PCGN, ISO 9, Kyrgyz and Russian passports,
 * German and French renderings). Cyrillic goes through ICU's Kyrgyz BGN/PCGN transliterator (it knows ң, ө
 * and ү, which the Russian one leaves in Cyrillic), diacritics of ISO 9 and Uzbek Latin are spelt out, and
 * the result is folded to a phonetic skeleton: Жапаров, Zhaparov, Japarov, Djaparov and Žaparov all give
 * {@code japarov}. Female forms (-ova) keep their own key: near, not equal, to the male one.
 */
public final class NameKeys {

  /** Kyrgyz "son of"/"daughter of" and their Uzbek, Kazakh and Azeri cousins, as keys: the token before names the father. */
  private static final Set<String> FATHER_MARKERS = Set.of("ulu", "uli", "ugli", "ogli", "oglu", "kizi", "kiz", "gizi");
  private static final Pattern PATRONYMIC = Pattern.compile("(.{2,}?)(ovich|evich|yevich|ovic|evic|ovna|evna|yevna)");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern SOFT_J = Pattern.compile("['ʹ’`\"]j");
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  // ICU transliterators are not documented as safe for concurrent use: one per thread.
  private static final ThreadLocal<Transliterator> KYRGYZ_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("ky-ky_Latn/BGN"));
  private static final ThreadLocal<Transliterator> ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /** ICU's identifier; a wrong one silently falls back to a generic transliteration, so tests assert it. */
  static String kyrgyzLatinId() {
    return KYRGYZ_LATIN.get().getID();
  }

  private NameKeys() {}

  /** The key of one token, or "" when it holds no letters. */
  public static String key(String token) {
    return fold(ascii(token));
  }

  /** Whether the token is "uulu", "kyzy" or a cousin, in any script: the token before it is a father's name. */
  public static boolean isFatherMarker(String token) {
    return FATHER_MARKERS.contains(key(token));
  }

  /**
   * The keys of the father's name behind a Russian-style patronymic (Асанбекович → asanbek), or null when the
   * token is not one. A stem ending in a vowel gives two keys: Сергеевич comes from Сергей, Абдуллаевич from Абдулла.
   */
  public static String[] fatherOfPatronymic(String token) {
    var matcher = PATRONYMIC.matcher(ascii(token));
    if (!matcher.matches()) {
      return null;
    }
    String stem = fold(matcher.group(1));
    boolean vowelEnd = stem.endsWith("a") || stem.endsWith("e") || stem.endsWith("o");
    return vowelEnd ? new String[] {stem, fold(matcher.group(1) + "i")} : new String[] {stem};
  }

  /** Lower-case ASCII letters, with Cyrillic in Kyrgyz BGN/PCGN and Latin diacritics spelt out as their digraphs. */
  static String ascii(String token) {
    String s = NFC.normalize(token).toLowerCase(Locale.ROOT);
    if (CYRILLIC.matcher(s).find()) {
      s = KYRGYZ_LATIN.get().transliterate(s);
    }
    var spelt = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      spelt.append(switch (c) {
        case 'ž' -> "zh";
        case 'š', 'ş' -> "sh";
        case 'č', 'ç' -> "ch";
        case 'ŝ' -> "shch";
        case 'ň', 'ñ' -> "ng";
        case 'ğ' -> "g";
        case 'ı', 'ĭ' -> "i";
        case 'ë' -> "yo";
        case 'û' -> "yu";
        case 'â' -> "ya";
        default -> String.valueOf(c);
      });
    }
    // A soft sign before j (Natal'ja, ISO and German style) makes the j a glide, y, not the ж of BGN "Japarov".
    String latin = SOFT_J.matcher(ASCII.get().transliterate(spelt.toString()).toLowerCase(Locale.ROOT)).replaceAll("y");
    var letters = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  /**
   * The phonetic skeleton of an ASCII spelling. Order matters: single letters with one sound first, then the
   * digraphs of the different schemes (longest first), then vowels, then doubled letters, then ng.
   */
  static String fold(String s) {
    var out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      // x (Uzbek Latin) and kh, h are one sound; so are w and v, q and k.
      if (c == 'x') { out.append('h'); i++; continue; }
      if (c == 'q') { out.append('k'); i++; continue; }
      if (c == 'w') { out.append('v'); i++; continue; }
      String rest = s.substring(i);
      if (rest.startsWith("shch") || rest.startsWith("tsch") || rest.startsWith("dsch")) {
        out.append(rest.startsWith("shch") ? 'x' : rest.startsWith("tsch") ? 'c' : 'j');
        i += 4;
        continue;
      }
      if (rest.startsWith("dzh") || rest.startsWith("sch") || rest.startsWith("tch")) {
        out.append(rest.startsWith("dzh") ? 'j' : rest.startsWith("sch") ? 'x' : 'c');
        i += 3;
        continue;
      }
      if (rest.length() >= 2) {
        String two = rest.substring(0, 2);
        Character folded = switch (two) {
          case "zh", "dj" -> 'j';
          case "sh" -> 'x';
          case "ch", "ts", "tz" -> 'c';
          case "kh" -> 'h';
          case "ph" -> 'f';
          case "ou" -> 'u';
          default -> null;
        };
        if (folded != null) {
          out.append(folded);
          i += 2;
          continue;
        }
      }
      if (c == 'j') {
        // j is ж in BGN and passport spellings, but й after a vowel before a consonant (Ajgul, Sergej, Coj).
        boolean afterVowel = out.length() > 0 && isVowel(out.charAt(out.length() - 1));
        boolean beforeVowel = i + 1 < s.length() && isVowel(s.charAt(i + 1));
        out.append(afterVowel && !beforeVowel ? 'i' : 'j');
        i++;
        continue;
      }
      out.append(c == 'y' ? 'i' : c);
      i++;
    }
    String folded = collapseDoubles(out);
    // ya/ia, yu/iu, ye/ie, yo/io: the glide is written or not depending on the scheme.
    folded = folded.replaceAll("i([aeou])", "$1");
    folded = collapseDoubles(new StringBuilder(folded));
    folded = folded.replace("ng", "n");
    if (folded.endsWith("f")) {
      folded = folded.substring(0, folded.length() - 1) + "v";
    }
    return folded;
  }

  private static String collapseDoubles(CharSequence s) {
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
