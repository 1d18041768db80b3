package org.bagyt.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bagyt.platform.BagytProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table: appends to the chain, reads it in order for verification, and finds events for the viewer. */
@Repository
public class AuditLedger {

  /** The advisory lock that lets one transaction at a time extend the chain, on any number of nodes. */
  static final long CHAIN_LOCK = 0x4241_4759_5441_5544L;

  private static final String COLUMNS = "seq, occurred_at, actor, action, resource_type, resource_id, prisoner_id, "
      + "facility_id, purpose, client_address, outcome, previous_hash, hash";

  private record Head(long seq, byte[] hash) {}

  private final JdbcClient jdbc;
  private final ZoneId zone;

  AuditLedger(JdbcClient jdbc, BagytProperties properties) {
    this.jdbc = jdbc;
    this.zone = properties.zone();
  }

  /**
   * Appends events to the chain in the current transaction. The lock is held until commit, so the next
   * writer reads this head only once it is committed: the chain cannot fork. The head is read in a statement
   * of its own, after the lock is granted, so that a READ COMMITTED snapshot sees the last writer's event;
   * were it ever stale, the primary key on {@code seq} would refuse the duplicate rather than fork.
   */
  void append(List<PendingEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(rs -> { });
    var head = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).optional()
        .orElse(new Head(0, AuditRecord.GENESIS));
    long seq = head.seq();
    byte[] previous = head.hash();
    var sql = new StringBuilder("INSERT INTO audit_event (" + COLUMNS + ") VALUES ");
    var params = new ArrayList<Object>();
    for (PendingEvent e : events) {
      var r = AuditRecord.chain(++seq, previous, e);
      previous = r.hash();
      sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      params.add(r.seq());
      params.add(OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
      params.add(r.actor());
      params.add(r.action());
      params.add(r.resourceType());
      params.add(r.resourceId());
      params.add(r.prisonerId());
      params.add(r.facilityId());
      params.add(r.purpose());
      params.add(r.clientAddress());
      params.add(r.outcome());
      params.add(r.previousHash());
      params.add(r.hash());
    }
    jdbc.sql(sql.toString()).params(params).update();
  }

  /** The last place in the chain, 0 when it is empty. */
  long lastSeq() {
    return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
  }

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
