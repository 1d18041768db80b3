package org.bagyt.allocation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.allocation.KeepApart;
import org.bagyt.platform.BagytException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The keep-apart table; the database's partial unique index is the last word on a second open pair. */
@Component
public class KeepApartStore {

  private static final String SELECT = """
      SELECT id, first_id, first_role, second_id, second_role, reason, comment, scope, activities, review_on,
             authorised_by, authorised_at, closed_by, closed_at, closed_reason, version FROM keep_apart""";

  private final JdbcClient jdbc;

  KeepApartStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<KeepApart> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(KeepApartStore::row).optional();
  }

  public List<KeepApart> involving(UUID prisonerId, boolean includeClosed) {
    return jdbc.sql(SELECT + " WHERE (first_id = ? OR second_id = ?)" + (includeClosed ? "" : " AND closed_at IS NULL")
        + " ORDER BY closed_at IS NOT NULL, authorised_at DESC").params(prisonerId, prisonerId)
        .query(KeepApartStore::row).list();
  }

  /** Every open pair, newest first, at most {@code limit}; the caller keeps those in the reader's scope. */
  public List<KeepApart> open(int limit) {
    return jdbc.sql(SELECT + " WHERE closed_at IS NULL ORDER BY authorised_at DESC LIMIT ?").param(limit)
        .query(KeepApartStore::row).list();
  }

  public boolean openPairExists(UUID a, UUID b) {
    return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM keep_apart WHERE closed_at IS NULL
          AND least(first_id, second_id) = least(?::uuid, ?::uuid) AND greatest(first_id, second_id) = greatest(?::uuid, ?::uuid))""")
        .params(a, b, a, b).query(Boolean.class).single();
  }

  public UUID insert(KeepApart k) {
    try {
      return jdbc.sql("""
          INSERT INTO keep_apart (first_id, first_role, second_id, second_role, reason, comment, scope, activities,
            review_on, authorised_by, authorised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
          .params(k.firstId(), k.firstRole().name(), k.secondId(), k.secondRole().name(), k.reason().name(), k.comment(),
              k.scope().name(), k.activities().stream().map(Enum::name).sorted().toArray(String[]::new), k.reviewOn(),
              k.authorisedBy(), Timestamp.from(k.authorisedAt()))
          .query(UUID.class).single();
    } catch (DuplicateKeyException raced) {
      throw duplicate();
    }
  }

  public static BagytException duplicate() {
    return BagytException.conflict("keep-apart-exists", "keepapart.error.exists");
  }

  public void close(UUID id, int version, String by, Instant at, String reason) {
    int updated = jdbc.sql("""
        UPDATE keep_apart SET closed_by = ?, closed_at = ?, closed_reason = ?, version = version + 1
        WHERE id = ? AND version = ? AND closed_at IS NULL""")
        .params(by, Timestamp.from(at), reason, id, version).update();
    if (updated == 0) {
      throw BagytException.conflict("stale-edit", "keepapart.error.stale");
    }
  }

  private static KeepApart row(ResultSet rs, int n) throws SQLException {
    Array activities = rs.getArray(9);
    var set = EnumSet.noneOf(KeepApart.Activity.class);
    Arrays.stream((String[]) activities.getArray()).map(KeepApart.Activity::valueOf).forEach(set::add);
    Timestamp closed = rs.getTimestamp(14);
    return new KeepApart(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), KeepApart.Role.valueOf(rs.getString(3)),
        rs.getObject(4, UUID.class), KeepApart.Role.valueOf(rs.getString(5)), KeepApart.Reason.valueOf(rs.getString(6)),
        rs.getString(7), KeepApart.Scope.valueOf(rs.getString(8)), set, rs.getObject(10, LocalDate.class),
        rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getString(13), closed == null ? null : closed.toInstant(),
        rs.getString(15), rs.getInt(16));
  }
}
