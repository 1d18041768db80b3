package org.bagyt.prisoners;

import java.util.UUID;

/** An offence was added to a prisoner's file; published in the transaction that records it. */
public record OffenceRecorded(UUID prisonerId, UUID facilityId, OffenceCategory category, OffenceStage stage) {}
