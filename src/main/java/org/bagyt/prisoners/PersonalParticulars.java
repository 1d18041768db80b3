package org.bagyt.prisoners;

import java.time.LocalDate;
import java.util.List;

/**
 * What admission records about the person beyond the register entry (Mandela Rule 7(a), (f)): gender as the
 * person identifies, place of birth, other Latin spellings, identity documents, family and an emergency contact.
 */
public record PersonalParticulars(
    String genderIdentity,
    String placeOfBirth,
    List<String> otherSpellings,
    List<IdentityDocument> documents,
    List<FamilyMember> family,
    EmergencyContact emergencyContact) {

  public PersonalParticulars {
    otherSpellings = otherSpellings == null ? List.of() : List.copyOf(otherSpellings);
    documents = documents == null ? List.of() : List.copyOf(documents);
    family = family == null ? List.of() : List.copyOf(family);
  }

  public enum DocumentKind { NATIONAL_ID, PASSPORT, BIRTH_CERTIFICATE, RESIDENCE_PERMIT, OTHER }

  public enum Relationship { SPOUSE, CHILD, PARENT, SIBLING, OTHER }

  public record IdentityDocument(DocumentKind kind, String number, String issuedBy, LocalDate issuedOn) {}

  /** A relative; for children, where they are now and who cares for them matter most. */
  public record FamilyMember(String name, Relationship relationship, LocalDate dateOfBirth, String whereabouts,
      String caredForBy) {}

  public record EmergencyContact(String name, String relationship, String phone, String address) {}
}
