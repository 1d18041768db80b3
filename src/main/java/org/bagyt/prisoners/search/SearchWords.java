package org.bagyt.prisoners.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a name query, in any order and script. A word before "уулу"/"kyzy" can only be a father's
 * name; a Russian-style patronymic (Asanbekovich) is compared with fathers' names by its stem.
 */
record SearchWords(List<Word> words) {

  /** One query word: its key, the keys it has as a father's name, and whether it can be nothing else. */
  record Word(String key, List<String> fatherKeys, boolean fatherOnly) {

    /** Every key the word may be found under, for retrieval. */
    Set<String> keys() {
      var keys = new LinkedHashSet<String>();
      if (!fatherOnly) {
        keys.add(key);
      }
      keys.addAll(fatherKeys);
      return keys;
    }
  }

  static SearchWords parse(String text) {
    var raw = PersonNames.split(text);
    var words = new ArrayList<Word>();
    for (int i = 0; i < raw.size(); i++) {
      String word = raw.get(i);
      String key = NameKeys.key(word);
      if (key.isEmpty() || NameKeys.isFatherMarker(word)) {
        continue;
      }
      if (i + 1 < raw.size() && NameKeys.isFatherMarker(raw.get(i + 1))) {
        words.add(new Word(key, List.of(key), true));
        continue;
      }
      String[] stem = NameKeys.fatherOfPatronymic(word);
      words.add(new Word(key, stem == null ? List.of(key) : List.of(stem), false));
    }
    return new SearchWords(List.copyOf(words));
  }

  /** The words of a person's fields, as the duplicate check asks for them. */
  static SearchWords ofPerson(String familyName, String givenName, String patronymic) {
    return parse(String.join(" ", nonNull(familyName), nonNull(givenName), nonNull(patronymic)));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  int size() {
    return words.size();
  }
}
