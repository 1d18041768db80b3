package org.bagyt.allocation.solver;

import java.util.ArrayList;

/**
 * Where the solver starts a proposal: everyone where they are, except as few prisoners as it takes to end every
 * broken hard rule. People are kept in their cell one at a time (pinned people first), each only if they break no
 * hard rule with those kept so far: in a cell with one person too many, one leaves, not all. Those who leave are
 * then given the cell that breaks no hard rule, uncrowded and fullest first (best fit); anyone with no such cell starts without one, for the construction heuristic. Local search from
 * a heavily broken placement wandered, and the construction heuristic weighing every cell of a facility for each
 * person took minutes for a whole service (docs/benchmarks.md); this start is lawful within seconds and moves few.
 */
public final class HousingStart {

  private HousingStart() {}

  /** Moves the fewest people it must so that no hard rule is broken; answers how many it moved or left without a cell. */
  public static int repair(Housing housing) {
    if (housing.housed().isEmpty()) {
      return 0;
    }
    var kept = new LawfulPlacement(housing.housed().get(0).rules(),
        housing.housed().stream().map(Housed::prisoner).toList());
    housing.housed().stream().filter(h -> h.isPinned() && h.getCell() != null)
        .forEach(h -> kept.place(h.prisoner(), h.getCell().facts()));
    var leaving = new ArrayList<Housed>();
    for (Housed h : housing.housed()) {
      if (h.isPinned() || h.getCell() == null) {
        continue;
      }
      if (kept.allows(h.prisoner(), h.getCell().facts())) {
        kept.place(h.prisoner(), h.getCell().facts());
      } else {
        leaving.add(h);
      }
    }
    for (Housed h : leaving) {
      HousingCell best = null;
      int bestRank = Integer.MIN_VALUE;
      for (HousingCell c : h.getEligible()) {
        if (kept.allows(h.prisoner(), c.facts())) {
          int here = kept.occupants(c.facts());
          // Uncrowded first, then the fullest: filling a cell already in use leaves empty ones for everyone else.
          int rank = (h.rules().crowded(c.facts(), here + 1) ? 0 : 1_000) + here;
          if (rank > bestRank) {
            best = c;
            bestRank = rank;
          }
        }
      }
      h.setCell(best);
      if (best != null) {
        kept.place(h.prisoner(), best.facts());
      }
    }
    return leaving.size();
  }
}
