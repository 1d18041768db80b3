package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A limit on the means of contact, in force from its first day to its expiry. */
public record ContactLimit(UUID id, UUID prisonerId, String prisonerNumber, String facilityCode, List<ContactMeans> means,
    String reason, LocalDate startsOn, LocalDate expiresOn, String imposedBy) {

  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(expiresOn);
  }

  /** Whether it is in force on any day from {@code from} to {@code to}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !from.isAfter(expiresOn) && !to.isBefore(startsOn);
  }
}
