package org.bagyt.allocation;

import java.time.LocalDate;

/**
 * A decision on one scale as a person makes it: the level, the version of the prisoner's standing they saw, and the
 * rationale; a designation also states its basis, start date and review date.
 */
public record NewDecision(Dimension dimension, String level, Integer version, String rationale, String basis,
    LocalDate startsOn, LocalDate reviewOn) {}
