package org.bagyt.allocation.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.PrisonerFacts;

/**
 * Where the solver starts a proposal: everyone where they are, except as few prisoners as it takes to end every
 * broken hard rule. People are kept in their cell one at a time (pinned people first), each only if they break no
 * hard rule with those kept so far: in a cell with one person too many, one leaves, not all. Those who leave are
 * then given the cell that breaks no hard rule, uncrowded and fullest first (best fit); for anyone with no such cell
 * an occupant of some cell may step aside to let them in; anyone still without a cell is left to the solver. Local
 * search from a heavily broken placement wandered, and the construction heuristic weighing every cell of a facility
 * for each person took minutes for a whole service (docs/benchmarks.md); this start is lawful within seconds and
 * moves few.
 */
public final class HousingStart {

  /** How long the chains for people with no lawful cell may take, at most, before the solver starts. */
  private static final long CHAIN_BUDGET_NANOS = 5_000_000_000L;

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
    var byPrisoner = new HashMap<UUID, Housed>();
    housing.housed().forEach(h -> byPrisoner.put(h.getId(), h));
    var unplaced = new ArrayList<Housed>();
    for (Housed h : leaving) {
      HousingCell best = bestFit(h, kept);
      h.setCell(best);
      if (best == null) {
        unplaced.add(h);
      } else {
        kept.place(h.prisoner(), best.facts());
      }
    }
    long deadline = System.nanoTime() + CHAIN_BUDGET_NANOS;
    for (Housed h : unplaced) {
      if (System.nanoTime() < deadline) {
        makeRoom(h, kept, byPrisoner);
      }
    }
    return leaving.size();
  }

  /** The cell that breaks no hard rule for the person, uncrowded and fullest first; null when there is none. */
  private static HousingCell bestFit(Housed h, LawfulPlacement kept) {
    HousingCell best = null;
    int bestRank = Integer.MIN_VALUE;
    for (HousingCell c : h.getEligible()) {
      if (c != h.getCell() && kept.allows(h.prisoner(), c.facts())) {
        int here = kept.occupants(c.facts());
        // Uncrowded first, then the fullest: filling a cell already in use leaves empty ones for everyone else.
        int rank = (h.rules().crowded(c.facts(), here + 1) ? 0 : 1_000) + here;
        if (rank > bestRank) {
          best = c;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /**
   * For someone with no lawful cell: one occupant of some cell steps aside to another lawful cell, when that lets the
   * person in (a chain of one). Found quickly or not at all; what is left is the local search's to try.
   */
  private static void makeRoom(Housed h, LawfulPlacement kept, Map<UUID, Housed> byPrisoner) {
    for (HousingCell c : h.getEligible()) {
      for (PrisonerFacts occupant : kept.in(c.facts())) {
        Housed other = byPrisoner.get(occupant.id());
        if (other == null || other.isPinned()) {
          continue;
        }
        kept.remove(occupant);
        if (kept.allows(h.prisoner(), c.facts())) {
          kept.place(h.prisoner(), c.facts());
          HousingCell elsewhere = bestFit(other, kept);
          if (elsewhere != null) {
            kept.place(occupant, elsewhere.facts());
            other.setCell(elsewhere);
            h.setCell(c);
            return;
          }
          kept.remove(h.prisoner());
        }
        kept.place(occupant, c.facts());
      }
    }
  }
}
