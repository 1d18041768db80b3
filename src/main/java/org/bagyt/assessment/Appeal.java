package org.bagyt.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A prisoner's appeal against an assessment, and its decision once made. */
public record Appeal(UUID id, UUID assessmentId, LocalDate lodgedOn, String grounds, String recordedBy,
    Instant recordedAt, Decision decision, String decisionReason, LocalDate decidedOn, String decidedBy, int version) {

  /** Upheld: the assessment stands. Review ordered: a new assessment becomes due at once. */
  public enum Decision { UPHELD, REVIEW_ORDERED }

  public boolean open() {
    return decision == null;
  }
}
