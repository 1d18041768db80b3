package org.bagyt.prisoners.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing existing registers: upload a CSV or XLSX file, choose its encoding and columns, check every row
 * (dry run), then import all rows or none. Headquarters may fill any facility; a governor only their own.
 */
@Service
public class PrisonerImports {

  public static final String PERMISSION = "prisoner.import";
  /** Rows shown under the mapping, enough to see that the encoding and columns are right. */
  static final int PREVIEW_ROWS = 5;
  private static final Duration KEPT = Duration.ofDays(1);

  private final ImportStore store;
  private final RegisterCheck check;
  private final RegisterWriter writer;
  private final ImportRunner runner;
  private final ImportLimits limits;
  private final AuditTrail audit;
  private final Clock clock;

  PrisonerImports(ImportStore store, RegisterCheck check, RegisterWriter writer, ImportRunner runner, ImportLimits limits,
      AuditTrail audit, Clock clock) {
    this.store = store;
    this.check = check;
    this.writer = writer;
    this.runner = runner;
    this.limits = limits;
    this.audit = audit;
    this.clock = clock;
  }

  /** The first rows of an upload, for the mapping screen. */
  public record Preview(PrisonerImport upload, List<SheetRow> rows) {}

  /** A machine import's outcome: rows read, rows refused with every problem, and people registered. */
  public record Report(int rows, int badRows, int imported, List<RowProblem> problems) {}

  public long maxBytes() {
    return limits.maxBytes();
  }

  public int maxRows() {
    return limits.maxRows();
  }

  /** Keeps the file for its owner and reads its header row; a file that cannot be read is refused now. */
  @Transactional
  public UUID upload(String fileName, byte[] content, String encodingChoice) {
    String owner = importer().username();
    refuseOversized(content.length);
    FileFormat format = FileFormat.of(content, fileName);
    TextEncoding encoding = encodingOf(format, content, encodingChoice);
    var head = Sheets.head(content, format, encoding, limits, 0);
    List<String> headers = head.get(0).cells();
    store.eraseOlderThan(clock.instant().minus(KEPT));
    return store.add(owner, cleanName(fileName), format, encoding, content, sha256(content), headers,
        ColumnMapping.guess(headers), clock.instant());
  }

  public PrisonerImport find(UUID id) {
    return store.find(id, importer().username()).orElseThrow(BagytException::notFound);
  }

  public Preview preview(UUID id) {
    var upload = find(id);
    byte[] content = store.content(id).orElseThrow(() -> new FileRefused("expired"));
    return new Preview(upload, Sheets.head(content, upload.format(), upload.encoding(), limits, PREVIEW_ROWS));
  }

  /** Reads the file again in another encoding; the mapping is guessed afresh from the header row. */
  @Transactional
  public void chooseEncoding(UUID id, int version, String encodingChoice) {
    var upload = find(id);
    String owner = importer().username();
    byte[] content = store.content(id).orElseThrow(() -> new FileRefused("expired"));
    TextEncoding encoding = encodingOf(upload.format(), content, encodingChoice);
    var headers = Sheets.head(content, upload.format(), encoding, limits, 0).get(0).cells();
    if (!store.reread(id, owner, version, encoding, headers, ColumnMapping.guess(headers))) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  /**
   * Checks every row with the chosen mapping and keeps the problems for the report; writes nothing to the
   * register. Answers the mapping's own problems by form field, empty when the check ran.
   */
  @Transactional
  public Map<String, String> dryRun(UUID id, int version, ColumnMapping mapping) {
    var user = importer();
    var upload = find(id);
    var mappingProblems = mapping.problems(upload.headers().size());
    if (!mappingProblems.isEmpty()) {
      return mappingProblems;
    }
    byte[] content = store.content(id).orElseThrow(() -> new FileRefused("expired"));
    var result = check.check(content, upload.format(), upload.encoding(), headers -> mapping, scope(user));
    if (!store.checked(id, user.username(), version, mapping, result.rows(), result.badRows(), result.problems())) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.of(AuditActions.PRISONER_IMPORT_CHECKED, RegisterWriter.RESOURCE, id)
        .withPurpose(RegisterWriter.summary(upload.fileName(), upload.sha256(), result, 0)));
    return Map.of();
  }

  public List<RowProblem> problems(UUID id) {
    find(id);
    return store.problems(id, RegisterCheck.MAX_PROBLEMS_KEPT);
  }

  /** Starts the import in the background; a second start of the same upload is refused as stale. */
  @Transactional
  public void start(UUID id, int version) {
    var user = importer();
    find(id);
    if (!store.start(id, user.username(), version)) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    // After commit, so the background run sees the import as started.
    org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
        new org.springframework.transaction.support.TransactionSynchronization() {
          @Override
          public void afterCommit() {
            runner.start(id, user.username(), scope(user));
          }
        });
  }

  /**
   * The machine path: a CSV body, its columns named in its header row, checked and (unless a dry run)
   * imported in this one transaction. Bad rows refuse the whole import with every problem listed.
   */
  @Transactional
  public Report importCsv(byte[] body, String charset, boolean dryRun) {
    var user = importer();
    refuseOversized(body.length);
    if (FileFormat.of(body, null) != FileFormat.CSV) {
      throw new FileRefused("not-csv");
    }
    TextEncoding encoding = TextEncoding.byName(charset).orElseGet(() -> TextEncoding.detect(body));
    var result = check.check(body, FileFormat.CSV, encoding,
        headers -> ColumnMapping.guess(headers).checked(headers.size()), scope(user));
    String sha256 = sha256(body);
    var report = new Report(result.rows(), result.badRows(), 0, result.problems());
    if (dryRun) {
      audit.record(AuditEvent.of(AuditActions.PRISONER_IMPORT_CHECKED, RegisterWriter.RESOURCE, "api:" + sha256)
          .withPurpose(RegisterWriter.summary("(api)", sha256, result, 0)));
      return report;
    }
    if (!result.clean()) {
      throw new RowsRefused(result);
    }
    writer.write("api:" + sha256, "(api)", sha256, result, done -> { });
    return new Report(result.rows(), 0, result.prisoners().size(), List.of());
  }

  /** The rows behind a refusal of bad rows (from {@link #importCsv}), for the caller to list. */
  public Report refusedRows(BagytException refused) {
    var result = ((RowsRefused) refused).result();
    return new Report(result.rows(), result.badRows(), 0, result.problems());
  }

  private void refuseOversized(long size) {
    if (size > limits.maxBytes()) {
      throw FileRefused.tooLarge(limits.maxBytes());
    }
  }

  private static TextEncoding encodingOf(FileFormat format, byte[] content, String choice) {
    if (format == FileFormat.XLSX) {
      return null;
    }
    return TextEncoding.byName(choice).orElseGet(() -> TextEncoding.detect(content));
  }

  private static SignedInUser importer() {
    if (!SignedInUser.holds(PERMISSION)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  private static RowCheck.Scope scope(SignedInUser user) {
    return new RowCheck.Scope(user.serviceWide(), user.facilityIds());
  }

  private static String cleanName(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
