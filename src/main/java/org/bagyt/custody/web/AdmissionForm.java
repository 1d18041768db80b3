package org.bagyt.custody.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.custody.NewAdmission;
import org.bagyt.custody.internal.AdmissionRules;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.LatinSpelling;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.PersonalParticulars;
import org.bagyt.prisoners.Sex;

/**
 * The admission form as the browser sends it: text, so that a mistyped date or number is shown back to the
 * officer with its own message instead of being lost. Rows repeat (documents, family, property).
 */
public class AdmissionForm {

  public String familyName;
  public String givenName;
  public String patronymic;
  public String nameScript = LatinSpelling.Script.KYRGYZ.name();
  public String latinName;
  public String otherSpellings;
  public String dateOfBirth;
  public String placeOfBirth;
  public String sex;
  public String genderIdentity;
  public String citizenship;
  public String orderAuthority;
  public String orderNumber;
  public String orderDate;
  public String reason;
  public String legalStatus;
  public String arrestedOn;
  public String arrestPlace;
  public String facility;
  public String cell;
  public String visibleInjuries;
  public String illTreatmentComplaint;
  public String contactName;
  public String contactRelationship;
  public String contactPhone;
  public String contactAddress;
  public boolean informationGiven;
  /** Ticked by the officer who has looked at the likely duplicates shown and found this is someone else. */
  public boolean differentPerson;
  public String informationLanguage;
  public boolean interpreterUsed;
  public List<Document> documents = new ArrayList<>();
  public List<Relative> family = new ArrayList<>();
  public List<Item> property = new ArrayList<>();

  public static class Document {
    public String kind;
    public String number;
    public String issuedBy;
    public String issuedOn;

    boolean blank() {
      return isBlank(kind) && isBlank(number) && isBlank(issuedBy) && isBlank(issuedOn);
    }
  }

  public static class Relative {
    public String name;
    public String relationship;
    public String dateOfBirth;
    public String whereabouts;
    public String caredForBy;

    boolean blank() {
      return isBlank(name) && isBlank(relationship) && isBlank(dateOfBirth) && isBlank(whereabouts) && isBlank(caredForBy);
    }
  }

  public static class Item {
    public String description;
    public String quantity;

    boolean blank() {
      return isBlank(description) && isBlank(quantity);
    }
  }

  /** One empty row of each kind, so the first document, relative and item can be entered straight away. */
  void ensureRows() {
    if (documents.isEmpty()) {
      documents.add(new Document());
    }
    if (family.isEmpty()) {
      family.add(new Relative());
    }
    if (property.isEmpty()) {
      property.add(new Item());
    }
  }

  /** Leaves out rows the officer left empty, so an unused row is never an error. */
  void dropBlankRows() {
    documents.removeIf(d -> d == null || d.blank());
    family.removeIf(f -> f == null || f.blank());
    property.removeIf(p -> p == null || p.blank());
  }

  /** The admission the form describes; text that is not a date, number or choice is reported in {@code errors}. */
  NewAdmission toAdmission(Map<String, String> errors) {
    var docs = new ArrayList<PersonalParticulars.IdentityDocument>();
    for (int i = 0; i < documents.size(); i++) {
      var d = documents.get(i);
      docs.add(new PersonalParticulars.IdentityDocument(choice(PersonalParticulars.DocumentKind.class, d.kind),
          d.number, d.issuedBy, date("documents-" + i + "-issuedOn", d.issuedOn, errors)));
    }
    var relatives = new ArrayList<PersonalParticulars.FamilyMember>();
    for (int i = 0; i < family.size(); i++) {
      var f = family.get(i);
      relatives.add(new PersonalParticulars.FamilyMember(f.name, choice(PersonalParticulars.Relationship.class, f.relationship),
          date("family-" + i + "-dateOfBirth", f.dateOfBirth, errors), f.whereabouts, f.caredForBy));
    }
    var items = new ArrayList<NewAdmission.PropertyItem>();
    for (int i = 0; i < property.size(); i++) {
      var p = property.get(i);
      items.add(new NewAdmission.PropertyItem(p.description, quantity("property-" + i + "-quantity", p.quantity, errors)));
    }
    boolean contactGiven = !isBlank(contactName) || !isBlank(contactRelationship) || !isBlank(contactPhone)
        || !isBlank(contactAddress);
    var spellings = otherSpellings == null ? List.<String>of()
        : otherSpellings.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new NewAdmission(familyName, givenName, patronymic, choice(LatinSpelling.Script.class, nameScript), latinName,
        spellings, date("dateOfBirth", dateOfBirth, errors), placeOfBirth, choice(Sex.class, sex), genderIdentity,
        citizenship, docs, new CommitmentOrder(orderAuthority, orderNumber, date("orderDate", orderDate, errors)), reason,
        choice(LegalStatus.class, legalStatus), date("arrestedOn", arrestedOn, errors), arrestPlace, id(facility), id(cell),
        visibleInjuries, illTreatmentComplaint, items, relatives,
        contactGiven ? new PersonalParticulars.EmergencyContact(contactName, contactRelationship, contactPhone, contactAddress) : null,
        informationGiven, isBlank(informationLanguage) ? null : informationLanguage, interpreterUsed);
  }

  boolean tooManyRows() {
    return documents.size() > AdmissionRules.MAX_ROWS || family.size() > AdmissionRules.MAX_ROWS
        || property.size() > AdmissionRules.MAX_ROWS;
  }

  private static LocalDate date(String field, String text, Map<String, String> errors) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "admission.error.date.invalid");
      return null;
    }
  }

  private static int quantity(String field, String text, Map<String, String> errors) {
    if (isBlank(text)) {
      return 1;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      errors.put(field, "admission.error.property.quantity");
      return 1;
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String name) {
    if (isBlank(name)) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static UUID id(String text) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
