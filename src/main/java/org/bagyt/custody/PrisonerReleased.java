package org.bagyt.custody;

import java.time.Instant;
import java.util.UUID;

/** Custody ended; published in the transaction that records the release. */
public record PrisonerReleased(UUID prisonerId, UUID facilityId, Instant at) {}
