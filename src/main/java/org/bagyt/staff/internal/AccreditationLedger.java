package org.bagyt.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.staff.Accreditation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accreditation table. */
@Repository
class AccreditationLedger {

  private static final String SELECT = """
      SELECT id, username, instrument_id, issued_on, expires_on, issuer, recorded_by, recorded_at,
             withdrawn_at, withdrawn_by, withdrawal_reason
      FROM accreditation""";
  private static final String NEWEST_FIRST = " ORDER BY issued_on DESC, recorded_at DESC, instrument_id, id";

  private final JdbcClient jdbc;

  AccreditationLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Accreditation insert(String username, String instrumentId, LocalDate issuedOn, LocalDate expiresOn, String issuer,
      String recordedBy, Instant recordedAt) {
    return jdbc.sql("""
        INSERT INTO accreditation (username, instrument_id, issued_on, expires_on, issuer, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        RETURNING id, username, instrument_id, issued_on, expires_on, issuer, recorded_by, recorded_at,
                  withdrawn_at, withdrawn_by, withdrawal_reason""")
        .params(username, instrumentId, issuedOn, expiresOn, issuer, recordedBy, Timestamp.from(recordedAt))
        .query(AccreditationLedger::accreditation).single();
  }

  Optional<Accreditation> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(AccreditationLedger::accreditation).optional();
  }

  List<Accreditation> of(String username) {
    return jdbc.sql(SELECT + " WHERE username = ?" + NEWEST_FIRST).param(username)
        .query(AccreditationLedger::accreditation).list();
  }

  List<Accreditation> of(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " WHERE username = ANY (?)" + NEWEST_FIRST).param(usernames.toArray(String[]::new))
        .query(AccreditationLedger::accreditation).list();
  }

  boolean inForce(String username, String instrumentId, LocalDate day) {
    return overlaps(username, instrumentId, day, day);
  }

  /**
   * Holds, until the transaction ends, the right to record for this person and instrument: two people recording at
   * once cannot both find no overlap and both write.
   */
  void lock(String username, String instrumentId) {
    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('accreditation/' || ? || '/' || ?, 0))")
        .params(username, instrumentId).query(Integer.class).single();
  }

  /** Whether a period shares a day with an accreditation the person holds for the instrument, not withdrawn. */
  boolean overlaps(String username, String instrumentId, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM accreditation WHERE username = ? AND instrument_id = ? AND withdrawn_at IS NULL
                       AND issued_on <= ? AND expires_on >= ?)""")
        .params(username, instrumentId, to, from).query(Boolean.class).single();
  }

  /** Withdraws it unless it already was; false when nothing changed. */
  boolean withdraw(UUID id, String by, Instant at, String reason) {
    return jdbc.sql("""
        UPDATE accreditation SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?
        WHERE id = ? AND withdrawn_at IS NULL""")
        .params(Timestamp.from(at), by, reason, id).update() == 1;
  }

  private static Accreditation accreditation(ResultSet rs, int n) throws SQLException {
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Accreditation(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("instrument_id"),
        rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class), rs.getString("issuer"),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
        withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"));
  }
}
