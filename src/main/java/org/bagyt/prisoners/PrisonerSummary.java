package org.bagyt.prisoners;

import java.time.LocalDate;
import java.util.UUID;

/** A prisoner as listed: enough to recognise the person and find where they are held. */
public record PrisonerSummary(
    UUID id,
    String number,
    String familyName,
    String givenName,
    String patronymic,
    String latinName,
    LocalDate dateOfBirth,
    LegalStatus legalStatus,
    UUID facilityId,
    String facilityCode,
    String cellCode) {

  /** The name as written in the original script, family name first. */
  public String name() {
    return familyName + " " + givenName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
  }
}
