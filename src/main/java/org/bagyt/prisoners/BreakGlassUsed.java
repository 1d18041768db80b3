package org.bagyt.prisoners;

import java.time.Instant;
import java.util.UUID;

/** Someone opened a prisoner's file outside their facilities; that facility's governor is told. */
public record BreakGlassUsed(UUID prisonerId, String prisonerNumber, UUID facilityId, String username, String reason,
    Instant expiresAt) {}
