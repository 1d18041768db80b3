package org.bagyt.custody;

import java.time.Instant;
import java.util.UUID;
import org.bagyt.prisoners.ReleaseType;

/** One entry in a prisoner's movement history; a return from absence fills {@code returnedAt} of its absence. */
public record Movement(UUID id, MovementKind kind, Instant occurredAt, String fromFacility, String fromCell,
    String toFacility, String toCell, AbsenceReason absenceReason, Instant returnedAt, ReleaseType releaseType,
    String note, String recordedBy, String approvedBy) {

  public boolean openAbsence() {
    return kind == MovementKind.TEMPORARY_ABSENCE && returnedAt == null;
  }
}
