package org.bagyt.conduct;

import java.time.Instant;
import java.util.UUID;

/** A visit, call or letter as the register shows it. */
public record Contact(UUID id, UUID prisonerId, String prisonerNumber, String facilityCode, UUID visitorId,
    String visitorName, VisitorRelationship relationship, ContactKind kind, Instant at, Integer minutes,
    String recordedBy) {}
