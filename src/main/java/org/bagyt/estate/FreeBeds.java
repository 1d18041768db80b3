package org.bagyt.estate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where someone can be placed: cells in use with a free bed, and which facility a cell belongs to. For
 * choosing only; the bed itself is taken by {@link Beds}, which alone decides a race for the last one.
 */
@Service
public class FreeBeds {

  /** A cell in use with at least one free bed, named as staff know it. */
  public record FreeCell(UUID cellId, UUID facilityId, String facilityCode, String unitCode, String cellCode, int beds,
      int occupied) {

    public int free() {
      return beds - occupied;
    }

    /** How the cell is named in a list: unit, cell and beds in use. */
    public String label() {
      return unitCode + " · " + cellCode + " (" + occupied + "/" + beds + ")";
    }
  }

  private final JdbcClient jdbc;

  FreeBeds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Cells with a free bed in these facilities, in the order staff walk them: facility, unit, cell. */
  public List<FreeCell> in(Collection<UUID> facilityIds) {
    return jdbc.sql("""
        SELECT c.id, f.id AS facility_id, f.code AS facility_code, u.code AS unit_code, c.code AS cell_code,
               c.beds, c.occupied
        FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE c.in_use AND c.occupied < c.beds AND f.id = ANY(?)
        ORDER BY f.code, u.code, c.code""")
        .param(facilityIds.toArray(UUID[]::new))
        .query((rs, n) -> new FreeCell(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)))
        .list();
  }

  public List<FreeCell> inFacility(UUID facilityId) {
    return in(List.of(facilityId));
  }

  /** The facility a cell in use belongs to; empty for a cell that does not exist or is out of use. */
  public Optional<UUID> facilityOf(UUID cellId) {
    return jdbc.sql("""
        SELECT u.facility_id FROM cell c JOIN unit u ON u.id = c.unit_id WHERE c.id = ? AND c.in_use""")
        .param(cellId).query(UUID.class).optional();
  }
}
