package org.bagyt.prisoners.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.estate.HeldSex;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.SeparationRules;
import org.bagyt.prisoners.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies {@link SeparationRules} to placements, set-based: one query for the facilities, one for the cells and one
 * for the people already in them, however many people are placed (an import places 100,000 at once). Run it after
 * the beds are taken, so that the cells' rows are locked and a concurrent placement into them is already visible.
 */
@Component
class Placements {

  /** A person to be held in a facility and, if given, a cell; {@code prisonerId} is null for someone new. */
  record Placement(UUID prisonerId, SeparationRules.Person person, UUID facilityId, UUID cellId) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Placements(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Refuses the whole set at the first placement in an unknown facility or cell or against Rule 11. */
  void check(List<Placement> placements) {
    LocalDate today = LocalDate.now(clock);
    var facilities = facilities(placements.stream().map(Placement::facilityId).collect(Collectors.toSet()));
    Set<UUID> cells = placements.stream().map(Placement::cellId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    Set<UUID> moving = placements.stream().map(Placement::prisonerId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    var facilityOfCell = facilityOfCell(cells);
    var occupants = occupants(cells, moving);
    for (Placement p : placements) {
      var facility = facilities.get(p.facilityId());
      if (facility == null) {
        throw BagytException.invalid("unknown-facility", "error.unknown-facility");
      }
      List<SeparationRules.Person> cellmates = List.of();
      if (p.cellId() != null) {
        if (!p.facilityId().equals(facilityOfCell.get(p.cellId()))) {
          throw BagytException.invalid("unknown-cell", "error.unknown-cell");
        }
        cellmates = occupants.computeIfAbsent(p.cellId(), c -> new ArrayList<>());
      }
      SeparationRules.require(p.person(), facility, cellmates, today);
      if (p.cellId() != null) {
        cellmates.add(p.person());
      }
    }
  }

  private Map<UUID, SeparationRules.Facility> facilities(Collection<UUID> ids) {
    var found = new HashMap<UUID, SeparationRules.Facility>();
    jdbc.sql("SELECT id, sex, juvenile FROM facility WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
        .query(rs -> {
          found.put(rs.getObject("id", UUID.class),
              new SeparationRules.Facility(HeldSex.valueOf(rs.getString("sex")), rs.getBoolean("juvenile")));
        });
    return found;
  }

  private Map<UUID, UUID> facilityOfCell(Collection<UUID> cells) {
    var found = new HashMap<UUID, UUID>();
    jdbc.sql("SELECT c.id, u.facility_id FROM cell c JOIN unit u ON u.id = c.unit_id WHERE c.id = ANY(?) AND c.in_use")
        .param(cells.toArray(UUID[]::new))
        .query(rs -> {
          found.put(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class));
        });
    return found;
  }

  /** The people in custody in these cells, leaving out those being moved (they are leaving their cell). */
  private Map<UUID, List<SeparationRules.Person>> occupants(Collection<UUID> cells, Collection<UUID> moving) {
    var found = new HashMap<UUID, List<SeparationRules.Person>>();
    jdbc.sql("""
        SELECT cell_id, sex, date_of_birth, legal_status FROM prisoner
        WHERE cell_id = ANY(?) AND released_at IS NULL AND NOT id = ANY(?)""")
        .params(cells.toArray(UUID[]::new), moving.toArray(UUID[]::new))
        .query(rs -> {
          found.computeIfAbsent(rs.getObject("cell_id", UUID.class), c -> new ArrayList<>())
              .add(new SeparationRules.Person(Sex.valueOf(rs.getString("sex")), rs.getObject("date_of_birth", LocalDate.class),
                  LegalStatus.valueOf(rs.getString("legal_status"))));
        });
    return found;
  }
}
