package org.bagyt.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.allocation.Classification;
import org.bagyt.allocation.ClassificationAppeal;
import org.bagyt.allocation.ClassificationDecision;
import org.bagyt.allocation.ClassificationLevel;
import org.bagyt.allocation.Dimension;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classification tables: levels, standings, the append-only decisions, appeals and review flags. */
@Component
public class ClassificationStore {

  /** A review flag on one scale: why, from which assessment, since when. */
  public record Review(Dimension dimension, String reason, UUID assessmentId, Instant flaggedAt) {}

  private final JdbcClient jdbc;

  ClassificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ClassificationLevel> scale(Dimension dimension) {
    return jdbc.sql("""
        SELECT dimension, code, rank, label_ky, label_ru, label_en, default_for, in_use FROM classification_level
        WHERE dimension = ? ORDER BY rank""").param(dimension.name()).query((rs, n) -> new ClassificationLevel(
            Dimension.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
            rs.getString(6), new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray(7).getArray())), rs.getBoolean(8)))
        .list();
  }

  public Classification standing(UUID prisonerId, Dimension dimension) {
    return jdbc.sql("SELECT level, version FROM classification WHERE prisoner_id = ? AND dimension = ?")
        .params(prisonerId, dimension.name())
        .query((rs, n) -> new Classification(prisonerId, dimension, rs.getString(1), rs.getInt(2))).optional()
        .orElseGet(() -> Classification.undecided(prisonerId, dimension));
  }

  public Optional<UUID> decisionInForce(UUID prisonerId, Dimension dimension) {
    return jdbc.sql("SELECT decision_id FROM classification WHERE prisoner_id = ? AND dimension = ?")
        .params(prisonerId, dimension.name()).query(UUID.class).optional();
  }

  /** Puts the decision in force if the standing is still at {@code version}; refuses a stale one with 409. */
  public int putInForce(UUID prisonerId, Dimension dimension, String level, UUID decisionId, int version) {
    int updated = version == 0
        ? jdbc.sql("""
            INSERT INTO classification (prisoner_id, dimension, level, decision_id, version) VALUES (?, ?, ?, ?, 1)
            ON CONFLICT DO NOTHING""").params(prisonerId, dimension.name(), level, decisionId).update()
        : jdbc.sql("""
            UPDATE classification SET level = ?, decision_id = ?, version = version + 1
            WHERE prisoner_id = ? AND dimension = ? AND version = ?""")
            .params(level, decisionId, prisonerId, dimension.name(), version).update();
    if (updated == 0) {
      throw BagytException.conflict("stale-edit", "classification.error.stale");
    }
    jdbc.sql("DELETE FROM classification_review WHERE prisoner_id = ? AND dimension = ?")
        .params(prisonerId, dimension.name()).update();
    return version + 1;
  }

  public UUID insertDecision(ClassificationDecision d) {
    return jdbc.sql("""
        INSERT INTO classification_decision (prisoner_id, facility_id, dimension, from_level, to_level, direction, kind,
          rationale, assessment_id, basis, starts_on, review_on, decided_by, decided_at, approval_request_id, approved_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
        .params(d.prisonerId(), d.facilityId(), d.dimension().name(), d.fromLevel(), d.toLevel(), d.direction().name(),
            d.kind().name(), d.rationale(), d.assessmentId(), d.basis(), d.startsOn(), d.reviewOn(), d.decidedBy(),
            Timestamp.from(d.decidedAt()), d.approvalRequestId(), d.approvedBy())
        .query(UUID.class).single();
  }

  private static final String DECISION = """
      SELECT id, prisoner_id, facility_id, dimension, from_level, to_level, direction, kind, rationale, assessment_id,
             basis, starts_on, review_on, decided_by, decided_at, approval_request_id, approved_by
      FROM classification_decision""";

  /** Every decision about the prisoner, newest first. */
  public List<ClassificationDecision> history(UUID prisonerId) {
    return jdbc.sql(DECISION + " WHERE prisoner_id = ? ORDER BY decided_at DESC, id DESC").param(prisonerId)
        .query(ClassificationStore::decision).list();
  }

  public Optional<ClassificationDecision> decision(UUID id) {
    return jdbc.sql(DECISION + " WHERE id = ?").param(id).query(ClassificationStore::decision).optional();
  }

  /** The decisions in force for the prisoner, by scale (for the file and the page). */
  public List<ClassificationDecision> inForce(UUID prisonerId) {
    return jdbc.sql(DECISION + " WHERE id IN (SELECT decision_id FROM classification WHERE prisoner_id = ?)")
        .param(prisonerId).query(ClassificationStore::decision).list();
  }

  private static ClassificationDecision decision(ResultSet rs, int n) throws SQLException {
    return new ClassificationDecision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
        Dimension.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
        ClassificationDecision.Direction.valueOf(rs.getString(7)), ClassificationDecision.Kind.valueOf(rs.getString(8)),
        rs.getString(9), rs.getObject(10, UUID.class), rs.getString(11), rs.getObject(12, LocalDate.class),
        rs.getObject(13, LocalDate.class), rs.getString(14), rs.getTimestamp(15).toInstant(), rs.getObject(16, UUID.class),
        rs.getString(17));
  }

  public List<Review> reviews(UUID prisonerId) {
    return jdbc.sql("SELECT dimension, reason, assessment_id, flagged_at FROM classification_review WHERE prisoner_id = ?")
        .param(prisonerId).query((rs, n) -> new Review(Dimension.valueOf(rs.getString(1)), rs.getString(2),
            rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant())).list();
  }

  /** Flags the scale for review; a later flag replaces an earlier one (listeners may run more than once). */
  public void flag(UUID prisonerId, Dimension dimension, String reason, UUID assessmentId, Instant at) {
    jdbc.sql("""
        INSERT INTO classification_review (prisoner_id, dimension, reason, assessment_id, flagged_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (prisoner_id, dimension) DO UPDATE SET reason = EXCLUDED.reason, assessment_id = EXCLUDED.assessment_id,
          flagged_at = EXCLUDED.flagged_at""")
        .params(prisonerId, dimension.name(), reason, assessmentId, Timestamp.from(at)).update();
  }

  private static final String APPEAL = """
      SELECT id, decision_id, prisoner_id, lodged_on, grounds, recorded_by, recorded_at, outcome, outcome_reason,
             decided_on, decided_by, version FROM classification_appeal""";

  public List<ClassificationAppeal> appeals(UUID prisonerId) {
    return jdbc.sql(APPEAL + " WHERE prisoner_id = ? ORDER BY recorded_at DESC").param(prisonerId)
        .query(ClassificationStore::appeal).list();
  }

  public Optional<ClassificationAppeal> appeal(UUID id) {
    return jdbc.sql(APPEAL + " WHERE id = ?").param(id).query(ClassificationStore::appeal).optional();
  }

  public boolean openAppeal(UUID decisionId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM classification_appeal WHERE decision_id = ? AND outcome IS NULL)")
        .param(decisionId).query(Boolean.class).single();
  }

  public UUID lodge(UUID decisionId, UUID prisonerId, LocalDate lodgedOn, String grounds, String by, Instant at) {
    return jdbc.sql("""
        INSERT INTO classification_appeal (decision_id, prisoner_id, lodged_on, grounds, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
        .params(decisionId, prisonerId, lodgedOn, grounds, by, Timestamp.from(at)).query(UUID.class).single();
  }

  public void decideAppeal(UUID id, int version, ClassificationAppeal.Outcome outcome, String reason, LocalDate on,
      String by) {
    int updated = jdbc.sql("""
        UPDATE classification_appeal SET outcome = ?, outcome_reason = ?, decided_on = ?, decided_by = ?, version = version + 1
        WHERE id = ? AND version = ? AND outcome IS NULL""")
        .params(outcome.name(), reason, on, by, id, version).update();
    if (updated == 0) {
      throw BagytException.conflict("stale-edit", "classification.error.stale");
    }
  }

  private static ClassificationAppeal appeal(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString(8);
    return new ClassificationAppeal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
        outcome == null ? null : ClassificationAppeal.Outcome.valueOf(outcome), rs.getString(9),
        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12));
  }
}
