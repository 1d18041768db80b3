package org.bagyt.allocation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.bagyt.allocation.PlacementRules;
import org.bagyt.allocation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The check and the solver must not disagree: on random small estates and populations, for random assignments and
 * for solved ones, the rules the check finds broken (for anyone, everyone else where they are) are exactly the rules
 * whose constraints the solver matches, and the hard score is zero exactly when the check finds nothing hard.
 */
class SolverAgreementTest {

  final SolverFactory<Housing> factory = HousingSolvers.factory(Duration.ofMillis(300));
  final SolutionManager<Housing, HardMediumSoftLongScore> manager = SolutionManager.create(factory);

  @Test
  void checkAndSolverAgreeOnRandomAssignments() {
    int disagreeing = 0;
    int broken = 0;
    for (long seed = 1; seed <= 40; seed++) {
      var estate = new GeneratedEstate(seed, 4, 40 + (int) seed, 60 + 2 * (int) seed, 25, 12);
      Housing housing = estate.into(new HousingProblem(estate.rules).everyCell()).build();
      var random = new Random(seed);
      for (Housed h : housing.housed()) {
        // Anywhere in the facility, in use or not, or sometimes nowhere.
        var facilityCells = housing.cells().stream()
            .filter(c -> c.facts().facilityId().equals(h.current().facts().facilityId())).toList();
        h.setCell(random.nextInt(30) == 0 ? null : facilityCells.get(random.nextInt(facilityCells.size())));
      }
      var checked = checkedCodes(housing);
      var solved = solverCodes(housing);
      assertThat(solved).as("seed %d", seed).isEqualTo(checked);
      broken += checked.isEmpty() ? 0 : 1;
      disagreeing += solved.equals(checked) ? 0 : 1;
    }
    assertThat(broken).as("random assignments that break some rule").isGreaterThan(30);
    assertThat(disagreeing).isZero();
  }

  @Test
  void checkAndSolverAgreeOnSolvedAssignments() {
    for (long seed = 100; seed < 106; seed++) {
      var estate = new GeneratedEstate(seed, 4, 60, 120, 30, 16);
      Housing solved = factory.buildSolver().solve(estate.problem().build());
      assertThat(solverCodes(solved)).as("seed %d", seed).isEqualTo(checkedCodes(solved));
      boolean checkFindsHard = !checkedCodes(solved).isEmpty();
      assertThat(solved.score().hardScore() < 0).isEqualTo(checkFindsHard);
    }
  }

  /** The hard rules the check finds broken for anyone housed, everyone else where the assignment puts them. */
  static Set<String> checkedCodes(Housing housing) {
    var codes = new TreeSet<String>();
    var placed = new ArrayList<PlacementRules.Placed>();
    housing.housed().stream().filter(h -> h.getCell() != null)
        .forEach(h -> placed.add(new PlacementRules.Placed(h.prisoner(), h.getCell().facts())));
    for (Housed h : housing.housed()) {
      if (h.getCell() == null) {
        continue;
      }
      List<PlacementRules.Placed> others = placed.stream().filter(o -> !o.prisoner().id().equals(h.getId())).toList();
      h.rules().check(h.prisoner(), h.getCell().facts(), others).stream().filter(Violation::hard)
          .forEach(v -> codes.add(v.rule().name()));
    }
    return codes;
  }

  /** The rule codes whose hard constraints the solver matches. */
  Set<String> solverCodes(Housing housing) {
    var analysis = manager.analyze(housing);
    var codes = new TreeSet<String>();
    analysis.constraintAnalyses().stream()
        .filter(c -> c.matchCount() > 0 && c.score().hardScore() < 0)
        .forEach(c -> codes.add(c.constraintName().substring(0, c.constraintName().indexOf(' '))));
    return codes;
  }
}
