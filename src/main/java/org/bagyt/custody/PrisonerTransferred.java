package org.bagyt.custody;

import java.time.Instant;
import java.util.UUID;

/** A transfer to another facility took effect; published in the transaction that records it. */
public record PrisonerTransferred(UUID prisonerId, UUID fromFacilityId, UUID toFacilityId, Instant at) {}
