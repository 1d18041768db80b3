package org.bagyt.allocation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bagyt.allocation.AllocationPolicy;
import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.KeepApart;
import org.bagyt.allocation.PrisonerFacts;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads placement facts set-based: the cells of a facility with their policy, the people held there with their
 * designation, groups, open keep-apart pairs and home region, in a handful of queries whatever the facility's size.
 * Assessment judgements are not here: the caller adds them from the current countersigned assessment.
 */
@Component
public class PlacementFactsStore {

  private static final String CELLS = """
      SELECT c.id, c.code, c.unit_id, u.used_for, u.facility_id, f.sex, f.juvenile, f.region_code, r.latitude,
             r.longitude, c.beds, c.floor_area_m2, c.in_use
      FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
      JOIN region r ON r.code = f.region_code""";

  private static final String PEOPLE = """
      SELECT p.id, p.sex, p.date_of_birth, p.legal_status, p.cell_id, p.facility_id, p.released_at IS NOT NULL AS released,
             EXISTS (SELECT 1 FROM classification k WHERE k.prisoner_id = p.id AND k.dimension = 'DESIGNATION'
                     AND k.level = 'DESIGNATED') AS designated,
             h.region_code, r.latitude, r.longitude
      FROM prisoner p LEFT JOIN family_home_region h ON h.prisoner_id = p.id LEFT JOIN region r ON r.code = h.region_code""";

  /** A person as read, before judgements are added. */
  public record Person(PrisonerFacts facts, UUID cellId, UUID facilityId, boolean released) {}

  private final JdbcClient jdbc;
  private final AllocationPolicyStore policyStore;

  PlacementFactsStore(JdbcClient jdbc, AllocationPolicyStore policyStore) {
    this.jdbc = jdbc;
    this.policyStore = policyStore;
  }

  public Optional<UUID> facilityOfCell(UUID cellId) {
    return jdbc.sql("SELECT u.facility_id FROM cell c JOIN unit u ON u.id = c.unit_id WHERE c.id = ?").param(cellId)
        .query(UUID.class).optional();
  }

  /** Every cell of the facility, in use or not, each with the policy in force in its unit. */
  public Map<UUID, CellFacts> cellsOf(UUID facilityId) {
    PolicyRows policies = policyStore.rows(facilityId);
    var cells = new HashMap<UUID, CellFacts>();
    jdbc.sql(CELLS + " WHERE u.facility_id = ?").param(facilityId).query(rs -> {
      UUID unit = rs.getObject("unit_id", UUID.class);
      CellFacts c = cell(rs, policies.unit(facilityId, unit));
      cells.put(c.id(), c);
    });
    return cells;
  }

  /** The people in custody held in a cell of the facility, and {@code alsoId} wherever they are. */
  public List<Person> peopleIn(UUID facilityId, UUID alsoId) {
    List<Row> rows = jdbc.sql(PEOPLE + " " + """
         WHERE (p.facility_id = ? AND p.cell_id IS NOT NULL AND p.released_at IS NULL) OR p.id = ?""")
        .params(facilityId, alsoId).query(PlacementFactsStore::row).list();
    UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
    var groups = new HashMap<UUID, Set<UUID>>();
    jdbc.sql("SELECT prisoner_id, group_id FROM prisoner_group_member WHERE prisoner_id = ANY(?)").param(ids)
        .query(rs -> {
          groups.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
        });
    var apart = new HashMap<UUID, Map<UUID, KeepApart.Scope>>();
    jdbc.sql("""
        SELECT first_id, second_id, scope FROM keep_apart WHERE closed_at IS NULL
          AND (first_id = ANY(?) OR second_id = ANY(?))""").params(ids, ids).query(rs -> {
          UUID a = rs.getObject(1, UUID.class);
          UUID b = rs.getObject(2, UUID.class);
          KeepApart.Scope scope = KeepApart.Scope.valueOf(rs.getString(3));
          apart.computeIfAbsent(a, k -> new HashMap<>()).merge(b, scope, PlacementFactsStore::wider);
          apart.computeIfAbsent(b, k -> new HashMap<>()).merge(a, scope, PlacementFactsStore::wider);
        });
    return rows.stream().map(r -> new Person(new PrisonerFacts(r.id, r.sex, r.dateOfBirth, r.legalStatus, r.designated,
        false, false, groups.getOrDefault(r.id, Set.of()), apart.getOrDefault(r.id, Map.of()), r.home),
        r.cellId, r.facilityId, r.released)).toList();
  }

  /** The numbers of these prisoners, to name the others involved in a violation. */
  public Map<UUID, String> numbers(Collection<UUID> ids) {
    var found = new HashMap<UUID, String>();
    jdbc.sql("SELECT id, number FROM prisoner WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
        .query(rs -> {
          found.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
    return found;
  }

  private static KeepApart.Scope wider(KeepApart.Scope a, KeepApart.Scope b) {
    return a.includes(b) ? a : b;
  }

  private record Row(UUID id, Sex sex, LocalDate dateOfBirth, LegalStatus legalStatus, UUID cellId, UUID facilityId,
      boolean released, boolean designated, PrisonerFacts.Place home) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    String region = rs.getString("region_code");
    return new Row(rs.getObject("id", UUID.class), Sex.valueOf(rs.getString("sex")),
        rs.getObject("date_of_birth", LocalDate.class), LegalStatus.valueOf(rs.getString("legal_status")),
        rs.getObject("cell_id", UUID.class), rs.getObject("facility_id", UUID.class), rs.getBoolean("released"),
        rs.getBoolean("designated"),
        region == null ? null : new PrisonerFacts.Place(region, rs.getDouble("latitude"), rs.getDouble("longitude")));
  }

  private static CellFacts cell(ResultSet rs, AllocationPolicy policy) throws SQLException {
    Array tags = rs.getArray("used_for");
    return new CellFacts(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("unit_id", UUID.class),
        Set.copyOf(Arrays.asList((String[]) tags.getArray())), rs.getObject("facility_id", UUID.class),
        HeldSex.valueOf(rs.getString("sex")), rs.getBoolean("juvenile"),
        new PrisonerFacts.Place(rs.getString("region_code"), rs.getDouble("latitude"), rs.getDouble("longitude")),
        rs.getInt("beds"), rs.getBigDecimal("floor_area_m2"), rs.getBoolean("in_use"), policy);
  }
}
