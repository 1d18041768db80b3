package org.bagyt.custody;

import java.time.Instant;
import java.util.UUID;

/** A movement that happened before Bagyt held the record (demo, import of paper registers): history only. */
public record PastMovement(UUID prisonerId, MovementKind kind, Instant occurredAt, UUID fromFacilityId, UUID fromCellId,
    UUID toFacilityId, UUID toCellId, AbsenceReason absenceReason, Instant returnedAt, String recordedBy,
    String approvedBy) {}
