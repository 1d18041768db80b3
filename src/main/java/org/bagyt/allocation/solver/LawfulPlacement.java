package org.bagyt.allocation.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.PlacementRules;
import org.bagyt.allocation.PrisonerFacts;
import org.bagyt.allocation.Violation;

/**
 * People placed one at a time, for asking which hard rules a placement breaks among them (and placing only those who
 * break none, so that together they break no hard rule). Only those a placement can clash with are checked: everyone in the cell's unit (cellmates, unit counts, dispersal) and the person's keep-apart
 * partners wherever they are, so that placing a whole facility stays linear.
 */
public final class LawfulPlacement {

  private final PlacementRules rules;
  private final Map<UUID, List<PlacementRules.Placed>> byUnit = new HashMap<>();
  private final Map<UUID, PlacementRules.Placed> byPrisoner = new HashMap<>();
  private final Map<UUID, List<UUID>> partners = new HashMap<>();
  private final Map<UUID, Integer> occupancy = new HashMap<>();

  /** {@code everyone}: all who may be placed, for their keep-apart partners in either direction. */
  public LawfulPlacement(PlacementRules rules, Collection<PrisonerFacts> everyone) {
    this.rules = rules;
    everyone.forEach(p -> p.keptApartFrom().keySet().forEach(o -> {
      partners.computeIfAbsent(p.id(), x -> new ArrayList<>()).add(o);
      partners.computeIfAbsent(o, x -> new ArrayList<>()).add(p.id());
    }));
  }

  /**
   * Everyone of a non-empty problem placed where they are now ({@code now}) or where the solver puts them; those
   * without a cell are left out.
   */
  static LawfulPlacement of(Housing housing, boolean now) {
    var placed = new LawfulPlacement(housing.housed().get(0).rules(),
        housing.housed().stream().map(Housed::prisoner).toList());
    for (Housed h : housing.housed()) {
      HousingCell c = now ? h.current() : h.getCell();
      if (c != null) {
        placed.place(h.prisoner(), c.facts());
      }
    }
    return placed;
  }

  /** Whether {@code p} may be held in {@code cell} with everyone placed so far. */
  public boolean allows(PrisonerFacts p, CellFacts cell) {
    return hardViolations(p, cell).isEmpty();
  }

  /** The hard rules holding {@code p} in {@code cell} breaks with everyone placed (but {@code p}, if placed). */
  public List<Violation> hardViolations(PrisonerFacts p, CellFacts cell) {
    var others = new ArrayList<PlacementRules.Placed>();
    for (PlacementRules.Placed o : byUnit.getOrDefault(cell.unitId(), List.of())) {
      if (!o.prisoner().id().equals(p.id())) {
        others.add(o);
      }
    }
    for (UUID partner : partners.getOrDefault(p.id(), List.of())) {
      PlacementRules.Placed there = byPrisoner.get(partner);
      if (there != null && !there.cell().unitId().equals(cell.unitId())) {
        others.add(there);
      }
    }
    return rules.check(p, cell, others).stream().filter(Violation::hard).toList();
  }

  /** How many are placed in the cell. */
  public int occupants(CellFacts cell) {
    return occupancy.getOrDefault(cell.id(), 0);
  }

  /** Who is placed in the cell's unit, in the cell. */
  public List<PrisonerFacts> in(CellFacts cell) {
    return byUnit.getOrDefault(cell.unitId(), List.of()).stream().filter(o -> o.cell().id().equals(cell.id()))
        .map(PlacementRules.Placed::prisoner).toList();
  }

  /** Takes someone placed out again. */
  public void remove(PrisonerFacts p) {
    PlacementRules.Placed placed = byPrisoner.remove(p.id());
    if (placed != null) {
      byUnit.get(placed.cell().unitId()).remove(placed);
      occupancy.merge(placed.cell().id(), -1, Integer::sum);
    }
  }

  public void place(PrisonerFacts p, CellFacts cell) {
    var placed = new PlacementRules.Placed(p, cell);
    byUnit.computeIfAbsent(cell.unitId(), u -> new ArrayList<>()).add(placed);
    byPrisoner.put(p.id(), placed);
    occupancy.merge(cell.id(), 1, Integer::sum);
  }
}
