package org.bagyt.allocation.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.PlacementRules;
import org.bagyt.allocation.PrisonerFacts;

/**
 * Builds the solver's problem from the same facts the check reads: each facility's cells and the people held there.
 * A prisoner may be given any cell of their own facility that no cell rule forbids (a move between facilities is a
 * transfer, with its own approval), and keeps their current cell among the choices even when it breaks one, so that
 * the current placement is where the solver starts.
 */
public final class HousingProblem {

  private final List<HousingCell> cells = new ArrayList<>();
  private final Map<UUID, HousingCell> byId = new HashMap<>();
  private final Map<UUID, List<HousingCell>> byFacility = new HashMap<>();
  private final List<Housed> housed = new ArrayList<>();
  private final Set<Housing.Apart> aparts = new LinkedHashSet<>();
  private final PlacementRules rules;
  private boolean prefilter = true;

  public HousingProblem(PlacementRules rules) {
    this.rules = rules;
  }

  /** Offers every cell of the facility, even those a cell rule forbids (for proving the constraints on them). */
  public HousingProblem everyCell() {
    prefilter = false;
    return this;
  }

  public HousingProblem cells(Collection<CellFacts> facts) {
    for (CellFacts c : facts) {
      var cell = new HousingCell(c, rules);
      cells.add(cell);
      byId.put(c.id(), cell);
      byFacility.computeIfAbsent(c.facilityId(), f -> new ArrayList<>()).add(cell);
    }
    return this;
  }

  /** Someone held (or to be held) in the facility; {@code currentCellId} null when not yet in a cell. */
  public Housed person(PrisonerFacts p, UUID facilityId, UUID currentCellId, boolean pinned) {
    HousingCell current = currentCellId == null ? null : byId.get(currentCellId);
    var eligible = new ArrayList<HousingCell>();
    for (HousingCell c : byFacility.getOrDefault(facilityId, List.of())) {
      if (!prefilter || c == current || rules.onCell().stream().noneMatch(r -> r.hard() && r.breaks(p, c.facts()))) {
        eligible.add(c);
      }
    }
    var h = new Housed(p, current, eligible, rules, pinned);
    housed.add(h);
    p.keptApartFrom().keySet().forEach(other -> aparts.add(p.id().compareTo(other) < 0
        ? new Housing.Apart(p.id(), other) : new Housing.Apart(other, p.id())));
    return h;
  }

  public HousingCell cell(UUID id) {
    return byId.get(id);
  }

  public Housing build() {
    return new Housing(cells, List.copyOf(aparts), housed);
  }
}
