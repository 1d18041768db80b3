package org.bagyt.conduct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An observation as read: who was seen doing what, which catalogue behaviours it records, and by whom. */
public record Observation(UUID id, UUID prisonerId, String prisonerNumber, String prisonerName, UUID facilityId,
    String facilityCode, LocalDate observedOn, List<String> behaviours, String account, String recordedBy,
    Instant recordedAt) {}
