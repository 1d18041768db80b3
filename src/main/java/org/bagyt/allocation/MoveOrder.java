package org.bagyt.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.allocation.solver.LawfulPlacement;
import org.bagyt.allocation.solver.ProposalStore;

/**
 * The order in which a confirmed proposal's moves are recorded: each cell move goes through the placement gate
 * against everyone where they are at that moment, so a move waits until its cell has room and breaks no rule. When
 * every remaining move waits on another (a swap), one person who has such a cell goes to a cell that holds them
 * lawfully for the moment and on to their proposed cell later. Anything left that cannot go is recorded as is, and
 * the gate refuses it (and with it the whole confirmation).
 */
final class MoveOrder {

  record Step(UUID prisonerId, UUID cellId) {}

  private MoveOrder() {}

  /** The steps for the moves of a proposal for {@code facility}, as it stands now. */
  static List<Step> sequence(PlacementCheck.Facility facility, List<ProposalStore.MoveRow> moves) {
    var steps = new ArrayList<Step>();
    var where = new HashMap<UUID, PlacementRules.Placed>();
    facility.placed().forEach(p -> where.put(p.prisoner().id(), p));
    Map<UUID, CellFacts> cells = facility.cells();
    // Everyone as they stand after each step, checked against their unit and keep-apart partners only.
    var placement = new LawfulPlacement(facility.rules(), where.values().stream().map(PlacementRules.Placed::prisoner).toList());
    where.values().forEach(p -> placement.place(p.prisoner(), p.cell()));
    var pending = new ArrayList<>(moves);
    Set<UUID> detoured = new HashSet<>();
    while (!pending.isEmpty()) {
      ProposalStore.MoveRow next = null;
      for (var m : pending) {
        if (lawful(placement, where, m.prisonerId(), cells.get(m.toCellId()))) {
          next = m;
          break;
        }
      }
      if (next != null) {
        pending.remove(next);
        go(placement, where, steps, next.prisonerId(), cells.get(next.toCellId()));
        continue;
      }
      // Every remaining move waits on another (a cycle): someone not yet detoured goes for the moment to a cell that
      // holds them lawfully, which frees their bed for the next in the cycle.
      ProposalStore.MoveRow stepping = null;
      CellFacts detour = null;
      for (var m : pending) {
        if (!detoured.contains(m.prisonerId())) {
          detour = cells.values().stream()
              .filter(c -> !c.id().equals(where.get(m.prisonerId()).cell().id()))
              .filter(c -> lawful(placement, where, m.prisonerId(), c))
              .findFirst().orElse(null);
          if (detour != null) {
            stepping = m;
            break;
          }
        }
      }
      if (detour == null) {
        pending.forEach(m -> steps.add(new Step(m.prisonerId(), m.toCellId())));
        break;
      }
      detoured.add(stepping.prisonerId());
      go(placement, where, steps, stepping.prisonerId(), detour);
    }
    return steps;
  }

  private static boolean lawful(LawfulPlacement placement, Map<UUID, PlacementRules.Placed> where, UUID who,
      CellFacts cell) {
    return cell != null && where.containsKey(who) && placement.allows(where.get(who).prisoner(), cell);
  }

  private static void go(LawfulPlacement placement, Map<UUID, PlacementRules.Placed> where, List<Step> steps, UUID who,
      CellFacts cell) {
    var prisoner = where.get(who).prisoner();
    placement.remove(prisoner);
    placement.place(prisoner, cell);
    where.put(who, new PlacementRules.Placed(prisoner, cell));
    steps.add(new Step(who, cell.id()));
  }
}
