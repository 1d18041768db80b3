package org.bagyt.estate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Occupancy as it is now, read from the cells' beds in use (kept by {@link Beds}), never from a stored total.
 * Estate figures hold no personal data: everyone who may read the estate sees every facility, so that a
 * governor can see where there is room before asking for a transfer.
 */
@Service
public class Occupancy {

  public static final int MAX_LIST = 1000;

  private final JdbcClient jdbc;
  private final Estate estate;
  private final OccupancyThresholds thresholds;

  Occupancy(JdbcClient jdbc, Estate estate, OccupancyThresholds thresholds) {
    this.jdbc = jdbc;
    this.estate = estate;
    this.thresholds = thresholds;
  }

  public OccupancyThresholds thresholds() {
    return thresholds;
  }

  /**
   * Each cell with its breach of each standard. This is the one definition of a breach: someone is in the
   * cell and its area is below the minimum times the people in it (exact decimal arithmetic, so exactly the
   * minimum is no breach). A cell with one bed is single; any other is shared.
   */
  private static final String CELLS = """
      SELECT c.id, u.facility_id, f.code AS facility_code, c.unit_id, u.code AS unit_code, c.code, c.beds, c.occupied,
             c.floor_area_m2, c.sanitary_annex, c.accessible, c.in_use, c.version,
             c.in_use AND c.occupied > 0
               AND c.floor_area_m2 < (CASE WHEN c.beds = 1 THEN :cptSingle ELSE :cptShared END) * c.occupied AS breaches_cpt,
             c.in_use AND c.occupied > 0
               AND c.floor_area_m2 < (CASE WHEN c.beds = 1 THEN :icrcSingle ELSE :icrcShared END) * c.occupied AS breaches_icrc
      FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id""";

  public Optional<CellOccupancy> cell(UUID id) {
    return cells(CELLS + " WHERE c.id = :id", Map.of("id", id)).stream().findFirst();
  }

  public Optional<FacilityOccupancy> facility(UUID id) {
    return estate.facility(id).map(summary -> {
      var cellsByUnit = new HashMap<UUID, List<CellOccupancy>>();
      cells(CELLS + " WHERE u.facility_id = :facility ORDER BY length(c.code), c.code", Map.of("facility", id))
          .forEach(c -> cellsByUnit.computeIfAbsent(c.unitId(), u -> new ArrayList<>()).add(c));
      var units = jdbc.sql("SELECT id, code, name, used_for FROM unit WHERE facility_id = ? ORDER BY code").param(id)
          .query((rs, n) -> {
            UUID unitId = UUID.fromString(rs.getString("id"));
            var cells = cellsByUnit.getOrDefault(unitId, List.of());
            return new UnitOccupancy(unitId, rs.getString("code"), rs.getString("name"),
                List.of((String[]) rs.getArray("used_for").getArray()), OccupancyFigures.ofCells(cells), cells);
          }).list();
      String address = jdbc.sql("SELECT address FROM facility WHERE id = ?").param(id).query(String.class).single();
      var all = units.stream().flatMap(u -> u.cells().stream()).toList();
      return new FacilityOccupancy(summary, address, OccupancyFigures.ofCells(all), units, thresholds);
    });
  }

