package org.bagyt.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's accreditation to use one assessment instrument, from its issue to its expiry, unless withdrawn. */
public record Accreditation(UUID id, String username, String instrumentId, LocalDate issuedOn, LocalDate expiresOn,
    String issuer, String recordedBy, Instant recordedAt, Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

  public boolean inForceOn(LocalDate day) {
    return withdrawnAt == null && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
  }
}
