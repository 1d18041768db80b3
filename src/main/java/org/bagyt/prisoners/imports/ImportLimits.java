package org.bagyt.prisoners.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How big a register may be: checked before the rest of a file is read, so a huge upload costs little. */
@Component
class ImportLimits {

  private final long maxBytes;
  private final int maxRows;
  private final int maxColumns;

  ImportLimits(@Value("${bagyt.imports.max-megabytes:50}") long maxMegabytes,
      @Value("${bagyt.imports.max-rows:200000}") int maxRows,
      @Value("${bagyt.imports.max-columns:100}") int maxColumns) {
    this.maxBytes = maxMegabytes * 1024 * 1024;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  long maxBytes() {
    return maxBytes;
  }

  int maxRows() {
    return maxRows;
  }

  int maxColumns() {
    return maxColumns;
  }
}
