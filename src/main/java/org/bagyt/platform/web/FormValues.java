package org.bagyt.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * Reading what a form sent. A blank value is absent (null); a malformed one is absent too, so the service refuses
 * it with its own message, or, for dates, it is reported at its field. One way for every form of every module.
 */
public final class FormValues {

  private FormValues() {}

  /** The value parsed, or null when blank or malformed (an unknown option, a number that is not one). */
  public static <T> T parse(String value, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  public static <E extends Enum<E>> E option(String value, Class<E> type) {
    return parse(value, v -> Enum.valueOf(type, v));
  }

  /** A date as the browser sends it (yyyy-mm-dd); blank is null, anything else puts {@code invalidKey} at its field. */
  public static LocalDate date(String value, String field, String invalidKey, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException malformed) {
      errors.put(field, invalidKey);
      return null;
    }
  }
}
