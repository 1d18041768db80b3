package org.bagyt.staff.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bagyt.accounts.StaffMember;
import org.bagyt.staff.NewAccreditation;

/** The rules an accreditation must keep before it is written, each with the message a person reads. */
final class AccreditationRules {

  static final int MAX_ISSUER = 200;
  static final int MAX_REASON = 1000;

  private AccreditationRules() {}

  /**
   * Every problem at once, field (as in {@link NewAccreditation}) to message key, in the order of the form.
   *
   * @param person the account named, if it exists and the caller may see it
   * @param enabledOnly whether the account must be enabled (it must when someone records by hand)
   * @param knownInstrument which instrument codes may be accredited
   */
  static Map<String, String> problems(NewAccreditation a, Optional<StaffMember> person, boolean enabledOnly,
      Predicate<String> knownInstrument, LocalDate today) {
    var errors = new LinkedHashMap<String, String>();
    if (blank(a.username())) {
      errors.put("username", "staff.error.username.missing");
    } else if (person.isEmpty()) {
      errors.put("username", "staff.error.username.unknown");
    } else if (enabledOnly && !person.get().enabled()) {
      errors.put("username", "staff.error.username.disabled");
    }
    if (blank(a.instrumentId())) {
      errors.put("instrumentId", "staff.error.instrument.missing");
    } else if (!knownInstrument.test(a.instrumentId().strip())) {
      errors.put("instrumentId", "staff.error.instrument.unknown");
    }
    if (a.issuedOn() == null) {
      errors.put("issuedOn", "staff.error.issued-on.missing");
    } else if (a.issuedOn().isAfter(today)) {
      errors.put("issuedOn", "staff.error.issued-on.future");
    }
    if (a.issuedOn() != null && a.expiresOn() != null && !a.expiresOn().isAfter(a.issuedOn())) {
      errors.put("expiresOn", "staff.error.expires-on.not-after-issue");
    }
    if (blank(a.issuer())) {
      errors.put("issuer", "staff.error.issuer.missing");
    } else if (length(a.issuer().strip()) > MAX_ISSUER) {
      errors.put("issuer", "staff.error.issuer.too-long");
    }
    return errors;
  }

  /** What is wrong with a reason for withdrawing, if anything. */
  static Optional<String> reasonProblem(String reason) {
    if (blank(reason)) {
      return Optional.of("staff.error.reason.missing");
    }
    return length(reason.strip()) > MAX_REASON ? Optional.of("staff.error.reason.too-long") : Optional.empty();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Length as PostgreSQL counts it, in characters rather than UTF-16 units. */
  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
