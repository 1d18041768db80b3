package org.bagyt.prisoners.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.PrisonerSearch;

/** The search's date of birth and limit as typed, read with a clear error rather than a generic bad request. */
final class SearchParameters {

  static final int DEFAULT_LIMIT = 20;

  private SearchParameters() {}

  static LocalDate dateOfBirth(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BagytException.invalid("date-of-birth", "prisoner.error.search-dob");
    }
  }

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw BagytException.invalid("limit-out-of-range", "prisoner.error.search-limit", PrisonerSearch.MAX_LIMIT);
    }
  }
}
