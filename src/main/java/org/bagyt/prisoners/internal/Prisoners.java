package org.bagyt.prisoners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerSummary;
import org.bagyt.prisoners.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the prisoner file. Every query takes the reader's scope, so facility scope is enforced in
 * SQL, not only by hiding links: a facility-scoped reader never receives another facility's prisoner.
 */
@Repository
class Prisoners {

  /** What a reader may see: every facility, or only these (plus any unexpired break-glass access). */
  record Scope(String username, boolean serviceWide, List<UUID> facilityIds) {}

  private static final String SUMMARY = """
      SELECT p.id, p.number, p.family_name, p.given_name, p.patronymic, p.latin_name, p.date_of_birth,
             p.legal_status, p.facility_id, f.code AS facility_code, c.code AS cell_code,
             p.sex, p.gender_identity, p.citizenship, p.admitted_at, p.released_at
      FROM prisoner p JOIN facility f ON f.id = p.facility_id LEFT JOIN cell c ON c.id = p.cell_id
      """;

  private static final String IN_SCOPE = "(:serviceWide OR p.facility_id = ANY(:facilities))";

  private final JdbcClient jdbc;

  Prisoners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The prisoner, whatever the scope: only for deciding whether and how the reader may open the file. */
  Optional<PrisonerFile> find(UUID id) {
    return jdbc.sql(SUMMARY + " WHERE p.id = :id").param("id", id).query(this::file).optional();
  }

  boolean inScope(UUID prisonerId, Scope scope) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM prisoner p WHERE p.id = :id AND " + IN_SCOPE + ")")
        .param("id", prisonerId).param("serviceWide", scope.serviceWide())
        .param("facilities", scope.facilityIds().toArray(UUID[]::new)).query(Boolean.class).single();
  }

  Optional<Instant> breakGlassUntil(UUID prisonerId, String username, Instant now) {
    return jdbc.sql("""
        SELECT max(expires_at) FROM break_glass_access WHERE prisoner_id = ? AND username = ? AND expires_at > ?""")
        .params(prisonerId, username, Timestamp.from(now)).query(Timestamp.class).optional().map(Timestamp::toInstant);
  }

  void grantBreakGlass(UUID prisonerId, UUID facilityId, String username, String reason, Instant now, Instant until) {
    jdbc.sql("""
        INSERT INTO break_glass_access (username, prisoner_id, facility_id, reason, granted_at, expires_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(username, prisonerId, facilityId, reason, Timestamp.from(now), Timestamp.from(until)).update();
  }

  List<PrisonerFile.HealthNote> healthNotes(UUID prisonerId) {
    return jdbc.sql("SELECT written_at, written_by, note FROM prisoner_health_note WHERE prisoner_id = ? ORDER BY written_at DESC")
        .param(prisonerId)
        .query((rs, n) -> new PrisonerFile.HealthNote(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** Prisoners in custody within the scope, optionally matching a number or part of a name in either script. */
  List<PrisonerSummary> list(Scope scope, String text, int limit, int offset) {
    String like = text == null || text.isBlank() ? null : "%" + text.strip().replace("%", "").replace("_", "") + "%";
    return jdbc.sql(SUMMARY + " WHERE p.released_at IS NULL AND " + IN_SCOPE + """
         AND (CAST(:like AS text) IS NULL OR p.number ILIKE :like OR p.family_name ILIKE :like
              OR p.given_name ILIKE :like OR p.latin_name ILIKE :like)
        ORDER BY p.family_name, p.given_name, p.number LIMIT :limit OFFSET :offset""")
        .param("serviceWide", scope.serviceWide()).param("facilities", scope.facilityIds().toArray(UUID[]::new))
        .param("like", like).param("limit", limit).param("offset", offset)
        .query((rs, n) -> summary(rs)).list();
  }

  /** Of the given prisoners, those in custody within the scope (break-glass does not widen a list). */
  List<PrisonerSummary> summaries(Scope scope, UUID[] ids) {
    return jdbc.sql(SUMMARY + " WHERE p.released_at IS NULL AND " + IN_SCOPE + " AND p.id = ANY(:ids)")
        .param("serviceWide", scope.serviceWide()).param("facilities", scope.facilityIds().toArray(UUID[]::new))
        .param("ids", ids).query((rs, n) -> summary(rs)).list();
  }

  private PrisonerFile file(ResultSet rs, int row) throws SQLException {
    Timestamp released = rs.getTimestamp("released_at");
    return new PrisonerFile(summary(rs), Sex.valueOf(rs.getString("sex")), rs.getString("gender_identity"),
        rs.getString("citizenship"), rs.getTimestamp("admitted_at").toInstant(),
        released == null ? null : released.toInstant(), null, null);
  }

  private static PrisonerSummary summary(ResultSet rs) throws SQLException {
    return new PrisonerSummary(UUID.fromString(rs.getString("id")), rs.getString("number"), rs.getString("family_name"),
        rs.getString("given_name"), rs.getString("patronymic"), rs.getString("latin_name"),
        rs.getDate("date_of_birth").toLocalDate(), LegalStatus.valueOf(rs.getString("legal_status")),
        UUID.fromString(rs.getString("facility_id")), rs.getString("facility_code"), rs.getString("cell_code"));
  }
}
