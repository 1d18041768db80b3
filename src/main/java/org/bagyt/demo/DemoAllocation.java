package org.bagyt.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Allocation data for the demo, after classification: every prisoner's family home region (most in the region of the
 * facility holding them, the rest elsewhere, so distance from home shows), networks of 3 to 8 designated prisoners
 * in each facility, recorded by hand, and one facility without a unit for designated prisoners on a dispersal policy
 * (the service default, hybrid, applies elsewhere).
 */
@Component
class DemoAllocation {

  private final JdbcTemplate jdbc;

  DemoAllocation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void generate(Random random, Instant now) {
    Timestamp at = Timestamp.from(now);
    // Deterministic from the prisoner's number: seven in ten families live in the facility's region.
    jdbc.update("""
        INSERT INTO family_home_region (prisoner_id, region_code, recorded_by, recorded_at)
        SELECT p.id, CASE WHEN abs(hashtext(p.number)) % 10 < 7 THEN f.region_code
                          ELSE (SELECT code FROM region ORDER BY code OFFSET abs(hashtext(p.number || 'home')) % 9 LIMIT 1) END,
               'demo', ?
        FROM prisoner p JOIN facility f ON f.id = p.facility_id""", at);
    record Designated(UUID id, UUID facilityId, String facilityCode, UUID unitId) {}
    List<Designated> designated = jdbc.query("""
        SELECT p.id, p.facility_id, f.code, c.unit_id FROM classification k JOIN prisoner p ON p.id = k.prisoner_id
        JOIN facility f ON f.id = p.facility_id JOIN cell c ON c.id = p.cell_id
        WHERE k.dimension = 'DESIGNATION' AND k.level = 'DESIGNATED' AND p.released_at IS NULL ORDER BY f.code, p.number""",
        (rs, n) -> new Designated(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getObject(4, UUID.class)));
    // Members of one network are held in different units today, as a service applying the rules would hold them.
    var members = new ArrayList<Object[]>();
    var byFacility = new java.util.LinkedHashMap<UUID, java.util.LinkedHashMap<UUID, java.util.ArrayDeque<Designated>>>();
    designated.forEach(d -> byFacility.computeIfAbsent(d.facilityId(), f -> new java.util.LinkedHashMap<>())
        .computeIfAbsent(d.unitId(), u -> new java.util.ArrayDeque<>()).add(d));
    for (var units : byFacility.values()) {
      while (units.values().stream().filter(q -> !q.isEmpty()).count() >= 2) {
        int size = 3 + random.nextInt(6);
        var network = new ArrayList<Designated>();
        for (var queue : units.values()) {
          if (!queue.isEmpty() && network.size() < size) {
            network.add(queue.poll());
          }
        }
        UUID group = jdbc.queryForObject("""
            INSERT INTO prisoner_group (name, kind, recorded_by, recorded_at) VALUES (?, 'NETWORK', 'demo', ?) RETURNING id""",
            UUID.class, "Сеть " + network.get(0).facilityCode() + "-" + (members.size() + 1), at);
        network.forEach(d -> members.add(new Object[] {group, d.id(), at}));
      }
    }
    jdbc.batchUpdate("INSERT INTO prisoner_group_member (group_id, prisoner_id, recorded_by, recorded_at) VALUES (?, ?, 'demo', ?)",
        members);
    // One colony's own policy, set by headquarters with its reason and kept in the history, as the policy page shows.
    String reason = "Нет блока для признанных экстремистами: рассредоточение не более трёх на блок до его оборудования.";
    jdbc.update("""
        INSERT INTO allocation_policy (facility_id, model, max_designated_per_unit, max_group_members_per_unit, set_by,
          set_at, reason)
        SELECT f.id, 'DISPERSAL', 3, 2, 'hq', ?, ? FROM facility f
        WHERE f.type = 'COLONY' AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.facility_id = f.id
          AND 'VIOLENT_EXTREMIST' = ANY(u.used_for))
        ORDER BY f.code LIMIT 1""", at, reason);
    jdbc.update("""
        INSERT INTO allocation_policy_change (facility_id, unit_id, after_model, after_max_designated, after_max_group,
          changed_by, changed_at, reason)
        SELECT facility_id, unit_id, model, max_designated_per_unit, max_group_members_per_unit, set_by, set_at, reason
        FROM allocation_policy WHERE facility_id IS NOT NULL""");
  }
}
