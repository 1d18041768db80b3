package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A criminal case with several defendants in custody: its court's number, the court, when it opened, and who. */
public record CoDefendantCase(String caseNumber, String court, LocalDate openedOn, List<UUID> prisoners) {}
