package org.bagyt.allocation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.allocation.KeepApart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one unit for the unit view: who is held in its cells, their groups and their open keep-apart pairs. */
@Component
public class UnitViewStore {

  /** The unit and its facility. */
  public record Unit(UUID id, String code, String name, List<String> usedFor, UUID facilityId) {}

  /** Someone held in a cell of the unit. */
  public record Held(UUID id, String number, String name, UUID cellId, boolean designated) {}

  /** A group someone is recorded as a member of. */
  public record Membership(UUID prisonerId, UUID groupId, String group, String kind) {}

  /** One side of an open pair: the person and where they are held now (cell and unit null when not in a cell). */
  public record Side(UUID id, String number, KeepApart.Role role, UUID facilityId, UUID unitId, UUID cellId) {}

  /** An open keep-apart pair. */
  public record Pair(UUID id, Side first, Side second, KeepApart.Reason reason, KeepApart.Scope scope,
      LocalDate reviewOn) {}

  private final JdbcClient jdbc;

  UnitViewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Unit> unit(UUID id) {
    return jdbc.sql("SELECT id, code, name, used_for, facility_id FROM unit WHERE id = ?").param(id)
        .query((rs, n) -> new Unit(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
            List.of((String[]) rs.getArray("used_for").getArray()), rs.getObject("facility_id", UUID.class)))
        .optional();
  }

  /** Everyone in custody held in a cell of the unit, by number. */
  public List<Held> held(UUID unitId) {
    return jdbc.sql("""
        SELECT p.id, p.number, p.family_name || ' ' || p.given_name AS name, p.cell_id,
               EXISTS (SELECT 1 FROM classification k WHERE k.prisoner_id = p.id AND k.dimension = 'DESIGNATION'
                       AND k.level = 'DESIGNATED') AS designated
        FROM prisoner p JOIN cell c ON c.id = p.cell_id
        WHERE c.unit_id = ? AND p.released_at IS NULL ORDER BY p.number""").param(unitId)
        .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
            rs.getObject("cell_id", UUID.class), rs.getBoolean("designated"))).list();
  }

  public List<Membership> memberships(Collection<UUID> prisonerIds) {
    return jdbc.sql("""
        SELECT m.prisoner_id, g.id, g.name, g.kind FROM prisoner_group_member m JOIN prisoner_group g ON g.id = m.group_id
        WHERE m.prisoner_id = ANY(?) ORDER BY g.name""").param(prisonerIds.toArray(UUID[]::new))
        .query((rs, n) -> new Membership(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4))).list();
  }

  /** The open pairs with at least one of these people in them, wherever the other is held. */
  public List<Pair> openPairs(Collection<UUID> prisonerIds) {
    UUID[] ids = prisonerIds.toArray(UUID[]::new);
    return jdbc.sql("""
        SELECT k.id, k.reason, k.scope, k.review_on,
               a.id AS a_id, a.number AS a_number, k.first_role, CASE WHEN a.released_at IS NULL THEN a.facility_id END AS a_facility, ca.unit_id AS a_unit,
               a.cell_id AS a_cell,
               b.id AS b_id, b.number AS b_number, k.second_role, CASE WHEN b.released_at IS NULL THEN b.facility_id END AS b_facility, cb.unit_id AS b_unit,
               b.cell_id AS b_cell
        FROM keep_apart k JOIN prisoner a ON a.id = k.first_id JOIN prisoner b ON b.id = k.second_id
        LEFT JOIN cell ca ON ca.id = a.cell_id AND a.released_at IS NULL
        LEFT JOIN cell cb ON cb.id = b.cell_id AND b.released_at IS NULL
        WHERE k.closed_at IS NULL AND (k.first_id = ANY(?) OR k.second_id = ANY(?))
        ORDER BY a.number, b.number""").params(ids, ids)
        .query((rs, n) -> new Pair(rs.getObject("id", UUID.class),
            new Side(rs.getObject("a_id", UUID.class), rs.getString("a_number"),
                KeepApart.Role.valueOf(rs.getString("first_role")), rs.getObject("a_facility", UUID.class),
                rs.getObject("a_unit", UUID.class), rs.getObject("a_unit", UUID.class) == null ? null
                    : rs.getObject("a_cell", UUID.class)),
            new Side(rs.getObject("b_id", UUID.class), rs.getString("b_number"),
                KeepApart.Role.valueOf(rs.getString("second_role")), rs.getObject("b_facility", UUID.class),
                rs.getObject("b_unit", UUID.class), rs.getObject("b_unit", UUID.class) == null ? null
                    : rs.getObject("b_cell", UUID.class)),
            KeepApart.Reason.valueOf(rs.getString("reason")), KeepApart.Scope.valueOf(rs.getString("scope")),
            rs.getObject("review_on", LocalDate.class))).list();
  }
}
