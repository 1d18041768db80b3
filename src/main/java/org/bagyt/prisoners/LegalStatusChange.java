package org.bagyt.prisoners;

import java.time.Instant;

/** A change of legal status, with who made it and why. */
public record LegalStatusChange(LegalStatus from, LegalStatus to, Instant changedAt, String changedBy, String reason) {}
