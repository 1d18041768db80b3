package org.bagyt.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's accreditation for one assessment instrument: in force from the day it was issued to the day it
 * expires, both included, unless it was withdrawn. A withdrawn accreditation is kept, with who withdrew it and why.
 *
 * @param instrumentId the code of the instrument, as {@link AccreditationSubjects} names it
 * @param issuer who issued it, e.g. the training body
 * @param recordedBy user name of the person who recorded it (or the import or demo that registered it)
 */
public record Accreditation(UUID id, String username, String instrumentId, LocalDate issuedOn, LocalDate expiresOn,
    String issuer, String recordedBy, Instant recordedAt, Instant withdrawnAt, String withdrawnBy,
    String withdrawalReason) {

  /** An accreditation in force that ends within this many days is shown as expiring, so that it is renewed. */
  public static final int EXPIRING_WITHIN_DAYS = 90;

  /** Where an accreditation stands on a given day. */
  public enum Standing { NOT_YET_IN_FORCE, IN_FORCE, EXPIRING, EXPIRED, WITHDRAWN }

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  /** Whether it allows its holder to use the instrument on that day: issued, not expired and not withdrawn. */
  public boolean inForceOn(LocalDate day) {
    return !withdrawn() && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
  }

  public Standing standingOn(LocalDate day) {
    if (withdrawn()) {
      return Standing.WITHDRAWN;
    }
    if (day.isBefore(issuedOn)) {
      return Standing.NOT_YET_IN_FORCE;
    }
    if (day.isAfter(expiresOn)) {
      return Standing.EXPIRED;
    }
    return expiresOn.isAfter(day.plusDays(EXPIRING_WITHIN_DAYS)) ? Standing.IN_FORCE : Standing.EXPIRING;
  }
}
