package org.bagyt.assessment;

/** The level of an overall judgement: a professional judgement, never a sum of item ratings. */
public enum Level {
  LOW, MODERATE, HIGH;

  public boolean atLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
