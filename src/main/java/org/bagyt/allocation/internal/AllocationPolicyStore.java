package org.bagyt.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.allocation.AllocationPolicy;
import org.bagyt.allocation.CellFacts;
import org.bagyt.platform.BagytException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The policy rows (table {@code allocation_policy}), their history ({@code allocation_policy_change}) and what a
 * policy change is checked against: each unit's tag and the designated prisoners it holds. A change is made at the
 * version read; the unique index on the scope is the last word on two people creating the same row at once.
 */
@Component
public class AllocationPolicyStore {

  /** One recorded policy row: the service default (both ids null), a facility's or a unit's own. */
  public record Row(UUID id, UUID facilityId, UUID unitId, AllocationPolicy policy, String setBy, Instant setAt,
      String reason, int version) {}

  /** A unit as a policy change sees it: its tag and how many designated prisoners are held in it now. */
  public record Unit(UUID id, UUID facilityId, String code, String name, boolean extremistUnit, int designatedHeld) {}

  /** One change of the history: before and after are null where there was no own row. */
  public record Change(UUID id, UUID facilityId, UUID unitId, AllocationPolicy before, AllocationPolicy after,
      String changedBy, Instant changedAt, String reason) {}

  private static final String ROWS = """
      SELECT id, facility_id, unit_id, model, max_designated_per_unit, max_group_members_per_unit, set_by, set_at,
             reason, version FROM allocation_policy""";

  private final JdbcClient jdbc;

  AllocationPolicyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Waits for any other policy change to commit: each change is checked against every row, so two changes at once
   * (a unit's and its facility's, say) could each pass on their own and contradict together. Held to the end of the
   * transaction.
   */
  public void lockChanges() {
    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('allocation_policy', 0))").query(Integer.class).single();
  }

  /** Every policy row, and which is in force where. */
  public PolicyRows rows() {
    return new PolicyRows(jdbc.sql(ROWS).query(AllocationPolicyStore::row).list());
  }

  /** The rows that can be in force in this facility: the service default, the facility's own and its units'. */
  public PolicyRows rows(UUID facilityId) {
    return new PolicyRows(jdbc.sql(ROWS + " WHERE facility_id IS NULL OR facility_id = ?").param(facilityId)
        .query(AllocationPolicyStore::row).list());
  }

  /** The own row of exactly this scope (both null: the service default). */
  public Optional<Row> own(UUID facilityId, UUID unitId) {
    return jdbc.sql(ROWS + " WHERE facility_id IS NOT DISTINCT FROM ? AND unit_id IS NOT DISTINCT FROM ?")
        .params(facilityId, unitId).query(AllocationPolicyStore::row).optional();
  }

  /** Every unit with its tag and the designated prisoners held in its cells, in facility and unit order. */
  public List<Unit> units() {
    return jdbc.sql("""
        SELECT u.id, u.facility_id, u.code, u.name, ? = ANY(u.used_for) AS tagged,
               (SELECT count(*) FROM prisoner p JOIN cell c ON c.id = p.cell_id
                WHERE c.unit_id = u.id AND p.released_at IS NULL
                  AND EXISTS (SELECT 1 FROM classification k WHERE k.prisoner_id = p.id AND k.dimension = 'DESIGNATION'
                              AND k.level = 'DESIGNATED')) AS designated
        FROM unit u JOIN facility f ON f.id = u.facility_id ORDER BY f.code, u.code""")
        .param(CellFacts.EXTREMIST_UNIT)
        .query((rs, n) -> new Unit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getBoolean(5), rs.getInt(6))).list();
  }

  public void insert(UUID facilityId, UUID unitId, AllocationPolicy p, String by, Instant at, String reason) {
    try {
      jdbc.sql("""
          INSERT INTO allocation_policy (facility_id, unit_id, model, max_designated_per_unit, max_group_members_per_unit,
            set_by, set_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(facilityId, unitId, p.model().name(), p.maxDesignatedPerUnit(), p.maxGroupMembersPerUnit(), by,
              Timestamp.from(at), reason).update();
    } catch (DuplicateKeyException raced) {
      throw stale();
    }
  }

  public void update(UUID id, int version, AllocationPolicy p, String by, Instant at, String reason) {
    int updated = jdbc.sql("""
        UPDATE allocation_policy SET model = ?, max_designated_per_unit = ?, max_group_members_per_unit = ?, set_by = ?,
          set_at = ?, reason = ?, version = version + 1 WHERE id = ? AND version = ?""")
        .params(p.model().name(), p.maxDesignatedPerUnit(), p.maxGroupMembersPerUnit(), by, Timestamp.from(at), reason,
            id, version).update();
    if (updated == 0) {
      throw stale();
    }
  }

  public void delete(UUID id, int version) {
    if (jdbc.sql("DELETE FROM allocation_policy WHERE id = ? AND version = ?").params(id, version).update() == 0) {
      throw stale();
    }
  }

  public void recordChange(UUID facilityId, UUID unitId, AllocationPolicy before, AllocationPolicy after, String by,
      Instant at, String reason) {
    jdbc.sql("""
        INSERT INTO allocation_policy_change (facility_id, unit_id, before_model, before_max_designated, before_max_group,
          after_model, after_max_designated, after_max_group, changed_by, changed_at, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(facilityId, unitId, before == null ? null : before.model().name(),
            before == null ? null : before.maxDesignatedPerUnit(), before == null ? null : before.maxGroupMembersPerUnit(),
            after == null ? null : after.model().name(), after == null ? null : after.maxDesignatedPerUnit(),
            after == null ? null : after.maxGroupMembersPerUnit(), by, Timestamp.from(at), reason).update();
  }

  /** The latest changes, newest first; the caller keeps those in the reader's scope. */
  public List<Change> changes(int limit) {
    return jdbc.sql("""
        SELECT id, facility_id, unit_id, before_model, before_max_designated, before_max_group, after_model,
               after_max_designated, after_max_group, changed_by, changed_at, reason
        FROM allocation_policy_change ORDER BY changed_at DESC, id LIMIT ?""").param(limit)
        .query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), policy(rs, 4), policy(rs, 7), rs.getString(10),
            rs.getTimestamp(11).toInstant(), rs.getString(12))).list();
  }

  public static BagytException stale() {
    return BagytException.conflict("stale-edit", "policy.error.stale");
  }

  private static AllocationPolicy policy(ResultSet rs, int first) throws SQLException {
    String model = rs.getString(first);
    return model == null ? null : new AllocationPolicy(AllocationPolicy.Model.valueOf(model), rs.getInt(first + 1),
        rs.getInt(first + 2));
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), policy(rs, 4),
        rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getInt(10));
  }
}
