package org.bagyt.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.assessment.Assessment;
import org.bagyt.assessment.AssessmentEntry;
import org.bagyt.assessment.AssessmentEntry.JudgementEntry;
import org.bagyt.assessment.AssessmentEntry.PlanEntry;
import org.bagyt.assessment.AssessmentEntry.PlanKind;
import org.bagyt.assessment.AssessmentEntry.Rating;
import org.bagyt.assessment.AssessmentStatus;
import org.bagyt.assessment.InstrumentPurpose;
import org.bagyt.assessment.Level;
import org.bagyt.assessment.Source;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assessments in PostgreSQL. A save names the version it was read at; when someone else saved in between, it is
 * refused ({@code stale-edit}) and nothing is written, so no one's work is silently overwritten.
 */
@Repository
public class AssessmentStore {

  private static final String COLUMNS = """
      id, prisoner_id, facility_id, instrument_id, instrument_version, purpose, author, started_at, status, submitted_at,
      countersigned_by, countersigned_at, sources, sources_note, next_review_on, version""";

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batch;

  AssessmentStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Writes a new assessment; refused when the prisoner already has one open on the purpose (a start at the same moment). */
  public void insert(Assessment a) {
    try {
      insertRow(a);
    } catch (org.springframework.dao.DuplicateKeyException alreadyOpen) {
      throw BagytException.conflict("assessment-open", "assessment.error.already-open");
    }
  }

  private void insertRow(Assessment a) {
    jdbc.sql("""
        INSERT INTO assessment (id, prisoner_id, facility_id, instrument_id, instrument_version, purpose, status, author,
                                started_at, version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(a.id(), a.prisonerId(), a.facilityId(), a.instrumentId(), a.instrumentVersion(), a.purpose().name(),
            a.status().name(), a.author(), Timestamp.from(a.startedAt()))
        .update();
  }

  /** Writes the assessment as it now is, if it is still at the version it was read at; returns the new version. */
  public int update(Assessment a) {
    int next = updateState(a);
    writeContent(a);
    return next;
  }

  /** Writes the workflow state only (a countersignature, a supersession), when what the assessment says is unchanged. */
  public int updateState(Assessment a) {
    int changed = jdbc.sql("""
        UPDATE assessment SET status = ?, submitted_at = ?, countersigned_by = ?, countersigned_at = ?, sources = ?,
                              sources_note = ?, next_review_on = ?, version = version + 1
        WHERE id = ? AND version = ?""")
        .params(a.status().name(), ts(a.submittedAt()), a.countersignedBy(), ts(a.countersignedAt()),
            a.content().sources().stream().map(Enum::name).toArray(String[]::new), a.content().sourcesNote(),
            a.nextReviewOn(), a.id(), a.version())
        .update();
    if (changed == 0) {
      throw BagytException.conflict("stale-edit", "assessment.error.stale-edit");
    }
    return a.version() + 1;
  }

  /** Replaces the ratings, judgements and plan, each in one batch. */
  private void writeContent(Assessment a) {
    jdbc.sql("DELETE FROM assessment_rating WHERE assessment_id = ?").param(a.id()).update();
    jdbc.sql("DELETE FROM assessment_judgement WHERE assessment_id = ?").param(a.id()).update();
    jdbc.sql("DELETE FROM assessment_plan_entry WHERE assessment_id = ?").param(a.id()).update();
    batch.batchUpdate("INSERT INTO assessment_rating (assessment_id, item_code, rating, rationale) VALUES (?, ?, ?, ?)",
        a.content().ratings().entrySet().stream().map(e -> new Object[] {a.id(), e.getKey(), e.getValue().rating(),
            blankToNull(e.getValue().rationale())}).toList());
    batch.batchUpdate("INSERT INTO assessment_judgement (assessment_id, judgement_code, level, rationale) VALUES (?, ?, ?, ?)",
        a.content().judgements().entrySet().stream().map(e -> new Object[] {a.id(), e.getKey(),
            e.getValue().level() == null ? null : e.getValue().level().name(), blankToNull(e.getValue().rationale())}).toList());
    var plan = new ArrayList<Object[]>();
    for (int n = 0; n < a.content().plan().size(); n++) {
      PlanEntry p = a.content().plan().get(n);
      plan.add(new Object[] {a.id(), n, p.kind().name(), p.description().strip(), p.needs().toArray(String[]::new)});
    }
    batch.batchUpdate("INSERT INTO assessment_plan_entry (assessment_id, position, kind, description, needs) VALUES (?, ?, ?, ?, ?)",
        plan);
  }

  public void transition(UUID assessmentId, AssessmentStatus from, AssessmentStatus to, String actor, Instant at,
      String comment) {
    jdbc.sql("""
        INSERT INTO assessment_transition (assessment_id, from_status, to_status, actor, at, comment)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(assessmentId, from == null ? null : from.name(), to.name(), actor, Timestamp.from(at), blankToNull(comment))
        .update();
  }

  public Optional<Assessment> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE id = ?").param(id).query(this::row).optional()
        .map(this::withContent);
  }

  /** Every assessment of the prisoner, oldest first, with what it says. */
  public List<Assessment> ofPrisoner(UUID prisonerId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE prisoner_id = ? ORDER BY started_at, id")
        .param(prisonerId).query(this::row).list().stream().map(this::withContent).toList();
  }

