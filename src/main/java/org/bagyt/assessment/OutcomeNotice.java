package org.bagyt.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** How and when the prisoner was told the outcome of an assessment (the right to be heard, DOMAIN.md §6.2). */
public record OutcomeNotice(LocalDate toldOn, Method method, String language, boolean interpreter, String note,
    String recordedBy, Instant recordedAt) {

  public enum Method { IN_PERSON, IN_WRITING, IN_PERSON_AND_WRITING }
}
