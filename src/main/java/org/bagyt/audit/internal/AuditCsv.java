package org.bagyt.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as CSV, one event a row with its hashes, for inspectors' own tools. Column names are
 * stable codes rather than translated labels, so that scripts keep working in every language. A text cell
 * that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return) gets a
 * leading apostrophe: names typed at the sign-in page reach this file.
 */
final class AuditCsv implements AutoCloseable {

  static final String[] HEADER = {"seq", "occurred_at", "actor", "action", "resource_type", "resource_id",
      "prisoner_id", "facility_id", "purpose", "client_address", "outcome", "previous_hash", "hash"};

  private final CSVPrinter printer;

  AuditCsv(Writer out) throws IOException {
    this.printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
  }

  void write(AuditRecord r) {
    try {
      printer.printRecord(r.seq(), DateTimeFormatter.ISO_INSTANT.format(r.occurredAt()), inert(r.actor()), r.action(),
          inert(r.resourceType()), inert(r.resourceId()), r.prisonerId(), r.facilityId(), inert(r.purpose()),
          inert(r.clientAddress()), r.outcome(), r.previousHashHex(), r.hashHex());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String inert(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }

  /** Flushes what is written; the writer belongs to the caller, who closes it. */
  @Override
  public void close() throws IOException {
    printer.flush();
  }
}
