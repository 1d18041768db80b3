package org.bagyt.conduct.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.conduct.Incident;
import org.bagyt.conduct.IncidentRole;
import org.bagyt.conduct.IncidentStaffRole;
import org.bagyt.conduct.IncidentStatus;
import org.bagyt.conduct.IncidentType;
import org.bagyt.conduct.NewIncident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incident reports, the people involved and the additions, in PostgreSQL. */
@Repository
public class IncidentStore {

  /** A report to write: what was asked, with the prisoners resolved to ids. */
  public record Report(NewIncident incident, UUID facilityId, List<Involvement> prisoners) {}

  public record Involvement(UUID prisonerId, IncidentRole role) {}

  private final JdbcClient jdbc;

  IncidentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new case number KG-INC-YYYY-NNNNNN: the year it was reported, and the next number of the sequence. */
  public String nextCaseNumber(int year) {
    long n = jdbc.sql("SELECT nextval('incident_number_seq')").query(Long.class).single();
    return "KG-INC-%04d-%06d".formatted(year, n % 1_000_000);
  }

  public UUID insert(String caseNumber, Report r, IncidentStatus status, String by, Instant at) {
    UUID id = UUID.randomUUID();
    NewIncident i = r.incident();
    jdbc.sql("""
        INSERT INTO incident (id, case_number, facility_id, place, type, occurred_at, serious, description, injuries,
                              outcome, status, reported_by, reported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, caseNumber, r.facilityId(), i.place(), i.type().name(), Timestamp.from(i.occurredAt()),
            Boolean.TRUE.equals(i.serious()), i.description(), i.injuries(), i.outcome(), status.name(), by,
            Timestamp.from(at))
        .update();
    writeInvolved(id, r);
    return id;
  }

  /** Rewrites a draft; false when someone changed it meanwhile. */
  public boolean updateDraft(UUID id, int version, Report r) {
    NewIncident i = r.incident();
    int n = jdbc.sql("""
        UPDATE incident SET facility_id = ?, place = ?, type = ?, occurred_at = ?, serious = ?, description = ?,
               injuries = ?, outcome = ?, version = version + 1
        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
        .params(r.facilityId(), i.place(), i.type().name(), Timestamp.from(i.occurredAt()),
            Boolean.TRUE.equals(i.serious()), i.description(), i.injuries(), i.outcome(), id, version)
        .update();
    if (n == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM incident_prisoner WHERE incident_id = ?").param(id).update();
    jdbc.sql("DELETE FROM incident_staff WHERE incident_id = ?").param(id).update();
    writeInvolved(id, r);
    return true;
  }

  private void writeInvolved(UUID id, Report r) {
    for (Involvement p : r.prisoners()) {
      jdbc.sql("INSERT INTO incident_prisoner (incident_id, prisoner_id, role) VALUES (?, ?, ?)")
          .params(id, p.prisonerId(), p.role().name()).update();
    }
    var staff = r.incident().staff() == null ? List.<NewIncident.Staff>of() : r.incident().staff();
    for (int n = 0; n < staff.size(); n++) {
      jdbc.sql("INSERT INTO incident_staff (incident_id, position, name, role) VALUES (?, ?, ?, ?)")
          .params(id, n, staff.get(n).name(), staff.get(n).role().name()).update();
    }
  }

  /** Moves a report to its next state; false when someone changed it meanwhile. */
  public boolean move(UUID id, int version, IncidentStatus from, IncidentStatus to, String outcome, String by,
      Instant at) {
    boolean closing = to == IncidentStatus.CLOSED;
    return jdbc.sql("""
        UPDATE incident SET status = ?, outcome = coalesce(?, outcome), closed_by = ?, closed_at = ?,
               version = version + 1
        WHERE id = ? AND version = ? AND status = ?""")
        .params(to.name(), outcome, closing ? by : null, closing ? Timestamp.from(at) : null, id, version, from.name())
        .update() == 1;
  }

  public void addAddition(UUID id, String text, String by, Instant at) {
    jdbc.sql("INSERT INTO incident_addition (incident_id, text, added_by, added_at) VALUES (?, ?, ?, ?)")
        .params(id, text, by, Timestamp.from(at)).update();
  }

  private static final String SELECT = """
      SELECT i.id, i.case_number, i.facility_id, f.code AS facility_code, i.place, i.type, i.occurred_at, i.serious,
             i.description, i.injuries, i.outcome, i.status, i.reported_by, i.reported_at, i.closed_by, i.closed_at,
             i.version
      FROM incident i JOIN facility f ON f.id = i.facility_id
      """;

  public Optional<Incident> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(IncidentStore::header).optional()
        .map(i -> complete(List.of(i)).get(0));
  }

  /**
   * Reports in the facilities (all when null), latest first, optionally of one state or serious only, at most
   * {@code limit}; each with its prisoners, without staff and additions.
   */
  public List<Incident> list(Collection<UUID> facilities, IncidentStatus status, boolean seriousOnly, int limit) {
    var sql = new StringBuilder(SELECT).append(" WHERE (CAST(:all AS boolean) OR i.facility_id = ANY(:facilities))");
    if (status != null) {
      sql.append(" AND i.status = :status");
    }
    if (seriousOnly) {
      sql.append(" AND i.serious");
    }
    sql.append(" ORDER BY i.occurred_at DESC, i.case_number DESC LIMIT :limit");
    var spec = jdbc.sql(sql.toString()).param("all", facilities == null)
        .param("facilities", (facilities == null ? List.<UUID>of() : facilities).toArray(UUID[]::new))
        .param("limit", limit);
    if (status != null) {
      spec = spec.param("status", status.name());
    }
    return withPrisoners(spec.query(IncidentStore::header).list());
  }

  /** Reports involving the prisoner, latest first. */
  public List<Incident> ofPrisoner(UUID prisonerId) {
    return withPrisoners(jdbc.sql(SELECT + """
         WHERE i.id IN (SELECT incident_id FROM incident_prisoner WHERE prisoner_id = ?)
        ORDER BY i.occurred_at DESC""").param(prisonerId).query(IncidentStore::header).list());
  }

  /** Every pair of prisoners involved in the same incident, with its date and case number. */
  public List<Pair> pairs() {
    return jdbc.sql("""
        SELECT a.prisoner_id, b.prisoner_id, i.occurred_at, i.case_number
        FROM incident_prisoner a JOIN incident_prisoner b ON b.incident_id = a.incident_id AND a.prisoner_id < b.prisoner_id
        JOIN incident i ON i.id = a.incident_id""")
        .query((rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getTimestamp(3).toInstant(), rs.getString(4)))
        .list();
  }

  public record Pair(UUID a, UUID b, Instant occurredAt, String caseNumber) {}

  private List<Incident> withPrisoners(List<Incident> incidents) {
    if (incidents.isEmpty()) {
      return incidents;
    }
    Map<UUID, List<Incident.Involved>> prisoners = involved(incidents.stream().map(Incident::id).toList());
    return incidents.stream().map(i -> with(i, prisoners.getOrDefault(i.id(), List.of()), List.of(), List.of())).toList();
  }

  private List<Incident> complete(List<Incident> incidents) {
    var ids = incidents.stream().map(Incident::id).toList();
    var prisoners = involved(ids);
    var result = new ArrayList<Incident>();
    for (Incident i : incidents) {
      var staff = jdbc.sql("SELECT name, role FROM incident_staff WHERE incident_id = ? ORDER BY position").param(i.id())
          .query((rs, n) -> new NewIncident.Staff(rs.getString(1), IncidentStaffRole.valueOf(rs.getString(2)))).list();
      var additions = jdbc.sql("""
          SELECT text, added_by, added_at FROM incident_addition WHERE incident_id = ? ORDER BY added_at, id""")
          .param(i.id())
          .query((rs, n) -> new Incident.Addition(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
          .list();
      result.add(with(i, prisoners.getOrDefault(i.id(), List.of()), staff, additions));
    }
    return result;
  }

  private Map<UUID, List<Incident.Involved>> involved(List<UUID> ids) {
    record Row(UUID incidentId, Incident.Involved involved) {}
    return jdbc.sql("""
        SELECT ip.incident_id, p.id, p.number, p.family_name || ' ' || p.given_name, ip.role
        FROM incident_prisoner ip JOIN prisoner p ON p.id = ip.prisoner_id
        WHERE ip.incident_id = ANY(?) ORDER BY p.number""").param(ids.toArray(UUID[]::new))
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), new Incident.Involved(rs.getObject(2, UUID.class),
            rs.getString(3), rs.getString(4), IncidentRole.valueOf(rs.getString(5)))))
        .list().stream()
        .collect(Collectors.groupingBy(Row::incidentId, Collectors.mapping(Row::involved, Collectors.toList())));
  }

