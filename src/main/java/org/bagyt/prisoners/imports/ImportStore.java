package org.bagyt.prisoners.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded registers, kept in the database so that every step (mapping, dry run, import, progress) works on
 * whichever application node serves it. Every read is by owner: nobody sees another person's upload.
 */
@Repository
class ImportStore {

  private static final String COLUMNS = """
      id, file_name, format, charset, size_bytes, sha256, headers, mapping, status, rows_total, rows_done,
      problem_count, imported, failure_key, failure_args, created_at, version""";

  private final JdbcClient jdbc;

  ImportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID add(String owner, String fileName, FileFormat format, TextEncoding encoding, byte[] content, String sha256,
      List<String> headers, ColumnMapping mapping, Instant now) {
    return jdbc.sql("""
        INSERT INTO prisoner_import (owner, file_name, format, charset, size_bytes, sha256, content, headers, mapping,
                                     status, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UPLOADED', ?) RETURNING id""")
        .params(owner, fileName, format.name(), encoding == null ? null : encoding.charset().name(), content.length,
            sha256, content, headers.toArray(String[]::new), mapping.encoded(), Timestamp.from(now))
        .query(UUID.class).single();
  }

  Optional<PrisonerImport> find(UUID id, String owner) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM prisoner_import WHERE id = ? AND owner = ?").params(id, owner)
        .query(ImportStore::row).optional();
  }

  /** The owner of an import, for the background run that works without a request. */
  Optional<String> owner(UUID id) {
    return jdbc.sql("SELECT owner FROM prisoner_import WHERE id = ?").param(id).query(String.class).optional();
  }

  Optional<byte[]> content(UUID id) {
    return jdbc.sql("SELECT content FROM prisoner_import WHERE id = ? AND content IS NOT NULL").param(id)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  /** A new reading of the file (encoding, headers, mapping): any earlier dry run no longer counts. */
  boolean reread(UUID id, String owner, int version, TextEncoding encoding, List<String> headers, ColumnMapping mapping) {
    jdbc.sql("DELETE FROM prisoner_import_problem WHERE import_id = ?").param(id).update();
    return jdbc.sql("""
        UPDATE prisoner_import SET charset = ?, headers = ?, mapping = ?, status = 'UPLOADED', problem_count = 0,
               rows_total = NULL, version = version + 1
        WHERE id = ? AND owner = ? AND version = ? AND status IN ('UPLOADED', 'CHECKED', 'FAILED')""")
        .params(encoding == null ? null : encoding.charset().name(), headers.toArray(String[]::new), mapping.encoded(),
            id, owner, version).update() == 1;
  }

  /** Records a dry run's outcome with every problem found (up to the stored limit). */
  boolean checked(UUID id, String owner, int version, ColumnMapping mapping, int rows, int badRows, List<RowProblem> problems) {
    jdbc.sql("DELETE FROM prisoner_import_problem WHERE import_id = ?").param(id).update();
    saveProblems(id, problems);
    return jdbc.sql("""
        UPDATE prisoner_import SET mapping = ?, status = 'CHECKED', rows_total = ?, problem_count = ?, rows_done = 0,
               failure_key = NULL, failure_args = '{}', version = version + 1
        WHERE id = ? AND owner = ? AND version = ? AND status IN ('UPLOADED', 'CHECKED', 'FAILED')""")
        .params(mapping.encoded(), rows, badRows, id, owner, version).update() == 1;
  }

  /** Only a checked import with no bad rows starts, and only once: a second click finds it running. */
  boolean start(UUID id, String owner, int version) {
    return jdbc.sql("""
        UPDATE prisoner_import SET status = 'RUNNING', rows_done = 0, version = version + 1
        WHERE id = ? AND owner = ? AND version = ? AND status = 'CHECKED' AND problem_count = 0""")
        .params(id, owner, version).update() == 1;
  }

  void progress(UUID id, int rowsDone) {
    jdbc.sql("UPDATE prisoner_import SET rows_done = ? WHERE id = ?").params(rowsDone, id).update();
  }

  /** The import went in: the uploaded file is erased, only its hash and counts remain. */
  void imported(UUID id, int count, Instant now) {
    jdbc.sql("""
        UPDATE prisoner_import SET status = 'IMPORTED', imported = ?, rows_done = ?, content = NULL, finished_at = ?,
               version = version + 1 WHERE id = ?""").params(count, count, Timestamp.from(now), id).update();
  }

  void failed(UUID id, int badRows, List<RowProblem> problems, String failureKey, List<String> arguments, Instant now) {
    jdbc.sql("DELETE FROM prisoner_import_problem WHERE import_id = ?").param(id).update();
    saveProblems(id, problems);
    jdbc.sql("""
        UPDATE prisoner_import SET status = 'FAILED', problem_count = ?, failure_key = ?, failure_args = ?, rows_done = 0,
               finished_at = ?, version = version + 1 WHERE id = ?""")
        .params(badRows, failureKey, arguments.toArray(String[]::new), Timestamp.from(now), id).update();
  }

  List<RowProblem> problems(UUID id, int limit) {
    return jdbc.sql("""
        SELECT row_number, column_name, message_key, arguments FROM prisoner_import_problem
        WHERE import_id = ? ORDER BY row_number, column_name NULLS FIRST LIMIT ?""").params(id, limit)
        .query((rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2) == null ? null : ImportColumn.valueOf(rs.getString(2)),
            rs.getString(3), Arrays.asList((String[]) rs.getArray(4).getArray()))).list();
  }

  /** Uploads are erased a day after they were sent, imported or not: they hold people's data. */
  void eraseOlderThan(Instant cutoff) {
    jdbc.sql("UPDATE prisoner_import SET content = NULL WHERE content IS NOT NULL AND created_at < ? AND status <> 'RUNNING'")
        .param(Timestamp.from(cutoff)).update();
  }

  private void saveProblems(UUID id, List<RowProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    // One multi-row insert per thousand problems: a bad file can have tens of thousands.
    for (int from = 0; from < problems.size(); from += 1000) {
      var chunk = problems.subList(from, Math.min(problems.size(), from + 1000));
      var sql = new StringBuilder("INSERT INTO prisoner_import_problem (import_id, row_number, column_name, message_key, arguments) VALUES ");
      var params = new java.util.ArrayList<Object>();
      for (int i = 0; i < chunk.size(); i++) {
        var p = chunk.get(i);
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
        params.addAll(Arrays.asList(id, p.row(), p.column() == null ? null : p.column().name(), p.messageKey(),
            p.arguments().toArray(String[]::new)));
      }
      jdbc.sql(sql.toString()).params(params).update();
    }
  }

  private static PrisonerImport row(ResultSet rs, int n) throws SQLException {
    String charset = rs.getString("charset");
    Integer total = rs.getObject("rows_total", Integer.class);
    return new PrisonerImport(UUID.fromString(rs.getString("id")), rs.getString("file_name"),
        FileFormat.valueOf(rs.getString("format")),
        charset == null ? null : Arrays.stream(TextEncoding.values()).filter(e -> e.charset().name().equals(charset)).findFirst().orElseThrow(),
        rs.getLong("size_bytes"), rs.getString("sha256"), Arrays.asList((String[]) rs.getArray("headers").getArray()),
        ColumnMapping.decode(rs.getString("mapping")), ImportStatus.valueOf(rs.getString("status")),
        total, rs.getInt("rows_done"), rs.getInt("problem_count"), rs.getInt("imported"),
        rs.getString("failure_key"), Arrays.asList((String[]) rs.getArray("failure_args").getArray()),
        rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
  }
}
