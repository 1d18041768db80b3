package org.bagyt.conduct.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.NewObservation;
import org.bagyt.conduct.Observation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Observations in PostgreSQL (append-only). */
@Repository
public class ObservationStore {

  private final JdbcClient jdbc;

  ObservationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UUID insert(UUID prisonerId, UUID facilityId, NewObservation o, int catalogueVersion, String by, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        INSERT INTO observation (id, prisoner_id, facility_id, observed_on, behaviours, catalogue_version, account,
                                 recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, prisonerId, facilityId, o.observedOn(), o.behaviours().toArray(String[]::new), catalogueVersion,
            o.account(), by, Timestamp.from(at))
        .update();
    return id;
  }

  private static final String SELECT = """
      SELECT o.*, p.number, p.family_name || ' ' || p.given_name AS prisoner_name, f.code AS facility_code
      FROM observation o JOIN prisoner p ON p.id = o.prisoner_id JOIN facility f ON f.id = o.facility_id
      """;

  public List<Observation> ofPrisoner(UUID prisonerId, int limit) {
    return jdbc.sql(SELECT + " WHERE o.prisoner_id = ? ORDER BY o.observed_on DESC, o.recorded_at DESC LIMIT ?")
        .params(prisonerId, limit).query(ObservationStore::observation).list();
  }

  /** The latest observations in the facilities (all when null). */
  public List<Observation> latest(Collection<UUID> facilities, int limit) {
    return jdbc.sql(SELECT + """
         WHERE (CAST(:all AS boolean) OR o.facility_id = ANY(:facilities))
        ORDER BY o.observed_on DESC, o.recorded_at DESC LIMIT :limit""")
        .param("all", facilities == null)
        .param("facilities", (facilities == null ? List.<UUID>of() : facilities).toArray(UUID[]::new))
        .param("limit", limit).query(ObservationStore::observation).list();
  }

  /** How often each catalogue behaviour was recorded for the prisoner since the day given. */
  public List<Count> counts(UUID prisonerId, LocalDate since) {
    return jdbc.sql("""
        SELECT b, count(*) FROM observation o, unnest(o.behaviours) b
        WHERE o.prisoner_id = ? AND o.observed_on >= ? GROUP BY b ORDER BY count(*) DESC, b""")
        .params(prisonerId, since).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
  }

  public record Count(String code, long times) {}

  private static Observation observation(ResultSet rs, int row) throws SQLException {
    return new Observation(rs.getObject("id", UUID.class), rs.getObject("prisoner_id", UUID.class),
        rs.getString("number"), rs.getString("prisoner_name"), rs.getObject("facility_id", UUID.class),
        rs.getString("facility_code"), rs.getObject("observed_on", LocalDate.class),
        Arrays.asList((String[]) rs.getArray("behaviours").getArray()), rs.getString("account"),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }
}
