package org.bagyt.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One decision in a prisoner's classification history (append-only). {@code APPLIED}: in force at once (a first
 * decision, a raise, a confirmation); {@code REQUESTED}: a lowering waiting for a second person; {@code APPROVED}: that
 * lowering applied by {@code approvedBy}.
 */
public record ClassificationDecision(UUID id, UUID prisonerId, UUID facilityId, Dimension dimension, String fromLevel,
    String toLevel, Direction direction, Kind kind, String rationale, UUID assessmentId, String basis,
    LocalDate startsOn, LocalDate reviewOn, String decidedBy, Instant decidedAt, UUID approvalRequestId,
    String approvedBy) {

  public enum Direction { FIRST, RAISE, SAME, LOWER }

  public enum Kind { APPLIED, REQUESTED, APPROVED }

  /** Whether this decision put a level in force (and so may be appealed). */
  public boolean inForce() {
    return kind != Kind.REQUESTED;
  }
}
