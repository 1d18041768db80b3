package org.bagyt.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment made before, as a register or the demo brings it in: countersigned (with its countersigner and
 * date), submitted and waiting, or a draft. It must meet every rule a new one meets.
 */
public record PastAssessment(UUID prisonerId, UUID facilityId, String instrumentId, AssessmentStatus status,
    String author, String countersigner, Instant startedAt, Instant submittedAt, Instant countersignedAt,
    AssessmentEntry content) {}
