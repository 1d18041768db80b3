package org.bagyt.prisoners.imports;

import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;

/** An upload that cannot be read at all, with the reason in words the person can act on. Nothing is written. */
class FileRefused extends BagytException {

  FileRefused(String reason, Object... arguments) {
    super(HttpStatus.BAD_REQUEST, "import-" + reason, "import.error." + reason, arguments);
  }

  static FileRefused tooLarge(long maxBytes) {
    return new FileRefused("too-large", maxBytes / (1024 * 1024));
  }

  static FileRefused tooManyRows(int maxRows) {
    return new FileRefused("too-many-rows", maxRows);
  }
}
