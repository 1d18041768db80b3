package org.bagyt.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.internal.UnitViewStore;
import org.bagyt.estate.CellOccupancy;
import org.bagyt.estate.FacilitySummary;

/**
 * One unit as the people who allocate see it: who is held in each cell, designated prisoners marked, crowding
 * against the CPT minimum, the open keep-apart pairs of the unit's prisoners with where the other one is, the groups
 * with members here against the policy's limit, and the allocation policy in force.
 *
 * @param policy      the policy in force in the unit; null for a unit without cells
 * @param dispersal   whether the dispersal limit on designated prisoners applies in this unit
 */
public record UnitView(UnitViewStore.Unit unit, FacilitySummary facility, AllocationPolicy policy, boolean dispersal,
    List<Cell> cells, long designated, List<Pair> pairs, List<Group> groups) {

  /** A person held in the unit, with the groups they are recorded in. */
  public record Person(UUID id, String number, String name, boolean designated, List<String> groups) {}

  /** A cell with its people and the CPT minimum that applies to it. */
  public record Cell(CellOccupancy occupancy, BigDecimal minimumM2, List<Person> people) {}

  /**
   * An open keep-apart pair seen from the unit: the side held here, the other side, the closest level they share now
   * (null when in different facilities or not in a cell) and whether that breaks the pair's scope.
   */
  public record Pair(UnitViewStore.Pair pair, UnitViewStore.Side here, UnitViewStore.Side other,
      KeepApart.Scope shared, boolean breached) {}

  /** A group with members in the unit: how many, and how many the policy allows in one unit. */
  public record Group(String name, String kind, List<String> members, int limit) {

    public boolean over() {
      return members.size() > limit;
    }
  }
}
