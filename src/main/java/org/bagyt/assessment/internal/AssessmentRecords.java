package org.bagyt.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.assessment.Appeal;
import org.bagyt.assessment.OutcomeNotice;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcome notice and the appeals of assessments. */
@Repository
public class AssessmentRecords {

  private final JdbcClient jdbc;

  AssessmentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OutcomeNotice> notice(UUID assessmentId) {
    return jdbc.sql("""
        SELECT told_on, method, language, interpreter, note, recorded_by, recorded_at FROM assessment_notice
        WHERE assessment_id = ?""").param(assessmentId)
        .query((rs, n) -> new OutcomeNotice(rs.getObject(1, LocalDate.class), OutcomeNotice.Method.valueOf(rs.getString(2)),
            rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
        .optional();
  }

  public void addNotice(UUID assessmentId, OutcomeNotice notice) {
    int added = jdbc.sql("""
        INSERT INTO assessment_notice (assessment_id, told_on, method, language, interpreter, note, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id) DO NOTHING""")
        .params(assessmentId, notice.toldOn(), notice.method().name(), notice.language(), notice.interpreter(),
            notice.note(), notice.recordedBy(), Timestamp.from(notice.recordedAt()))
        .update();
    if (added == 0) {
      throw BagytException.conflict("notice-recorded", "assessment.error.notice-recorded");
    }
  }

  public List<Appeal> appeals(UUID assessmentId) {
    return jdbc.sql("""
        SELECT id, assessment_id, lodged_on, grounds, recorded_by, recorded_at, decision, decision_reason, decided_on,
               decided_by, version FROM assessment_appeal WHERE assessment_id = ? ORDER BY recorded_at""")
        .param(assessmentId).query((rs, n) -> new Appeal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
            rs.getString(7) == null ? null : Appeal.Decision.valueOf(rs.getString(7)), rs.getString(8),
            rs.getObject(9, LocalDate.class), rs.getString(10), rs.getInt(11)))
        .list();
  }

  public Optional<Appeal> appeal(UUID appealId) {
    return jdbc.sql("SELECT assessment_id FROM assessment_appeal WHERE id = ?").param(appealId).query(UUID.class)
        .optional().flatMap(a -> appeals(a).stream().filter(x -> x.id().equals(appealId)).findFirst());
  }

  public UUID lodge(UUID assessmentId, LocalDate lodgedOn, String grounds, String by, Instant at) {
    try {
      return jdbc.sql("""
          INSERT INTO assessment_appeal (assessment_id, lodged_on, grounds, recorded_by, recorded_at)
          VALUES (?, ?, ?, ?, ?) RETURNING id""")
          .params(assessmentId, lodgedOn, grounds, by, Timestamp.from(at)).query(UUID.class).single();
    } catch (org.springframework.dao.DuplicateKeyException open) {
      throw BagytException.conflict("appeal-open", "assessment.error.appeal-open");
    }
  }

  public void decide(UUID appealId, int version, Appeal.Decision decision, String reason, LocalDate on, String by) {
    int changed = jdbc.sql("""
        UPDATE assessment_appeal SET decision = ?, decision_reason = ?, decided_on = ?, decided_by = ?, version = version + 1
        WHERE id = ? AND version = ? AND decision IS NULL""")
        .params(decision.name(), reason, on, by, appealId, version).update();
    if (changed == 0) {
      throw BagytException.conflict("stale-edit", "assessment.error.stale-edit");
    }
  }
}
