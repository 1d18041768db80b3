package org.bagyt.prisoners.imports;

import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/** Some rows of a register cannot be imported, so none is: the result says which and why. */
class RowsRefused extends BagytException {

  private final transient CheckResult result;

  RowsRefused(CheckResult result) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, "import-rows-refused", "import.error.rows-refused", result.badRows());
    this.result = result;
  }

  CheckResult result() {
    return result;
  }
}
