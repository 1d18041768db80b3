package org.bagyt.estate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The estate's use cases: register facilities with their units and cells, and see their size. */
@Service
public class Estate {

  private final JdbcClient jdbc;

  Estate(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isEmpty() {
    return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM facility)").query(Boolean.class).single();
  }

  @Transactional
  public UUID register(NewFacility f) {
    UUID facilityId = jdbc.sql("""
        INSERT INTO facility (code, name_ky, name_ru, name_en, type, regime, sex, juvenile, specialisation, region_code, address)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
        .params(f.code(), f.nameKy(), f.nameRu(), f.nameEn(), f.type().name(), f.regime().name(), f.sex().name(),
            f.juvenile(), f.specialisation(), f.regionCode(), f.address())
        .query(UUID.class).single();
    for (NewFacility.Unit u : f.units()) {
      UUID unitId = jdbc.sql("INSERT INTO unit (facility_id, code, name, used_for) VALUES (?, ?, ?, ?) RETURNING id")
          .params(facilityId, u.code(), u.name(), u.usedFor().stream().sorted().toArray(String[]::new))
          .query(UUID.class).single();
      insertCells(unitId, u.cells());
    }
    return facilityId;
  }

  private void insertCells(UUID unitId, List<NewFacility.Cell> cells) {
    if (cells.isEmpty()) {
      return;
    }
    // One multi-row insert per unit: the demo registers tens of thousands of cells at large scales.
    var sql = new StringBuilder("INSERT INTO cell (unit_id, code, beds, floor_area_m2, sanitary_annex, accessible) VALUES ");
    var params = new ArrayList<Object>();
    for (int i = 0; i < cells.size(); i++) {
      var c = cells.get(i);
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
      params.addAll(List.of(unitId, c.code(), c.beds(), c.floorAreaM2(), c.sanitaryAnnex(), c.accessible()));
    }
    jdbc.sql(sql.toString()).params(params).update();
  }

  /** Every cell in use, in a stable order. */
  public List<CellPlaces> cellsInUse() {
    return jdbc.sql("""
        SELECT f.id AS facility_id, c.id AS cell_id, c.beds, f.type, f.sex, f.juvenile, u.used_for
        FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE c.in_use ORDER BY f.code, u.code, c.code""")
        .query((rs, n) -> new CellPlaces(UUID.fromString(rs.getString("facility_id")), UUID.fromString(rs.getString("cell_id")),
            rs.getInt("beds"), FacilityType.valueOf(rs.getString("type")), HeldSex.valueOf(rs.getString("sex")),
            rs.getBoolean("juvenile"), java.util.Set.of((String[]) rs.getArray("used_for").getArray())))
        .list();
  }

  public List<FacilitySummary> facilities() {
    return jdbc.sql(SUMMARY.formatted("")).query(Estate::summary).list();
  }

  /** One facility with its size, as it appears in {@link #facilities()}. */
  public Optional<FacilitySummary> facility(UUID id) {
    return jdbc.sql(SUMMARY.formatted("WHERE f.id = ?")).param(id).query(Estate::summary).optional();
  }

  private static final String SUMMARY = """
      SELECT f.id, f.code, f.name_ky, f.name_ru, f.name_en, f.type, f.regime, f.sex, f.juvenile, f.region_code,
             (SELECT count(*) FROM unit u WHERE u.facility_id = f.id) AS units,
             count(c.id) AS cells, coalesce(sum(c.beds), 0) AS beds, coalesce(sum(c.floor_area_m2), 0) AS area
      FROM facility f
      LEFT JOIN unit u ON u.facility_id = f.id
      LEFT JOIN cell c ON c.unit_id = u.id AND c.in_use
      %s
      GROUP BY f.id ORDER BY f.type, f.code""";

  private static FacilitySummary summary(ResultSet rs, int row) throws SQLException {
    return new FacilitySummary(UUID.fromString(rs.getString("id")), rs.getString("code"),
        rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en"),
        FacilityType.valueOf(rs.getString("type")), Regime.valueOf(rs.getString("regime")),
        HeldSex.valueOf(rs.getString("sex")), rs.getBoolean("juvenile"), rs.getString("region_code"),
        rs.getInt("units"), rs.getInt("cells"), rs.getInt("beds"), rs.getBigDecimal("area"));
  }
}
