package org.bagyt.prisoners;

import java.time.Instant;

/** The share of the term a prisoner convicted under a category serves before early release may be considered. */
public record EarlyReleaseRule(OffenceCategory category, int numerator, int denominator, Instant changedAt,
    String changedBy, int version) {

  public SentenceCalculator.Fraction fraction() {
    return new SentenceCalculator.Fraction(numerator, denominator);
  }
}
