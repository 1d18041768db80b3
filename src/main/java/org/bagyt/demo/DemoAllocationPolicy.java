package org.bagyt.demo;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's allocation policies as a person would have set them, after {@link DemoAllocation}: each facility row it
 * made gets its reason and one entry in the history, so that the policy page shows who set what and why.
 */
@Component
class DemoAllocationPolicy {

  private final JdbcTemplate jdbc;

  DemoAllocationPolicy(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void generate(Instant now) {
    String reason = "Нет блока для признанных экстремистами: рассредоточение не более трёх на блок до его оборудования.";
    jdbc.update("UPDATE allocation_policy SET reason = ? WHERE set_by = 'demo' AND reason IS NULL", reason);
    jdbc.update("""
        INSERT INTO allocation_policy_change (facility_id, unit_id, after_model, after_max_designated, after_max_group,
          changed_by, changed_at, reason)
        SELECT facility_id, unit_id, model, max_designated_per_unit, max_group_members_per_unit, 'hq', ?, reason
        FROM allocation_policy WHERE set_by = 'demo'""", Timestamp.from(now));
    jdbc.update("UPDATE allocation_policy SET set_by = 'hq' WHERE set_by = 'demo'");
  }
}
