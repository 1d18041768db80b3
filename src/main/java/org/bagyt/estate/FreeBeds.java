package org.bagyt.estate;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Cells with a free bed, for choosing where to move someone; the take itself stays with {@link Beds}. */
@Service
public class FreeBeds {

  /** A cell in use with at least one bed free now. */
  public record FreeCell(UUID id, String code, String unitCode, int beds, int occupied) {

    /** How the cell is named in a list: unit, cell and beds in use. */
    public String label() {
      return unitCode + " · " + code + " (" + occupied + "/" + beds + ")";
    }
  }

  private final JdbcClient jdbc;

  FreeBeds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<FreeCell> inFacility(UUID facilityId) {
    return jdbc.sql("""
        SELECT c.id, c.code, u.code AS unit_code, c.beds, c.occupied FROM cell c JOIN unit u ON u.id = c.unit_id
        WHERE u.facility_id = ? AND c.in_use AND c.occupied < c.beds ORDER BY u.code, c.code""")
        .param(facilityId)
        .query((rs, n) -> new FreeCell(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("unit_code"),
            rs.getInt("beds"), rs.getInt("occupied")))
        .list();
  }
}
