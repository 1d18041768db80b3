package org.bagyt.prisoners.imports;

/** What kind of file a register came in; told by its first bytes, never by its name alone. */
public enum FileFormat {
  CSV, XLSX;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** XLSX is a ZIP package; a file named .xlsx that is not one is refused rather than read as text. */
  static FileFormat of(byte[] content, String fileName) {
    boolean zip = content.length >= 4 && content[0] == ZIP[0] && content[1] == ZIP[1] && content[2] == ZIP[2]
        && content[3] == ZIP[3];
    boolean namedXlsx = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    if (zip) {
      return XLSX;
    }
    if (namedXlsx) {
      throw new FileRefused("not-xlsx");
    }
    return CSV;
  }
}