  /**
   * The service's overcrowding, or one region's or facility's (null for all): figures per facility and in
   * total, and up to {@code limit} breaching cells per standard, least space per person first.
   */
  public OvercrowdingReport overcrowding(String region, UUID facilityId, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw BagytException.invalid("invalid-limit", "estate.error.limit", MAX_LIST);
    }
    var all = estate.facilities();
    if (region != null && all.stream().noneMatch(f -> f.regionCode().equals(region))) {
      throw BagytException.invalid("unknown-region", "estate.error.unknown-region");
    }
    if (facilityId != null && all.stream().noneMatch(f -> f.id().equals(facilityId))) {
      throw BagytException.invalid("unknown-facility", "estate.error.unknown-facility");
    }
    var facilities = all.stream()
        .filter(f -> region == null || f.regionCode().equals(region))
        .filter(f -> facilityId == null || f.id().equals(facilityId)).toList();
    var filter = new LinkedHashMap<String, Object>();
    var where = new StringBuilder(" WHERE c.in_use");
    if (region != null) {
      where.append(" AND f.region_code = :region");
      filter.put("region", region);
    }
    if (facilityId != null) {
      where.append(" AND f.id = :facility");
      filter.put("facility", facilityId);
    }
    var byFacility = figuresByFacility(where.toString(), filter);
    var rows = facilities.stream().map(f -> new OvercrowdingReport.FacilityRow(f,
        byFacility.getOrDefault(f.id(), OccupancyFigures.NONE))).toList();
    var totals = OccupancyFigures.sum(rows.stream().map(OvercrowdingReport.FacilityRow::figures).toList());
    return new OvercrowdingReport(thresholds, region, facilityId, totals, rows,
        breaching("breaches_cpt", where.toString(), filter, limit), breaching("breaches_icrc", where.toString(), filter, limit),
        limit);
  }

  private Map<UUID, OccupancyFigures> figuresByFacility(String where, Map<String, Object> filter) {
    var figures = new HashMap<UUID, OccupancyFigures>();
    jdbc.sql("WITH cells AS (" + CELLS + where + """
        ) SELECT facility_id, count(*) AS cells, sum(beds) AS beds, sum(occupied) AS occupied,
                 sum(floor_area_m2) AS area, coalesce(sum(floor_area_m2) FILTER (WHERE occupied > 0), 0) AS occupied_area,
                 count(*) FILTER (WHERE breaches_cpt) AS cells_cpt, coalesce(sum(occupied) FILTER (WHERE breaches_cpt), 0) AS people_cpt,
                 count(*) FILTER (WHERE breaches_icrc) AS cells_icrc, coalesce(sum(occupied) FILTER (WHERE breaches_icrc), 0) AS people_icrc
          FROM cells GROUP BY facility_id""")
        .params(withThresholds(filter))
        .query(rs -> {
          figures.put(UUID.fromString(rs.getString("facility_id")), OccupancyFigures.of(rs.getInt("cells"),
              rs.getInt("beds"), rs.getInt("occupied"), rs.getBigDecimal("area"), rs.getBigDecimal("occupied_area"),
              rs.getInt("cells_cpt"), rs.getInt("people_cpt"), rs.getInt("cells_icrc"), rs.getInt("people_icrc")));
        });
    return figures;
  }

  private List<CellOccupancy> breaching(String flag, String where, Map<String, Object> filter, int limit) {
    var params = new HashMap<>(filter);
    params.put("limit", limit);
    return cells("SELECT * FROM (" + CELLS + where + ") cells WHERE " + flag
        + " ORDER BY floor_area_m2 / occupied, facility_code, unit_code, length(code), code LIMIT :limit", params);
  }

  private List<CellOccupancy> cells(String sql, Map<String, ?> params) {
    return jdbc.sql(sql).params(withThresholds(params)).query(Occupancy::cell).list();
  }

  private Map<String, Object> withThresholds(Map<String, ?> params) {
    var all = new HashMap<String, Object>(params);
    all.put("cptSingle", thresholds.cptSingleM2());
    all.put("cptShared", thresholds.cptSharedM2());
    all.put("icrcSingle", thresholds.icrcSingleM2());
    all.put("icrcShared", thresholds.icrcSharedM2());
    return all;
  }

  private static CellOccupancy cell(ResultSet rs, int row) throws SQLException {
    int beds = rs.getInt("beds");
    int occupied = rs.getInt("occupied");
    BigDecimal area = rs.getBigDecimal("floor_area_m2");
    return new CellOccupancy(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("facility_id")),
        rs.getString("facility_code"), UUID.fromString(rs.getString("unit_id")), rs.getString("unit_code"),
        rs.getString("code"), beds, occupied, area, beds == 1, rs.getBoolean("sanitary_annex"),
        rs.getBoolean("accessible"), rs.getBoolean("in_use"), rs.getInt("version"),
        CellOccupancy.areaPerPerson(area, occupied), rs.getBoolean("breaches_cpt"), rs.getBoolean("breaches_icrc"));
  }
}
