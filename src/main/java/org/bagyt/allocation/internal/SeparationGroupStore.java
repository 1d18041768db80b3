package org.bagyt.allocation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The groups whose members the placement rules keep from gathering in one unit, with their members. */
@Repository
public class SeparationGroupStore {

  /** One membership as listed: the group and where its member is held now. */
  public record Row(UUID groupId, String name, String kind, String basis, String recordedBy, Instant recordedAt,
      UUID prisonerId, String number, UUID facilityId, String facilityCode) {}

  private final JdbcClient jdbc;

  SeparationGroupStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UUID insert(String name, String kind, String basis, Collection<UUID> members, String by, Instant at) {
    UUID id = jdbc.sql("INSERT INTO prisoner_group (name, kind, basis, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
        .params(name, kind, basis, by, Timestamp.from(at)).query(UUID.class).single();
    for (UUID member : members) {
      jdbc.sql("INSERT INTO prisoner_group_member (group_id, prisoner_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?)")
          .params(id, member, by, Timestamp.from(at)).update();
    }
    return id;
  }

  /** Every membership of every group, newest group first. */
  public List<Row> all() {
    return jdbc.sql("""
        SELECT g.id, g.name, g.kind, g.basis, g.recorded_by, g.recorded_at, p.id AS prisoner_id, p.number,
               f.id AS facility_id, f.code AS facility_code
        FROM prisoner_group g
        JOIN prisoner_group_member m ON m.group_id = g.id
        JOIN prisoner p ON p.id = m.prisoner_id
        LEFT JOIN facility f ON f.id = p.facility_id
        ORDER BY g.recorded_at DESC, g.id, p.number""")
        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
            rs.getString("basis"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
            rs.getObject("prisoner_id", UUID.class), rs.getString("number"), rs.getObject("facility_id", UUID.class),
            rs.getString("facility_code")))
        .list();
  }
}
