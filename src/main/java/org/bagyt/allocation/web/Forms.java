package org.bagyt.allocation.web;

import java.time.LocalDate;
import java.util.function.Function;

/** Reading form values: a blank or malformed value is absent, and the service names it at its field. */
final class Forms {

  private Forms() {}

  static <T> T parse(String value, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  static LocalDate date(String value) {
    return parse(value, LocalDate::parse);
  }
}
