package org.bagyt.prisoners.imports;

/** Reads an uploaded register, CSV or XLSX, row by row. */
final class Sheets {

  private Sheets() {}

  static void read(byte[] content, FileFormat format, TextEncoding encoding, ImportLimits limits, RowHandler handler) {
    if (content.length == 0) {
      throw new FileRefused("empty");
    }
    switch (format) {
      case CSV -> CsvSheet.read(content, encoding, limits, handler);
      case XLSX -> XlsxSheet.read(content, limits, handler);
    }
  }

  /** The header row and up to {@code count} rows after it, for the column mapping screen. */
  static java.util.List<SheetRow> head(byte[] content, FileFormat format, TextEncoding encoding, ImportLimits limits,
      int count) {
    var rows = new java.util.ArrayList<SheetRow>();
    read(content, format, encoding, limits, row -> {
      rows.add(row);
      return rows.size() <= count;
    });
    if (rows.isEmpty()) {
      throw new FileRefused("empty");
    }
    return rows;
  }
}
