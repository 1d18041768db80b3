package org.bagyt.prisoners.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX register with POI's streaming (SAX) reader, so a large sheet is never held
 * as a workbook. ZIP entries that inflate far beyond their compressed size, or beyond a fixed size, are
 * refused as a zip bomb before they are expanded.
 */
final class XlsxSheet {

  /** A sheet of 200,000 rows of 14 columns is about 100 MB of XML; nothing legitimate is larger. */
  private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
  /** Compressed size ÷ expanded size below which an entry is a bomb (POI's default, stated so it is not lost). */
  private static final double MIN_INFLATE_RATIO = 0.01;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private XlsxSheet() {}

  /** Stops the SAX parse once the handler has what it needs. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  static void read(byte[] content, ImportLimits limits, RowHandler handler) {
    Path file = null;
    try {
      file = Files.createTempFile("bagyt-import-", ".xlsx");
      Files.write(file, content);
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        var reader = new XSSFReader(pkg);
        var strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        var sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
          throw new FileRefused("empty");
        }
        try (InputStream sheet = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(limits, handler), new IsoDates(), false));
          xml.parse(new InputSource(sheet));
        }
      }
    } catch (Stop stop) {
      // the handler had enough
    } catch (FileRefused refused) {
      throw refused;
    } catch (Exception | LinkageError e) {
      throw isZipBomb(e) ? new FileRefused("zip-bomb") : new FileRefused("not-xlsx");
    } finally {
      deleteQuietly(file);
    }
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceed")) {
        return true;
      }
    }
    return false;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the temporary directory is cleaned by the system; the content is the same as the stored upload
      }
    }
  }

  /** Collects cells into rows; empty cells between filled ones stay empty strings. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final ImportLimits limits;
    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;

    Rows(ImportLimits limits, RowHandler handler) {
      this.limits = limits;
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      if (rowNumber > limits.maxRows() + 1) {
        throw FileRefused.tooManyRows(limits.maxRows());
      }
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(String::isBlank)) {
        return; // as in CSV: blank rows are not records
      }
      if (!handler.row(new SheetRow(rowNumber, List.copyOf(cells)))) {
        throw new Stop();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= limits.maxColumns()) {
        throw new FileRefused("too-many-columns", rowNumber, limits.maxColumns());
      }
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }

  /** Dates stored as Excel serial numbers come out as ISO dates (or date-times), whatever their display format. */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        var at = DateUtil.getLocalDateTime(value, use1904Windowing);
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? at.toLocalDate().toString() : at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
