package org.bagyt.custody;

import java.util.UUID;
import org.bagyt.prisoners.ReleaseType;

/**
 * A movement to record, as the form and the API send it. Which fields count depends on {@code kind}: a cell move
 * needs {@code cellId}, an absence {@code absenceReason}, a transfer {@code facilityId} (and optionally a cell there),
 * a release {@code releaseType}. Transfers and releases need {@code note} as the reason for the approver.
 *
 * @param version the prisoner's version the person saw; a change since then is refused as stale
 */
public record NewMovement(MovementKind kind, Integer version, UUID cellId, UUID facilityId, AbsenceReason absenceReason,
    ReleaseType releaseType, String note) {}
