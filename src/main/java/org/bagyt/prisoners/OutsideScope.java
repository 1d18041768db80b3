package org.bagyt.prisoners;

import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/** The prisoner is held outside the reader's facilities: the file opens only by breaking the glass. */
public class OutsideScope extends BagytException {

  public OutsideScope() {
    super(HttpStatus.FORBIDDEN, "outside-scope", "prisoner.error.outside-scope");
  }
}
