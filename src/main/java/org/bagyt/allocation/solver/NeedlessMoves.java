package org.bagyt.allocation.solver;

import java.util.ArrayList;
import org.bagyt.allocation.PlacementRules;

/**
 * Undoes the moves a proposal does not need. Local search keeps the best placement it met, and the walk that led there
 * leaves behind moves that gained nothing (a person moved and never moved back). A move is undone when the person can
 * go back to the cell they are in now breaking no hard rule and without making that cell crowded: the score only
 * gets better (one move fewer, the same crowding, the same distance, since both cells are in one facility).
 */
public final class NeedlessMoves {

  private NeedlessMoves() {}

  /** Sends back everyone whose move was not needed; answers how many. */
  public static int undo(Housing housing) {
    if (housing.housed().isEmpty()) {
      return 0;
    }
    PlacementRules rules = housing.housed().get(0).rules();
    var placed = LawfulPlacement.of(housing, false);
    int undone = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Housed h : new ArrayList<>(housing.housed())) {
        if (h.isPinned() || !h.moved() || h.getCell() == null) {
          continue;
        }
        var home = h.current().facts();
        if (!rules.crowded(home, placed.occupants(home) + 1) && placed.allows(h.prisoner(), home)) {
          placed.remove(h.prisoner());
          placed.place(h.prisoner(), home);
          h.setCell(h.current());
          undone++;
          changed = true;
        }
      }
    }
    return undone;
  }
}
