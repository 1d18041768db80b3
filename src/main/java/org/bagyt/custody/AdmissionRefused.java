package org.bagyt.custody;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/** An admission that breaks one or more rules; nothing was written. Carries a message key per field. */
public class AdmissionRefused extends BagytException {

  private final Map<String, String> errors;

  public AdmissionRefused(Map<String, String> errors) {
    super(HttpStatus.BAD_REQUEST, "invalid-input", errors.values().iterator().next());
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** Field id (as on the form) to message key, in the order of the form. */
  public Map<String, String> errors() {
    return errors;
  }
}
