package org.bagyt.prisoners.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facilities and cells a register may name, with the beds free in each now, read once per check so that
 * a row's facility, cell and bed are known without a query per row. The beds themselves are taken by the
 * estate's {@code Beds} when the rows are registered; this only lets a dry run say which row would not fit.
 */
@Repository
class ImportPlaces {

  private final JdbcClient jdbc;

  ImportPlaces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Cell(UUID id, String code, boolean inUse, int free) {}

  record Facility(UUID id, String code, Map<String, List<Cell>> cellsByCode) {}

  /** Every facility by its code (upper case), with its cells by code (upper case). */
  Map<String, Facility> load() {
    var facilities = new HashMap<String, Facility>();
    var byId = new HashMap<UUID, Facility>();
    jdbc.sql("SELECT id, code FROM facility").query((rs, n) -> {
      var f = new Facility(UUID.fromString(rs.getString("id")), rs.getString("code"), new HashMap<>());
      facilities.put(key(f.code()), f);
      byId.put(f.id(), f);
      return f;
    }).list();
    jdbc.sql("""
        SELECT u.facility_id, c.id, c.code, c.in_use, c.beds - c.occupied AS free
        FROM cell c JOIN unit u ON u.id = c.unit_id""").query((rs, n) -> {
      var cell = new Cell(UUID.fromString(rs.getString("id")), rs.getString("code"), rs.getBoolean("in_use"), rs.getInt("free"));
      byId.get(UUID.fromString(rs.getString("facility_id"))).cellsByCode()
          .computeIfAbsent(key(cell.code()), k -> new java.util.ArrayList<>()).add(cell);
      return cell;
    }).list();
    return facilities;
  }

  static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  static Optional<Facility> facility(Map<String, Facility> facilities, String code) {
    return Optional.ofNullable(facilities.get(key(code)));
  }
}
