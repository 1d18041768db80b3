package org.bagyt.prisoners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offence a prisoner is charged with or convicted of. */
public record Offence(UUID id, OffenceArticle article, OffenceStage stage, LocalDate committedOn, Instant recordedAt,
    String recordedBy) {}
