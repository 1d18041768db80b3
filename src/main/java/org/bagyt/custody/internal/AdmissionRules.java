package org.bagyt.custody.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bagyt.custody.NewAdmission;
import org.bagyt.prisoners.PersonalParticulars;

/**
 * The rules an admission must meet before anything is written, each failure a field id and a message key.
 * Field ids are those of the admission form, so the form and the API report the same problems.
 */
public final class AdmissionRules {

  public static final int MAX_NAME = 200;
  public static final int MAX_ROWS = 20;
  static final int MAX_SHORT = 100;
  static final int MAX_PLACE = 300;
  static final int MAX_TEXT = 2000;
  static final int MAX_ACCOUNT = 4000;
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  public static final Set<String> INFORMATION_LANGUAGES = Set.of("ky", "ru", "en", "uz", "tg", "other");
  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M}\\s'’.,-]+");

  private final Map<String, String> errors = new LinkedHashMap<>();
  private final LocalDate today;

  private AdmissionRules(LocalDate today) {
    this.today = today;
  }

  /** Every problem with the admission, in form order; empty when it may be saved. */
  public static Map<String, String> problems(NewAdmission a, LocalDate today) {
    var rules = new AdmissionRules(today);
    rules.identity(a);
    rules.committal(a);
    rules.reception(a);
    return rules.errors;
  }

  private void identity(NewAdmission a) {
    required("familyName", a.familyName(), MAX_NAME, "admission.error.family-name");
    required("givenName", a.givenName(), MAX_NAME, "admission.error.given-name");
    optional("patronymic", a.patronymic(), MAX_NAME, "admission.error.patronymic.too-long");
    optional("latinName", a.latinName(), MAX_NAME, "admission.error.latin-name.too-long");
    if (!errors.containsKey("latinName") && a.latinName() != null && !a.latinName().isBlank()
        && !LATIN.matcher(a.latinName()).matches()) {
      errors.put("latinName", "admission.error.latin-name.not-latin");
    }
    if (a.otherSpellings().size() > MAX_ROWS) {
      errors.put("otherSpellings", "admission.error.too-many-rows");
    } else if (a.otherSpellings().stream().anyMatch(s -> s != null && s.length() > MAX_NAME)) {
      errors.put("otherSpellings", "admission.error.text-too-long");
    }
    past("dateOfBirth", a.dateOfBirth(), true, "admission.error.date-of-birth");
    if (a.dateOfBirth() != null && a.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
      errors.putIfAbsent("dateOfBirth", "admission.error.date-of-birth.too-early");
    }
    optional("placeOfBirth", a.placeOfBirth(), MAX_PLACE, "admission.error.text-too-long");
    if (a.sex() == null) {
      errors.put("sex", "admission.error.sex.required");
    }
    optional("genderIdentity", a.genderIdentity(), MAX_SHORT, "admission.error.text-too-long");
    required("citizenship", a.citizenship(), MAX_SHORT, "admission.error.citizenship");
    rows("documents", a.documents());
    for (int i = 0; i < Math.min(a.documents().size(), MAX_ROWS); i++) {
      PersonalParticulars.IdentityDocument d = a.documents().get(i);
      String at = "documents-" + i + "-";
      if (d.kind() == null) {
        errors.put(at + "kind", "admission.error.document.kind");
      }
      required(at + "number", d.number(), 50, "admission.error.document.number");
      optional(at + "issuedBy", d.issuedBy(), MAX_NAME, "admission.error.text-too-long");
      past(at + "issuedOn", d.issuedOn(), false, "admission.error.date");
    }
  }

  private void committal(NewAdmission a) {
    var order = a.commitmentOrder();
    required("orderAuthority", order == null ? null : order.authority(), MAX_PLACE, "admission.error.order-authority");
    required("orderNumber", order == null ? null : order.documentNumber(), MAX_SHORT, "admission.error.order-number");
    past("orderDate", order == null ? null : order.issuedOn(), true, "admission.error.order-date");
    required("reason", a.reason(), MAX_TEXT, "admission.error.reason");
    if (a.legalStatus() == null) {
      errors.put("legalStatus", "admission.error.legal-status.required");
    }
    past("arrestedOn", a.arrestedOn(), false, "admission.error.date");
    optional("arrestPlace", a.arrestPlace(), MAX_PLACE, "admission.error.text-too-long");
    if (a.facilityId() == null) {
      errors.put("facility", "admission.error.facility.required");
    }
  }

  private void reception(NewAdmission a) {
    optional("visibleInjuries", a.visibleInjuries(), MAX_ACCOUNT, "admission.error.text-too-long");
    optional("illTreatmentComplaint", a.illTreatmentComplaint(), MAX_ACCOUNT, "admission.error.text-too-long");
    rows("property", a.property());
    for (int i = 0; i < Math.min(a.property().size(), MAX_ROWS); i++) {
      var item = a.property().get(i);
      required("property-" + i + "-description", item.description(), MAX_PLACE, "admission.error.property.description");
      if (item.quantity() < 1 || item.quantity() > 10_000) {
        errors.put("property-" + i + "-quantity", "admission.error.property.quantity");
      }
    }
    rows("family", a.family());
    for (int i = 0; i < Math.min(a.family().size(), MAX_ROWS); i++) {
      var f = a.family().get(i);
      String at = "family-" + i + "-";
      required(at + "name", f.name(), MAX_NAME, "admission.error.family.name");
      if (f.relationship() == null) {
        errors.put(at + "relationship", "admission.error.family.relationship");
      }
      past(at + "dateOfBirth", f.dateOfBirth(), false, "admission.error.date");
      optional(at + "whereabouts", f.whereabouts(), MAX_PLACE, "admission.error.text-too-long");
      optional(at + "caredForBy", f.caredForBy(), MAX_NAME, "admission.error.text-too-long");
    }
    var c = a.emergencyContact();
    if (c != null) {
      required("contactName", c.name(), MAX_NAME, "admission.error.contact-name");
      optional("contactRelationship", c.relationship(), MAX_SHORT, "admission.error.text-too-long");
      optional("contactPhone", c.phone(), 50, "admission.error.text-too-long");
      optional("contactAddress", c.address(), MAX_PLACE, "admission.error.text-too-long");
    }
    if (a.informationGiven() && (a.informationLanguage() == null || !INFORMATION_LANGUAGES.contains(a.informationLanguage()))) {
      errors.put("informationLanguage", "admission.error.information-language");
    }
  }

  /** Required text: key + ".required" when blank, key + ".too-long" when longer than max. */
  private void required(String field, String value, int max, String key) {
    if (value == null || value.isBlank()) {
      errors.put(field, key + ".required");
    } else if (value.length() > max) {
      errors.put(field, key + ".too-long");
    }
  }

  private void optional(String field, String value, int max, String key) {
    if (value != null && value.length() > max) {
      errors.put(field, key);
    }
  }

  /** A date that cannot be in the future; key + ".required" and key + ".future" when the date has its own messages. */
  private void past(String field, LocalDate date, boolean requiredDate, String key) {
    if (date == null) {
      if (requiredDate) {
        errors.put(field, key + ".required");
      }
    } else if (date.isAfter(today)) {
      errors.put(field, key + ".future");
    }
  }

  private void rows(String field, List<?> rows) {
    if (rows.size() > MAX_ROWS) {
      errors.put(field, "admission.error.too-many-rows");
    }
  }
}
