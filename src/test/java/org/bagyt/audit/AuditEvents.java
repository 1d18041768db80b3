package org.bagyt.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit trail back the way an inspector would: straight from the table. */
public record AuditEvents(JdbcClient jdbc) {

  public record Row(long seq, String actor, String action, String resourceType, String resourceId, UUID prisonerId,
                    UUID facilityId, String purpose, String clientAddress, String outcome) {}

  public List<Row> all() {
    return jdbc.sql("""
        SELECT seq, actor, action, resource_type, resource_id, prisoner_id, facility_id, purpose, client_address, outcome
        FROM audit_event ORDER BY seq""")
        .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9),
            rs.getString(10)))
        .list();
  }

  public Row last() {
    var all = all();
    return all.get(all.size() - 1);
  }

  public Row lastOf(String action) {
    return all().stream().filter(r -> r.action().equals(action)).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + action + " event"));
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
  }
}
