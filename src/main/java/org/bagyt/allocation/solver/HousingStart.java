package org.bagyt.allocation.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.PlacementRules;
import org.bagyt.allocation.Violation;

/**
 * Where the solver starts a proposal: everyone where they are, except the prisoners whose current cell breaks a
 * hard rule, who start without a cell so that the construction heuristic re-places them first. Local search from a
 * heavily broken placement wandered (docs/benchmarks.md); this start repairs only what is broken, so moves stay few.
 */
public final class HousingStart {

  private HousingStart() {}

  /** Takes the cell away from everyone who breaks a hard rule where they are now; answers how many. */
  public static int repair(Housing housing) {
    var byFacility = new HashMap<UUID, List<PlacementRules.Placed>>();
    for (Housed h : housing.housed()) {
      if (h.getCell() != null) {
        byFacility.computeIfAbsent(h.facilityId(), f -> new ArrayList<>())
            .add(new PlacementRules.Placed(h.prisoner(), h.getCell().facts()));
      }
    }
    var breaking = new ArrayList<Housed>();
    for (Housed h : housing.housed()) {
      if (h.getCell() != null && !h.isPinned()) {
        var others = byFacility.get(h.facilityId()).stream().filter(o -> o.prisoner() != h.prisoner()).toList();
        if (h.rules().check(h.prisoner(), h.getCell().facts(), others).stream().anyMatch(Violation::hard)) {
          breaking.add(h);
        }
      }
    }
    breaking.forEach(h -> h.setCell(null));
    return breaking.size();
  }
}
