package org.bagyt.allocation.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import java.util.UUID;

/**
 * Who is housed where, as the solver plans it: every cell in scope, every prisoner, and the open keep-apart pairs
 * among them (so that the keep-apart constraint joins only on those pairs). Hard: the hard placement rules; medium:
 * someone without a cell; soft: crowding, distance from the family's home, and each move.
 */
@PlanningSolution
public class Housing {

  /** Two prisoners with an open keep-apart pair (either direction), for an indexed join. */
  public record Apart(UUID a, UUID b) {}

  @ProblemFactCollectionProperty
  private List<HousingCell> cells;
  @ProblemFactCollectionProperty
  private List<Apart> aparts;
  @PlanningEntityCollectionProperty
  private List<Housed> housed;
  @PlanningScore
  private HardMediumSoftLongScore score;

  Housing() {
    // For the solver's cloning.
  }

  public Housing(List<HousingCell> cells, List<Apart> aparts, List<Housed> housed) {
    this.cells = cells;
    this.aparts = aparts;
    this.housed = housed;
  }

  public List<HousingCell> cells() {
    return cells;
  }

  public List<Apart> aparts() {
    return aparts;
  }

  public List<Housed> housed() {
    return housed;
  }

  public HardMediumSoftLongScore score() {
    return score;
  }
}
