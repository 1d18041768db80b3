package org.bagyt.prisoners.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.bagyt.prisoners.EarlyReleaseRule;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.Sentence;
import org.bagyt.prisoners.SentenceCalculator;

/**
 * Which early-release rule a sentence falls under: that of the gravest offence of conviction, meaning the
 * largest fraction to serve, so one grave conviction is never diluted by lesser ones.
 */
final class GoverningRule {

  /** Exact comparison of fractions by cross-multiplying: denominators are at most 100. */
  private static final Comparator<EarlyReleaseRule> BY_SHARE =
      (a, b) -> Integer.compare(a.numerator() * b.denominator(), b.numerator() * a.denominator());

  private GoverningRule() {}

  static EarlyReleaseRule of(Set<OffenceCategory> convicted, Map<OffenceCategory, EarlyReleaseRule> rules) {
    return convicted.stream().map(rules::get)
        .max(BY_SHARE.thenComparing(r -> -r.category().ordinal()))
        .orElseThrow(() -> new IllegalArgumentException("A sentence rests on at least one conviction"));
  }

  /** The sentence's figures under the rule. */
  static Sentence calculate(LocalDate start, SentenceCalculator.Term term, int remandDays, EarlyReleaseRule rule,
      int version) {
    var dates = SentenceCalculator.calculate(start, term, remandDays, rule.fraction());
    return new Sentence(start, term.years(), term.months(), term.days(), remandDays, rule.category(), rule.numerator(),
        rule.denominator(), dates.termDays(), dates.eligibleOn(), dates.releaseOn(), version);
  }
}
