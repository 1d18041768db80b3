package org.bagyt.prisoners.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV register as it streams: the row limit and broken quoting stop it before the rest is parsed. */
final class CsvSheet {

  private static final int SNIFF = 64 * 1024;

  private CsvSheet() {}

  static void read(byte[] content, TextEncoding encoding, ImportLimits limits, RowHandler handler) {
    refuseBinary(content);
    int start = encoding.textStart(content);
    char delimiter = delimiter(content, start, encoding);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start), encoding.decoder());
    CSVParser parser = null;
    try {
      parser = format.parse(reader);
      for (CSVRecord record : parser) {
        if (record.getRecordNumber() > limits.maxRows() + 1L) {
          throw FileRefused.tooManyRows(limits.maxRows());
        }
        if (record.size() > limits.maxColumns()) {
          throw new FileRefused("too-many-columns", record.getRecordNumber(), limits.maxColumns());
        }
        var cells = new ArrayList<String>(record.size());
        record.forEach(cells::add);
        if (!handler.row(new SheetRow(record.getRecordNumber(), cells))) {
          return;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (cause instanceof CharacterCodingException) {
        throw new FileRefused("encoding", encoding.charset().name());
      }
      throw new FileRefused("broken-quoting", parser == null ? 1 : parser.getCurrentLineNumber());
    } catch (IllegalStateException e) {
      // commons-csv reports some malformed input (e.g. a quote inside an unquoted field) this way
      throw new FileRefused("broken-quoting", parser == null ? 1 : parser.getCurrentLineNumber());
    }
  }

  /** Excel in Russian and Kyrgyz settings writes semicolons; others commas or tabs: whichever the header uses most. */
  private static char delimiter(byte[] content, int start, TextEncoding encoding) {
    int end = Math.min(content.length, start + SNIFF);
    String head = new String(content, start, end - start, encoding.charset());
    int newline = head.indexOf('\n');
    String header = newline < 0 ? head : head.substring(0, newline);
    char best = ',';
    long most = header.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (count > most) {
        best = candidate;
        most = count;
      }
    }
    return best;
  }

  /** A NUL byte never occurs in a CSV register: it is a binary file (or UTF-16, which registers are not sent in). */
  private static void refuseBinary(byte[] content) {
    int end = Math.min(content.length, SNIFF);
    for (int i = 0; i < end; i++) {
      if (content[i] == 0) {
        throw new FileRefused("not-text");
      }
    }
  }
}
