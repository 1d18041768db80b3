package org.bagyt.allocation.solver;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proposal tables: the proposal, its moves and its conflicts. */
@Component
public class ProposalStore {

  /** A stored proposal row (reasons as message keys; the service translates them). */
  public record Row(UUID id, UUID facilityId, String status, String requestedBy, Instant requestedAt, int limitSeconds,
      Instant finishedAt, String scoreBefore, String score, Integer people, Integer crowdedBefore, Integer crowdedAfter,
      Long kmBefore, Long kmAfter, String fingerprint, String decidedBy, Instant decidedAt, int version, UUID parentId) {}

  public record MoveRow(UUID prisonerId, UUID fromCellId, UUID toCellId, List<String> ends, Long kmBefore, Long kmAfter) {}

  public record ConflictRow(UUID prisonerId, List<String> rules, List<UUID> others) {}

  /** What the solver found, to store at once. */
  public record Outcome(String status, String scoreBefore, String score, int people, int crowdedBefore,
      int crowdedAfter, long kmBefore, long kmAfter, String fingerprint, List<MoveRow> moves,
      List<ConflictRow> conflicts) {

    /** The figures without the moves and conflicts (a proposal for the whole service keeps those in its parts). */
    public Outcome summary() {
      return new Outcome(status, scoreBefore, score, people, crowdedBefore, crowdedAfter, kmBefore, kmAfter, fingerprint,
          List.of(), List.of());
    }
  }

  /** One facility's part of a proposal for the whole service. */
  public record Part(UUID facilityId, Outcome outcome) {}

  private final JdbcClient jdbc;

  ProposalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID id, UUID facilityId, String by, Instant at, int limitSeconds) {
    jdbc.sql("""
        INSERT INTO placement_proposal (id, facility_id, status, requested_by, requested_at, time_limit_seconds)
        VALUES (?, ?, 'SOLVING', ?, ?, ?)""")
        .params(id, facilityId, by, Timestamp.from(at), limitSeconds).update();
  }

  /**
   * Stores the outcome, and each facility's part of a proposal for the whole service, in one transaction: it runs on
   * the solver's thread, and a reader who saw the status before all the moves were written would review, or confirm,
   * part of a proposal.
   */
  @Transactional
  public void finish(UUID id, Instant at, Outcome o, List<Part> parts) {
    int finished = jdbc.sql("""
        UPDATE placement_proposal SET status = ?, finished_at = ?, score_before = ?, score = ?, people = ?,
          crowded_before = ?, crowded_after = ?, km_before = ?, km_after = ?, fingerprint = ?, version = version + 1
        WHERE id = ? AND status = 'SOLVING'""")
        .params(o.status(), Timestamp.from(at), o.scoreBefore(), o.score(), o.people(), o.crowdedBefore(),
            o.crowdedAfter(), o.kmBefore(), o.kmAfter(), o.fingerprint(), id).update();
    if (finished == 0) {
      return; // failed or cut off meanwhile
    }
    details(id, o);
    for (Part part : parts) {
      Outcome p = part.outcome();
      UUID partId = UUID.randomUUID();
      jdbc.sql("""
          INSERT INTO placement_proposal (id, parent_id, facility_id, status, requested_by, requested_at,
            time_limit_seconds, finished_at, score_before, score, people, crowded_before, crowded_after, km_before,
            km_after, fingerprint)
          SELECT ?, id, ?, ?, requested_by, requested_at, time_limit_seconds, ?, ?, ?, ?, ?, ?, ?, ?, ?
          FROM placement_proposal WHERE id = ?""")
          .params(partId, part.facilityId(), p.status(), Timestamp.from(at), p.scoreBefore(), p.score(), p.people(),
              p.crowdedBefore(), p.crowdedAfter(), p.kmBefore(), p.kmAfter(), p.fingerprint(), id).update();
      details(partId, p);
    }
  }

  private void details(UUID id, Outcome o) {
    for (MoveRow m : o.moves()) {
      jdbc.sql("""
          INSERT INTO placement_proposal_move (proposal_id, prisoner_id, from_cell_id, to_cell_id, ends, km_before, km_after)
          VALUES (?, ?, ?, ?, ?::text[], ?, ?)""")
          .params(id, m.prisonerId(), m.fromCellId(), m.toCellId(), literal(m.ends()), m.kmBefore(), m.kmAfter()).update();
    }
    for (ConflictRow c : o.conflicts()) {
      jdbc.sql("""
          INSERT INTO placement_proposal_conflict (proposal_id, prisoner_id, rules, others)
          VALUES (?, ?, ?::text[], ?::uuid[])""")
          .params(id, c.prisonerId(), literal(c.rules()), literal(c.others().stream().map(UUID::toString).toList()))
          .update();
    }
  }

  public void fail(UUID id, Instant at) {
    jdbc.sql("UPDATE placement_proposal SET status = 'FAILED', finished_at = ?, version = version + 1 WHERE id = ? AND status = 'SOLVING'")
        .params(Timestamp.from(at), id).update();
  }

  /**
   * Marks FAILED every proposal still SOLVING: at start-up nothing is solving yet, so these were cut off by a stop of
   * the service and would otherwise show a progress indicator for ever. Answers how many.
   */
  public int failUnfinished(Instant at) {
    return jdbc.sql("UPDATE placement_proposal SET status = 'FAILED', finished_at = ?, version = version + 1 WHERE status = 'SOLVING'")
        .params(Timestamp.from(at)).update();
  }

  /** Confirms or rejects a provisional proposal seen at {@code version}; false when it changed meanwhile. */
  public boolean decide(UUID id, int version, String status, String by, Instant at) {
    return jdbc.sql("""
        UPDATE placement_proposal SET status = ?, decided_by = ?, decided_at = ?, version = version + 1
        WHERE id = ? AND version = ? AND status IN ('PROPOSED', 'INFEASIBLE')""")
        .params(status, by, Timestamp.from(at), id, version).update() == 1;
  }

  public Optional<Row> find(UUID id) {
    return jdbc.sql("""
        SELECT id, facility_id, status, requested_by, requested_at, time_limit_seconds, finished_at, score_before, score,
               people, crowded_before, crowded_after, km_before, km_after, fingerprint, decided_by, decided_at, version,
               parent_id
        FROM placement_proposal WHERE id = ?""").param(id).query(ProposalStore::row).optional();
  }

  /**
   * The latest proposals, newest first: with {@code facilities} null (service-wide readers) those asked for themselves,
   * whose parts are reached from the whole; otherwise those of these facilities, parts included.
   */
  public List<Row> latest(int limit, Collection<UUID> facilities) {
    return jdbc.sql("""
        SELECT id, facility_id, status, requested_by, requested_at, time_limit_seconds, finished_at, score_before, score,
               people, crowded_before, crowded_after, km_before, km_after, fingerprint, decided_by, decided_at, version,
               parent_id
        FROM placement_proposal
        WHERE CASE WHEN ?::uuid[] IS NULL THEN parent_id IS NULL ELSE facility_id = ANY(?::uuid[]) END
        ORDER BY requested_at DESC, id LIMIT ?""")
        .params(ids(facilities), ids(facilities), limit).query(ProposalStore::row).list();
  }

  private static UUID[] ids(Collection<UUID> ids) {
    return ids == null ? null : ids.toArray(UUID[]::new);
  }

  /** The facilities' parts of a proposal for the whole service, in the order of their facilities' codes. */
  public List<Row> parts(UUID parentId) {
    return jdbc.sql("""
        SELECT p.id, p.facility_id, p.status, p.requested_by, p.requested_at, p.time_limit_seconds, p.finished_at,
               p.score_before, p.score, p.people, p.crowded_before, p.crowded_after, p.km_before, p.km_after,
               p.fingerprint, p.decided_by, p.decided_at, p.version, p.parent_id
        FROM placement_proposal p JOIN facility f ON f.id = p.facility_id WHERE p.parent_id = ? ORDER BY f.code""")
        .param(parentId).query(ProposalStore::row).list();
  }

  /** How many moves each of these proposals has. */
  public Map<UUID, Integer> moveCounts(Collection<UUID> ids) {
    var counts = new HashMap<UUID, Integer>();
    jdbc.sql("SELECT proposal_id, count(*) FROM placement_proposal_move WHERE proposal_id = ANY(?) GROUP BY proposal_id")
        .param(ids.toArray(UUID[]::new)).query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
    return counts;
  }

  public List<MoveRow> moves(UUID id) {
    return jdbc.sql("SELECT prisoner_id, from_cell_id, to_cell_id, ends, km_before, km_after FROM placement_proposal_move WHERE proposal_id = ?")
        .param(id).query((rs, n) -> new MoveRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), strings(rs.getArray(4)), (Long) rs.getObject(5), (Long) rs.getObject(6)))
        .list();
  }

  public List<ConflictRow> conflicts(UUID id) {
    return jdbc.sql("SELECT prisoner_id, rules, others FROM placement_proposal_conflict WHERE proposal_id = ?")
        .param(id).query((rs, n) -> new ConflictRow(rs.getObject(1, UUID.class), strings(rs.getArray(2)),
            Arrays.stream((Object[]) rs.getArray(3).getArray()).map(o -> (UUID) o).toList()))
        .list();
  }

  /** Cell codes by id, for the review page. */
  public Map<UUID, String> cellCodes(Collection<UUID> ids) {
    var codes = new HashMap<UUID, String>();
    if (!ids.isEmpty()) {
      jdbc.sql("SELECT id, code FROM cell WHERE id = ANY(?::uuid[])")
          .param(literal(ids.stream().map(UUID::toString).toList()))
          .query((rs, n) -> codes.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }
    return codes;
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** A Postgres array literal of plain keys (no quotes or commas in message keys or UUIDs). */
  private static String literal(List<String> values) {
    return "{" + String.join(",", values) + "}";
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
        instant(rs.getTimestamp(5)), rs.getInt(6), instant(rs.getTimestamp(7)), rs.getString(8), rs.getString(9),
        (Integer) rs.getObject(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12), (Long) rs.getObject(13),
        (Long) rs.getObject(14), rs.getString(15), rs.getString(16), instant(rs.getTimestamp(17)), rs.getInt(18),
        rs.getObject(19, UUID.class));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
