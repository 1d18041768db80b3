package org.bagyt.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.web.FormValues;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/** What the incident, complaint, observation and contact pages share: showing a refusal on the page it came from. */
final class ConductRecordForms {

  private ConductRecordForms() {}

  /**
   * Field problems go to their fields, a broken rule to the top of the page (with its status); a missing record or
   * permission, or a record outside the reader's facilities, is the error page's.
   */
  static void refusedHere(BagytException refused, Model model, HttpServletResponse response, MessageSource messages) {
    if (refused.status().value() == 404 || refused.status().value() == 403 || refused instanceof OutsideScope) {
      throw refused;
    }
    response.setStatus(refused.status().value());
    if (refused instanceof InvalidFields invalid) {
      model.addAttribute("errors", invalid.errors());
    } else {
      Locale locale = LocaleContextHolder.getLocale();
      model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
  }

  /** A moment from a date and a time of day as the form sent them, in the service's time zone; null if either is missing. */
  static Instant moment(String date, String time, ZoneId zone) {
    LocalDate d = FormValues.parse(date, LocalDate::parse);
    LocalTime t = FormValues.parse(time, LocalTime::parse);
    return d == null || t == null ? null : d.atTime(t).atZone(zone).toInstant();
  }

  static Integer version(Map<String, String> form) {
    Integer v = FormValues.parse(form.get("version"), Integer::valueOf);
    if (v == null) {
      throw BagytException.invalid("version-required", "movement.error.version-required");
    }
    return v;
  }

  static Boolean yesNo(String value) {
    return value == null || value.isBlank() ? null : "yes".equals(value);
  }
}
