package org.bagyt.conduct.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A read model of who the prisoners in intelligence items and the network are: number, name and where they are held.
 * Security staff read these across the service (the prisoner module's lists stop at the reader's facilities); callers
 * check the reader's permission and audit the view first.
 */
@Component
public class PrisonerNames {

  /** A prisoner as the intelligence log and the network name them. */
  public record Named(UUID id, String number, String name, UUID facilityId, String facilityCode, boolean released) {}

  private final JdbcClient jdbc;

  PrisonerNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<UUID, Named> of(Collection<UUID> ids) {
    var named = new HashMap<UUID, Named>();
    if (ids.isEmpty()) {
      return named;
    }
    jdbc.sql("""
        SELECT p.id, p.number, p.family_name || ' ' || p.given_name || coalesce(' ' || nullif(p.patronymic, ''), ''),
               p.facility_id, f.code, p.released_at IS NOT NULL
        FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE p.id = ANY(?)""")
        .param(ids.toArray(UUID[]::new))
        .query(rs -> {
          UUID id = rs.getObject(1, UUID.class);
          named.put(id, new Named(id, rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
              rs.getBoolean(6)));
        });
    return named;
  }

  /** The named prisoner, or a stand-in when the id is not known (never expected: links reference prisoners). */
  public static Named orUnknown(Map<UUID, Named> named, UUID id) {
    return named.getOrDefault(id, new Named(id, "", "", null, "", false));
  }
}
