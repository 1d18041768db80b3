package org.bagyt.staff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/** An accreditation that breaks one or more rules; nothing was written. Carries a message key per field. */
public class AccreditationRefused extends BagytException {

  private final Map<String, String> errors;

  public AccreditationRefused(Map<String, String> errors) {
    super(HttpStatus.BAD_REQUEST, "invalid-input", errors.values().iterator().next());
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** Field (as named in {@link NewAccreditation}) to message key, in the order of the form. */
  public Map<String, String> errors() {
    return errors;
  }
}
