package org.bagyt.conduct.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.conduct.Complaint;
import org.bagyt.conduct.ComplaintCategory;
import org.bagyt.conduct.NewComplaint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints in PostgreSQL. */
@Repository
public class ComplaintStore {

  /** Which complaints a register shows. */
  public record Filter(boolean overdueOnly, boolean allegationsOnly, boolean openOnly) {}

  private final JdbcClient jdbc;

  ComplaintStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String nextCaseNumber(int year) {
    long n = jdbc.sql("SELECT nextval('complaint_number_seq')").query(Long.class).single();
    return "KG-CMP-%04d-%06d".formatted(year, n % 1_000_000);
  }

  public UUID insert(String caseNumber, UUID prisonerId, UUID facilityId, NewComplaint c, LocalDate replyDueOn,
      String by, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        INSERT INTO complaint (id, case_number, prisoner_id, facility_id, category, allegation, text, retaliation,
                               made_on, reply_due_on, recorded_by, recorded_at, referred_at, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
        .params(id, caseNumber, prisonerId, facilityId, c.category().name(), c.category().allegation(), c.text(),
            c.retaliation(), c.madeOn(),
            replyDueOn, by, Timestamp.from(at), c.category().allegation() ? Timestamp.from(at) : null)
        .update();
    return id;
  }

  /** Closes an open complaint with its reply; false when it changed meanwhile. */
  public boolean close(UUID id, int version, String reply, String by, Instant at) {
    return jdbc.sql("""
        UPDATE complaint SET status = 'CLOSED', reply = ?, closed_by = ?, closed_at = ?, version = version + 1
        WHERE id = ? AND version = ? AND status = 'OPEN'""")
        .params(reply, by, Timestamp.from(at), id, version).update() == 1;
  }

  private static final String SELECT = """
      SELECT c.*, p.number, p.family_name || ' ' || p.given_name AS prisoner_name, f.code AS facility_code
      FROM complaint c JOIN prisoner p ON p.id = c.prisoner_id JOIN facility f ON f.id = c.facility_id
      """;

  public Optional<Complaint> find(UUID id, LocalDate today) {
    return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query((rs, n) -> complaint(rs, today)).optional();
  }

  /**
   * Complaints in the facilities (all when null): allegations and overdue ones first, then by deadline; closed ones
   * after the open ones, latest first.
   */
  public List<Complaint> list(Collection<UUID> facilities, Filter filter, LocalDate today, int limit) {
    var sql = new StringBuilder(SELECT).append(" WHERE (CAST(:all AS boolean) OR c.facility_id = ANY(:facilities))");
    if (filter.overdueOnly()) {
      sql.append(" AND c.status = 'OPEN' AND c.reply_due_on < :today");
    }
    if (filter.openOnly()) {
      sql.append(" AND c.status = 'OPEN'");
    }
    if (filter.allegationsOnly()) {
      sql.append(" AND c.allegation");
    }
    sql.append(" ").append("""
         ORDER BY c.status = 'CLOSED', c.allegation DESC, CASE WHEN c.status = 'OPEN' THEN c.reply_due_on END,
                  c.closed_at DESC, c.case_number LIMIT :limit""");
    var spec = jdbc.sql(sql.toString()).param("all", facilities == null)
        .param("facilities", (facilities == null ? List.<UUID>of() : facilities).toArray(UUID[]::new))
        .param("limit", limit);
    if (filter.overdueOnly()) {
      spec = spec.param("today", today);
    }
    return spec.query((rs, n) -> complaint(rs, today)).list();
  }

  public List<Complaint> ofPrisoner(UUID prisonerId, LocalDate today) {
    return jdbc.sql(SELECT + " WHERE c.prisoner_id = ? ORDER BY c.made_on DESC, c.case_number DESC").param(prisonerId)
        .query((rs, n) -> complaint(rs, today)).list();
  }

  private static Complaint complaint(ResultSet rs, LocalDate today) throws SQLException {
    Timestamp referred = rs.getTimestamp("referred_at");
    Timestamp closed = rs.getTimestamp("closed_at");
    LocalDate due = rs.getObject("reply_due_on", LocalDate.class);
    return new Complaint(rs.getObject("id", UUID.class), rs.getString("case_number"),
        rs.getObject("prisoner_id", UUID.class), rs.getString("number"), rs.getString("prisoner_name"),
        rs.getObject("facility_id", UUID.class), rs.getString("facility_code"),
        ComplaintCategory.valueOf(rs.getString("category")), rs.getBoolean("allegation"), rs.getString("text"),
        rs.getBoolean("retaliation"), rs.getObject("made_on", LocalDate.class), due, rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(), referred == null ? null : referred.toInstant(),
        "OPEN".equals(rs.getString("status")), rs.getString("reply"), rs.getString("closed_by"),
        closed == null ? null : closed.toInstant(), rs.getInt("version"), ChronoUnit.DAYS.between(today, due), false);
  }
}
