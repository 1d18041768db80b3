package org.bagyt.allocation.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.List;
import org.bagyt.allocation.PlacementCheck;
import org.bagyt.allocation.PlacementRules;
import org.bagyt.allocation.PrisonerFacts;

/**
 * The best cells for one prisoner among everyone else held where they are (pinned): the solver tries each eligible
 * cell with {@code recommendAssignment}, shallow, so that it answers in well under a second for a large facility.
 */
public final class Recommender {

  /** A cell the solver ranks, with the score of the whole facility once the prisoner is in it. */
  public record Ranked(HousingCell cell, HardMediumSoftLongScore score) {}

  private final SolutionManager<Housing, HardMediumSoftLongScore> solutions;

  public Recommender(SolutionManager<Housing, HardMediumSoftLongScore> solutions) {
    this.solutions = solutions;
  }

  /** The best {@code count} cells of the prisoner's facility for {@code prisoner}, best first. */
  public List<Ranked> best(PlacementCheck.Facility facility, PrisonerFacts prisoner, int count) {
    var problem = new HousingProblem(facility.rules()).cells(facility.cells().values());
    for (PlacementRules.Placed p : facility.placed()) {
      if (!p.prisoner().id().equals(prisoner.id())) {
        problem.person(p.prisoner(), facility.facilityId(), p.cell().id(), true);
      }
    }
    return best(problem, problem.person(prisoner, facility.facilityId(), null, false), count);
  }

  /**
   * The same, on a problem already built with the prisoner in it, unplaced. Any cell that breaks no hard rule ranks
   * above every cell that breaks one, so when there are enough of them the solver weighs only those.
   */
  public List<Ranked> best(HousingProblem problem, Housed newcomer, int count) {
    Housing housing = problem.build();
    var everyone = LawfulPlacement.of(housing, false); // the newcomer, unplaced, is left out
    var lawful = newcomer.getEligible().stream().filter(c -> everyone.allows(newcomer.prisoner(), c.facts())).toList();
    if (lawful.size() >= count) {
      newcomer.offerOnly(lawful);
    }
    List<RecommendedAssignment<HousingCell, HardMediumSoftLongScore>> ranked = solutions.recommendAssignment(
        housing, newcomer, Housed::getCell, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
    return ranked.stream().limit(count)
        .map(r -> new Ranked(r.proposition(), r.scoreAnalysisDiff().score())).toList();
  }
}
