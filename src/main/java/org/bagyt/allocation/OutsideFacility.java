package org.bagyt.allocation;

import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/**
 * A policy or proposal of a facility the person does not work in (or of the whole service, for facility staff):
 * nothing is written, and the refusal, audited before it is thrown, is kept ({@code noRollbackFor}).
 */
public class OutsideFacility extends BagytException {

  public OutsideFacility(String messageKey) {
    super(HttpStatus.FORBIDDEN, "outside-scope", messageKey);
  }
}
