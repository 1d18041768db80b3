package org.bagyt.prisoners;

import java.time.LocalDate;

/**
 * A sentence with the dates that follow from it. {@code category} and the fraction are those of the
 * gravest offence of conviction when it was last calculated.
 */
public record Sentence(LocalDate startsOn, int years, int months, int days, int remandDays, OffenceCategory category,
    int numerator, int denominator, long termDays, LocalDate eligibleOn, LocalDate releaseOn, int version) {}
