package org.bagyt.prisoners;

import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/** Input refused before anything is written, naming the form field at fault so the page can point at it. */
public class RefusedEntry extends BagytException {

  private final String field;

  public RefusedEntry(String field, String type, String messageKey, Object... arguments) {
    super(HttpStatus.BAD_REQUEST, type, messageKey, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
