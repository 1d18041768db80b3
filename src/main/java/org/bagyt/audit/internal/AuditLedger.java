package org.bagyt.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bagyt.platform.BagytProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table: reads the chain in order for verification, and finds events for the viewer. */
@Repository
class AuditLedger {

  private static final String COLUMNS = "seq, occurred_at, actor, action, resource_type, resource_id, prisoner_id, "
      + "facility_id, purpose, client_address, outcome, previous_hash, hash";

  private final JdbcClient jdbc;
  private final ZoneId zone;

  AuditLedger(JdbcClient jdbc, BagytProperties properties) {
    this.jdbc = jdbc;
    this.zone = properties.zone();
  }

  /** Where the chain ends, as its head row says: place 0 and the zero hash while it is empty. */
  ChainHead head() {
    return jdbc.sql("SELECT seq, hash FROM audit_chain_head")
        .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getBytes(2))).single();
  }

  record ChainHead(long seq, byte[] hash) {}

  /** Up to {@code limit} events after place {@code after} and up to {@code until}, in chain order. */
  List<AuditRecord> chain(long after, long until, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")
        .params(after, until, limit).query(AuditLedger::record).list();
  }

  /** One page of the events the filter selects, newest first. */
  List<AuditRecord> find(AuditFilter filter, long offset, int limit) {
    var where = filter.where(zone);
    var params = new ArrayList<>(where.params());
    params.add(limit);
    params.add(offset);
    return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY seq DESC LIMIT ? OFFSET ?")
        .params(params).query(AuditLedger::record).list();
  }

  /** Every event the filter selects, oldest first, read with a cursor so that millions fit in little memory. */
  void forEach(AuditFilter filter, Consumer<AuditRecord> each) {
    var where = filter.where(zone);
    jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY seq")
        .withFetchSize(1000).params(where.params())
        .query(rs -> {
          each.accept(record(rs, 0));
        });
  }

  private static AuditRecord record(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"), rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
        rs.getObject("prisoner_id", UUID.class), rs.getObject("facility_id", UUID.class), rs.getString("purpose"),
        rs.getString("client_address"), rs.getString("outcome"), rs.getBytes("previous_hash"), rs.getBytes("hash"));
  }
}