  /** The prisoner's assessments on one purpose that are still being written or checked. */
  public Optional<UUID> openOn(UUID prisonerId, InstrumentPurpose purpose) {
    return jdbc.sql("""
        SELECT id FROM assessment WHERE prisoner_id = ? AND purpose = ? AND status IN ('DRAFT', 'SUBMITTED', 'RETURNED')
        LIMIT 1""").params(prisonerId, purpose.name()).query(UUID.class).optional();
  }

  /** The latest countersigned assessment on the instrument before {@code before} (or ever, when null), other than {@code not}. */
  public Optional<UUID> countersignedBefore(UUID prisonerId, String instrumentId, UUID not, Instant before) {
    return jdbc.sql("""
        SELECT id FROM assessment WHERE prisoner_id = ? AND instrument_id = ? AND id <> ?
          AND status IN ('COUNTERSIGNED', 'SUPERSEDED') AND countersigned_at < coalesce(?, 'infinity'::timestamptz)
        ORDER BY countersigned_at DESC LIMIT 1""")
        .params(prisonerId, instrumentId, not, ts(before)).query(UUID.class).optional();
  }

  /** The countersigned assessment in force on the purpose, if any. */
  public Optional<Assessment> current(UUID prisonerId, InstrumentPurpose purpose) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE prisoner_id = ? AND purpose = ? AND status = 'COUNTERSIGNED'")
        .params(prisonerId, purpose.name()).query(this::row).optional().map(this::withContent);
  }

  /**
   * The judged levels of the assessment in force for each of many prisoners (the full assessment, or failing that the
   * screening), in one query: a facility's placement facts need them for hundreds of people at once.
   */
  public java.util.Map<UUID, java.util.Map<String, Level>> currentLevels(java.util.Collection<UUID> prisoners) {
    var levels = new java.util.HashMap<UUID, java.util.Map<String, Level>>();
    jdbc.sql("""
        SELECT c.prisoner_id, j.judgement_code, j.level
        FROM (SELECT DISTINCT ON (prisoner_id) prisoner_id, id FROM assessment
              WHERE prisoner_id = ANY(?) AND status = 'COUNTERSIGNED'
              ORDER BY prisoner_id, purpose = 'EXTREMISM_RISK_NEEDS' DESC) c
        JOIN assessment_judgement j ON j.assessment_id = c.id
        WHERE j.level IS NOT NULL""")
        .param(prisoners.toArray(UUID[]::new))
        .query(rs -> {
          levels.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.HashMap<>())
              .put(rs.getString(2), Level.valueOf(rs.getString(3)));
        });
    return levels;
  }

  public record Step(AssessmentStatus from, AssessmentStatus to, String actor, Instant at, String comment) {}

  public List<Step> steps(UUID assessmentId) {
    return jdbc.sql("SELECT from_status, to_status, actor, at, comment FROM assessment_transition WHERE assessment_id = ? ORDER BY at, id")
        .param(assessmentId).query((rs, n) -> new Step(rs.getString(1) == null ? null : AssessmentStatus.valueOf(rs.getString(1)),
            AssessmentStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
        .list();
  }

  private Assessment row(ResultSet rs, int n) throws SQLException {
    var sources = Arrays.stream((String[]) rs.getArray("sources").getArray()).map(Source::valueOf).toList();
    var content = new AssessmentEntry(null, null, sources, rs.getString("sources_note"), null);
    return new Assessment(rs.getObject("id", UUID.class), rs.getObject("prisoner_id", UUID.class),
        rs.getObject("facility_id", UUID.class), rs.getString("instrument_id"), rs.getInt("instrument_version"),
        InstrumentPurpose.valueOf(rs.getString("purpose")), rs.getString("author"), instant(rs, "started_at"),
        AssessmentStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"), rs.getString("countersigned_by"),
        instant(rs, "countersigned_at"), content, rs.getObject("next_review_on", java.time.LocalDate.class),
        rs.getInt("version"));
  }

  private Assessment withContent(Assessment a) {
    var ratings = new LinkedHashMap<String, Rating>();
    jdbc.sql("SELECT item_code, rating, rationale FROM assessment_rating WHERE assessment_id = ?").param(a.id())
        .query(rs -> {
          ratings.put(rs.getString(1), new Rating(rs.getString(2), rs.getString(3)));
        });
    var judgements = new LinkedHashMap<String, JudgementEntry>();
    jdbc.sql("SELECT judgement_code, level, rationale FROM assessment_judgement WHERE assessment_id = ?").param(a.id())
        .query(rs -> {
          judgements.put(rs.getString(1), new JudgementEntry(rs.getString(2) == null ? null : Level.valueOf(rs.getString(2)),
              rs.getString(3)));
        });
    var plan = new ArrayList<PlanEntry>();
    jdbc.sql("SELECT kind, description, needs FROM assessment_plan_entry WHERE assessment_id = ? ORDER BY position")
        .param(a.id()).query(rs -> {
          plan.add(new PlanEntry(PlanKind.valueOf(rs.getString(1)), rs.getString(2),
              List.of((String[]) rs.getArray(3).getArray())));
        });
    var content = new AssessmentEntry(ratings, judgements, a.content().sources(), a.content().sourcesNote(), plan);
    return new Assessment(a.id(), a.prisonerId(), a.facilityId(), a.instrumentId(), a.instrumentVersion(), a.purpose(),
        a.author(), a.startedAt(), a.status(), a.submittedAt(), a.countersignedBy(), a.countersignedAt(), content,
        a.nextReviewOn(), a.version());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
