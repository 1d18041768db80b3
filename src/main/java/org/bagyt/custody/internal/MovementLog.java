package org.bagyt.custody.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.custody.AbsenceReason;
import org.bagyt.custody.Movement;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.PastMovement;
import org.bagyt.prisoners.ReleaseType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The movement history table: written in the transaction that changes the prisoner's location. */
@Repository
public class MovementLog {

  /** A movement as stored; facility and cell ids, not their codes. */
  public record Entry(UUID prisonerId, MovementKind kind, Instant occurredAt, UUID fromFacilityId, UUID fromCellId,
      UUID toFacilityId, UUID toCellId, AbsenceReason absenceReason, ReleaseType releaseType, String note,
      String recordedBy, String approvedBy) {}

  private static final String SELECT = """
      SELECT m.id, m.kind, m.occurred_at, ff.code AS from_facility, fc.code AS from_cell, tf.code AS to_facility,
             tc.code AS to_cell, m.absence_reason, m.returned_at, m.release_type, m.note, m.recorded_by, m.approved_by
      FROM movement m
      LEFT JOIN facility ff ON ff.id = m.from_facility_id LEFT JOIN cell fc ON fc.id = m.from_cell_id
      LEFT JOIN facility tf ON tf.id = m.to_facility_id LEFT JOIN cell tc ON tc.id = m.to_cell_id""";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  MovementLog(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  UUID add(Entry e) {
    return jdbc.sql("""
        INSERT INTO movement (prisoner_id, kind, occurred_at, from_facility_id, from_cell_id, to_facility_id, to_cell_id,
                              absence_reason, release_type, note, recorded_by, approved_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
        .params(e.prisonerId(), e.kind().name(), Timestamp.from(e.occurredAt()), e.fromFacilityId(), e.fromCellId(),
            e.toFacilityId(), e.toCellId(), name(e.absenceReason()), name(e.releaseType()), e.note(), e.recordedBy(),
            e.approvedBy())
        .query(UUID.class).single();
  }

  /** The absence the person is on now, if any. */
  Optional<UUID> openAbsence(UUID prisonerId) {
    return jdbc.sql("SELECT id FROM movement WHERE prisoner_id = ? AND kind = 'TEMPORARY_ABSENCE' AND returned_at IS NULL")
        .param(prisonerId).query(UUID.class).optional();
  }

  void returned(UUID absenceId, Instant at) {
    jdbc.sql("UPDATE movement SET returned_at = ? WHERE id = ?").params(Timestamp.from(at), absenceId).update();
  }

  /** The history, latest first. */
  public List<Movement> history(UUID prisonerId, int limit) {
    return jdbc.sql(SELECT + " WHERE m.prisoner_id = ? ORDER BY m.occurred_at DESC, m.id LIMIT ?")
        .params(prisonerId, limit).query(MovementLog::movement).list();
  }

  public void addPast(List<PastMovement> movements) {
    template.batchUpdate("""
        INSERT INTO movement (prisoner_id, kind, occurred_at, from_facility_id, from_cell_id, to_facility_id, to_cell_id,
                              absence_reason, returned_at, recorded_by, approved_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", movements, 1000, (ps, m) -> {
          ps.setObject(1, m.prisonerId());
          ps.setString(2, m.kind().name());
          ps.setTimestamp(3, Timestamp.from(m.occurredAt()));
          ps.setObject(4, m.fromFacilityId());
          ps.setObject(5, m.fromCellId());
          ps.setObject(6, m.toFacilityId());
          ps.setObject(7, m.toCellId());
          ps.setString(8, name(m.absenceReason()));
          ps.setTimestamp(9, m.returnedAt() == null ? null : Timestamp.from(m.returnedAt()));
          ps.setString(10, m.recordedBy());
          ps.setString(11, m.approvedBy());
        });
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Movement movement(ResultSet rs, int row) throws SQLException {
    Timestamp returned = rs.getTimestamp("returned_at");
    String absence = rs.getString("absence_reason");
    String release = rs.getString("release_type");
    return new Movement(rs.getObject("id", UUID.class), MovementKind.valueOf(rs.getString("kind")),
        rs.getTimestamp("occurred_at").toInstant(), rs.getString("from_facility"), rs.getString("from_cell"),
        rs.getString("to_facility"), rs.getString("to_cell"), absence == null ? null : AbsenceReason.valueOf(absence),
        returned == null ? null : returned.toInstant(), release == null ? null : ReleaseType.valueOf(release),
        rs.getString("note"), rs.getString("recorded_by"), rs.getString("approved_by"));
  }
}
