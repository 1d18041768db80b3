package org.bagyt.prisoners;

import java.time.Instant;
import java.util.List;

/**
 * One calculation of a sentence, kept for good: who made it, when, why, and what it gave. A person's
 * reason is their own text; a recalculation Bagyt made gives a message key and its arguments instead.
 */
public record SentenceCalculation(Instant calculatedAt, String calculatedBy, String reason, String reasonKey,
    List<String> reasonArguments, Sentence figures) {

  /** The argument at {@code i}, or empty, so a template can always pass three. */
  public String argument(int i) {
    return i < reasonArguments.size() ? reasonArguments.get(i) : "";
  }
}
