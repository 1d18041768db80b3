package org.bagyt.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The prisoner's appeal against a classification decision, and its outcome once decided. */
public record ClassificationAppeal(UUID id, UUID decisionId, UUID prisonerId, LocalDate lodgedOn, String grounds,
    String recordedBy, Instant recordedAt, Outcome outcome, String outcomeReason, LocalDate decidedOn,
    String decidedBy, int version) {

  /** Upheld: the decision stands. Reconsider: the scale is flagged for a new decision (never changed by itself). */
  public enum Outcome { UPHELD, RECONSIDER }

  public boolean open() {
    return outcome == null;
  }
}
