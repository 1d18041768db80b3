package org.bagyt.custody;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.LatinSpelling;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.PersonalParticulars;
import org.bagyt.prisoners.Sex;

/**
 * Everything recorded when a person is received (Mandela Rule 7): who they are, the order and reason that
 * commit them, where they are placed, what was seen and said at reception, their property and family, and
 * whether the admission information was given to them.
 *
 * @param nameScript the language the name is written in, for the suggested Latin spelling when none is given
 * @param cellId the cell, optional: without one the person is held at reception until a cell move places them
 * @param informationLanguage the language the admission information was given in (ky, ru, en, uz, tg, other)
 */
public record NewAdmission(
    String familyName,
    String givenName,
    String patronymic,
    LatinSpelling.Script nameScript,
    String latinName,
    List<String> otherSpellings,
    LocalDate dateOfBirth,
    String placeOfBirth,
    Sex sex,
    String genderIdentity,
    String citizenship,
    List<PersonalParticulars.IdentityDocument> documents,
    CommitmentOrder commitmentOrder,
    String reason,
    LegalStatus legalStatus,
    LocalDate arrestedOn,
    String arrestPlace,
    UUID facilityId,
    UUID cellId,
    String visibleInjuries,
    String illTreatmentComplaint,
    List<PropertyItem> property,
    List<PersonalParticulars.FamilyMember> family,
    PersonalParticulars.EmergencyContact emergencyContact,
    Boolean informationGiven,
    String informationLanguage,
    Boolean interpreterUsed) {

  public NewAdmission {
    otherSpellings = otherSpellings == null ? List.of() : List.copyOf(otherSpellings);
    documents = documents == null ? List.of() : List.copyOf(documents);
    property = property == null ? List.of() : List.copyOf(property);
    family = family == null ? List.of() : List.copyOf(family);
    informationGiven = Boolean.TRUE.equals(informationGiven);
    interpreterUsed = Boolean.TRUE.equals(interpreterUsed);
  }

  /** An item taken into storage at reception. */
  public record PropertyItem(String description, Integer quantity) {

    public PropertyItem {
      quantity = quantity == null ? 1 : quantity;
    }
  }

  public boolean complainsOfIllTreatment() {
    return illTreatmentComplaint != null && !illTreatmentComplaint.isBlank();
  }
}
