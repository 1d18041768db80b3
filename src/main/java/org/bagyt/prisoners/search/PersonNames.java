package org.bagyt.prisoners.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's names as spelling keys, by field: family name, given name and father's name. The father's name
 * comes from a Russian-style patronymic (Асанбекович) or from the Kyrgyz form without a family surname
 * ("Асанбек уулу", "Бакыт кызы"), so that the two ways of writing one person meet. The Latin spelling on
 * file adds its keys to the same fields: it may follow a passport rather than BGN/PCGN.
 */
public record PersonNames(List<String> family, List<String> given, List<String> father) {

  static final Pattern WORDS = Pattern.compile("[\\s,;/\\-–—]+");

  public static PersonNames of(String familyName, String givenName, String patronymic, String latinName) {
    var family = new LinkedHashSet<String>();
    var given = new LinkedHashSet<String>();
    var father = new LinkedHashSet<String>();
    var familyWords = words(familyName, father, family);
    words(givenName, father, given);
    for (String word : split(patronymic)) {
      if (NameKeys.isFatherMarker(word)) {
        continue;
      }
      String[] stem = NameKeys.fatherOfPatronymic(word);
      if (stem != null) {
        father.addAll(List.of(stem));
      } else {
        addKey(father, word);
      }
    }
    // The Latin spelling is written family name first, as the Cyrillic one; a patronymic in it is recognised.
    var latin = split(latinName);
    int familyLeft = familyWords;
    for (int i = 0; i < latin.size(); i++) {
      String word = latin.get(i);
      if (NameKeys.isFatherMarker(word)) {
        continue;
      }
      String[] stem = NameKeys.fatherOfPatronymic(word);
      if (i + 1 < latin.size() && NameKeys.isFatherMarker(latin.get(i + 1))) {
        addKey(father, word);
      } else if (stem != null) {
        father.addAll(List.of(stem));
      } else if (familyLeft-- > 0) {
        addKey(family, word);
      } else {
        addKey(given, word);
      }
    }
    return new PersonNames(List.copyOf(family), List.copyOf(given), List.copyOf(father));
  }

  /** Every key of every field, once. */
  public Set<String> allKeys() {
    var all = new LinkedHashSet<String>(family);
    all.addAll(given);
    all.addAll(father);
    return all;
  }

  /** Adds the keys of the words of one field; a word followed by уулу/кызы goes to the father. Returns how many stayed. */
  private static int words(String text, Set<String> father, Set<String> field) {
    var words = split(text);
    int stayed = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (NameKeys.isFatherMarker(word)) {
        continue;
      }
      if (i + 1 < words.size() && NameKeys.isFatherMarker(words.get(i + 1))) {
        addKey(father, word);
      } else if (addKey(field, word)) {
        stayed++;
      }
    }
    return stayed;
  }

  static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var words = new ArrayList<String>();
    for (String w : WORDS.split(text.strip())) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static boolean addKey(Set<String> keys, String word) {
    String key = NameKeys.key(word);
    if (key.isEmpty()) {
      return false;
    }
    keys.add(key);
    return true;
  }
}
