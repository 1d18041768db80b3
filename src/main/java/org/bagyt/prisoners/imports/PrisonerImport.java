package org.bagyt.prisoners.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An uploaded register as its owner sees it: the file, how it is read, and how far its import has got. */
public record PrisonerImport(
    UUID id,
    String fileName,
    FileFormat format,
    TextEncoding encoding,
    long sizeBytes,
    String sha256,
    List<String> headers,
    ColumnMapping mapping,
    ImportStatus status,
    Integer rowsTotal,
    int rowsDone,
    int problemCount,
    int imported,
    String failureKey,
    List<String> failureArguments,
    Instant createdAt,
    int version) {

  public boolean running() {
    return status == ImportStatus.RUNNING;
  }

  /** Imported rows as a share of all, for the progress bar. */
  public int percentDone() {
    return rowsTotal == null || rowsTotal == 0 ? 0 : (int) Math.min(100, 100L * rowsDone / rowsTotal);
  }

  /** Whether the dry run passed and nothing has been imported yet. */
  public boolean readyToImport() {
    return status == ImportStatus.CHECKED && problemCount == 0;
  }
}
