package org.bagyt.prisoners.search;

import java.util.List;

/**
 * How well a query's words match a person's names, from 0 to 1. Each word is given to at most one field
 * (family, given, father), in whichever order matches best, so "Нурлан Жапаров" and "Japarov Nurlan" are
 * alike; the fields weigh 0.45, 0.35 and 0.20, and a word that matches no field counts against the score, as
 * (a little) does a family or given name on file that the query left out.
 * Words are compared by Jaro-Winkler on their keys; below 0.8 a pair counts as no match at all.
 */
final class NameSimilarity {

  static final double FAMILY = 0.45;
  static final double GIVEN = 0.35;
  static final double FATHER = 0.20;
  private static final double[] WEIGHTS = {FAMILY, GIVEN, FATHER};
  /** What a query word that fits no field costs, as if it had been given to the father's name and missed. */
  private static final double UNMATCHED = FATHER;
  private static final double FLOOR = 0.8;
  private static final double UNNAMED = 0.03;

  private NameSimilarity() {}

  static double score(SearchWords query, PersonNames person) {
    var words = query.words();
    int n = words.size();
    if (n == 0) {
      return 0;
    }
    double[][] sim = new double[n][3];
    for (int w = 0; w < n; w++) {
      var word = words.get(w);
      sim[w][0] = word.fatherOnly() ? 0 : best(List.of(word.key()), person.family());
      sim[w][1] = word.fatherOnly() ? 0 : best(List.of(word.key()), person.given());
      sim[w][2] = best(word.fatherKeys(), person.father());
    }
    // Every assignment of at most one word to each of the three fields: (n + 1)^3, at most 343 for six words.
    double bestScore = 0;
    for (int f = -1; f < n; f++) {
      for (int g = -1; g < n; g++) {
        if (g >= 0 && g == f) {
          continue;
        }
        for (int p = -1; p < n; p++) {
          if (p >= 0 && (p == f || p == g)) {
            continue;
          }
          int[] chosen = {f, g, p};
          double matched = 0;
          double weight = 0;
          int used = 0;
          for (int field = 0; field < 3; field++) {
            if (chosen[field] >= 0) {
              matched += WEIGHTS[field] * sim[chosen[field]][field];
              weight += WEIGHTS[field];
              used++;
            }
          }
          weight += (n - used) * UNMATCHED;
          // A family or given name the person has but the query did not name: among namesakes, the one whose
          // name has the shape asked for ("Азамат уулу Талант", no surname) comes first.
          int unnamed = (f < 0 && !person.family().isEmpty() ? 1 : 0) + (g < 0 && !person.given().isEmpty() ? 1 : 0);
          bestScore = Math.max(bestScore, matched / weight * (1 - UNNAMED * unnamed));
        }
      }
    }
    return bestScore;
  }

  private static double best(List<String> keys, List<String> field) {
    double best = 0;
    for (String a : keys) {
      for (String b : field) {
        best = Math.max(best, words(a, b));
        if (best == 1) {
          return 1;
        }
      }
    }
    return best;
  }

  /** Two keys: equal 1; a female form of the male one (japarova, japarov) 0.9; else Jaro-Winkler if 0.8 or more. */
  static double words(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.length() == b.length() + 1 && a.endsWith("a") && a.startsWith(b)
        || b.length() == a.length() + 1 && b.endsWith("a") && b.startsWith(a)) {
      return 0.9;
    }
    double jw = jaroWinkler(a, b);
    return jw >= FLOOR ? jw : 0;
  }

  static double jaroWinkler(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] aUsed = new boolean[a.length()];
    boolean[] bUsed = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
        if (!bUsed[j] && a.charAt(i) == b.charAt(j)) {
          aUsed[i] = true;
          bUsed[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    for (int i = 0, j = 0; i < a.length(); i++) {
      if (aUsed[i]) {
        while (!bUsed[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
