package org.bagyt.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Input that breaks one or more rules, each named at its field; nothing was written. Forms show each message
 * at its field, and the API lists them in the problem's {@code errors}.
 */
public class InvalidFields extends BagytException {

  private final Map<String, String> errors;

  public InvalidFields(Map<String, String> errors) {
    super(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalid-input");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("no field errors");
    }
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** Field (as named on the form and in the API) to message key, in the order of the form. */
  public Map<String, String> errors() {
    return errors;
  }

  /** Throws when any error was found. */
  public static void throwIfAny(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidFields(errors);
    }
  }
}
