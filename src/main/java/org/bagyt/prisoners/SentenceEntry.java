package org.bagyt.prisoners;

import java.time.LocalDate;

/**
 * A sentence as the records office enters it from the verdict. Missing parts are refused with a reason.
 *
 * @param version the version of the sentence the person edited, or null when recording the first one
 */
public record SentenceEntry(LocalDate startsOn, Integer years, Integer months, Integer days, Integer remandDays,
    String reason, Integer version) {}