  private static Incident with(Incident i, List<Incident.Involved> prisoners, List<NewIncident.Staff> staff,
      List<Incident.Addition> additions) {
    return new Incident(i.id(), i.caseNumber(), i.facilityId(), i.facilityCode(), i.place(), i.type(), i.occurredAt(),
        i.serious(), i.description(), i.injuries(), i.outcome(), i.status(), i.reportedBy(), i.reportedAt(),
        i.closedBy(), i.closedAt(), i.version(), prisoners, staff, additions);
  }

  private static Incident header(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Incident(rs.getObject("id", UUID.class), rs.getString("case_number"),
        rs.getObject("facility_id", UUID.class), rs.getString("facility_code"), rs.getString("place"),
        IncidentType.valueOf(rs.getString("type")), rs.getTimestamp("occurred_at").toInstant(),
        rs.getBoolean("serious"), rs.getString("description"), rs.getString("injuries"), rs.getString("outcome"),
        IncidentStatus.valueOf(rs.getString("status")), rs.getString("reported_by"),
        rs.getTimestamp("reported_at").toInstant(), rs.getString("closed_by"),
        closed == null ? null : closed.toInstant(), rs.getInt("version"), List.of(), List.of(), List.of());
  }

  static int year(Instant at, java.time.ZoneId zone) {
    return Year.from(at.atZone(zone)).getValue();
  }
}
