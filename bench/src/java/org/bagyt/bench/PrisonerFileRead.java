package org.bagyt.bench;

import java.util.List;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A prisoner's file as its page reads it: the identity and placement, the facility-scope check and the
 * health notes. The production read records its audit event itself, so the benchmark repeats its queries
 * here to time them with and without that event.
 */
final class PrisonerFileRead implements AuditedRead {

  private final JdbcClient jdbc;
  private final List<UUID> ids;
  private final UUID[] scope;

  PrisonerFileRead(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.ids = jdbc.sql("SELECT id FROM prisoner ORDER BY number LIMIT 2000").query(UUID.class).list();
    this.scope = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).list().toArray(UUID[]::new);
  }

  @Override
  public String name() {
    return "prisoner file";
  }

  @Override
  public List<UUID> ids() {
    return ids;
  }

  @Override
  public Object read(UUID id) {
    var file = jdbc.sql("""
        SELECT p.id, p.number, p.family_name, p.given_name, p.patronymic, p.latin_name, p.date_of_birth,
               p.legal_status, p.facility_id, f.code AS facility_code, c.code AS cell_code,
               p.sex, p.gender_identity, p.citizenship, p.admitted_at, p.released_at
        FROM prisoner p JOIN facility f ON f.id = p.facility_id LEFT JOIN cell c ON c.id = p.cell_id
        WHERE p.id = ?""").param(id).query().singleRow();
    boolean inScope = jdbc.sql("SELECT EXISTS (SELECT 1 FROM prisoner p WHERE p.id = ? AND p.facility_id = ANY(?))")
        .params(id, scope).query(Boolean.class).single();
    var notes = jdbc.sql("SELECT written_at, written_by, note FROM prisoner_health_note WHERE prisoner_id = ? "
        + "ORDER BY written_at DESC").param(id).query().listOfRows();
    return List.of(file, inScope, notes);
  }

  @Override
  public AuditEvent event(UUID id) {
    return AuditEvent.read("PRISONER_FILE", id).forPrisoner(id);
  }
}
