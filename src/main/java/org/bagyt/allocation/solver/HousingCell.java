package org.bagyt.allocation.solver;

import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.PlacementRules;

/**
 * A cell as the solver's planning value: the check's {@link CellFacts} behind an identity, so that the solver's joins
 * hash a reference rather than the whole record, and the rules in force (for the crowding cost).
 */
public final class HousingCell {

  private final CellFacts facts;
  private final PlacementRules rules;

  public HousingCell(CellFacts facts, PlacementRules rules) {
    this.facts = facts;
    this.rules = rules;
  }

  public CellFacts facts() {
    return facts;
  }

  public PlacementRules rules() {
    return rules;
  }

  @Override
  public String toString() {
    return facts.code();
  }
}
