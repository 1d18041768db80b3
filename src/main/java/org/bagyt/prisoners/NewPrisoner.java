package org.bagyt.prisoners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person entering the service's care on a commitment order, held in a facility and, where known, a cell. */
public record NewPrisoner(
    String familyName,
    String givenName,
    String patronymic,
    String latinName,
    LocalDate dateOfBirth,
    Sex sex,
    String citizenship,
    LegalStatus legalStatus,
    UUID facilityId,
    UUID cellId,
    Instant admittedAt,
    CommitmentOrder commitmentOrder) {}
