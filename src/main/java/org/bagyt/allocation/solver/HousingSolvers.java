package org.bagyt.allocation.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** The solver configuration, in one place for the service, the tests and the benchmark (no Spring starter on Boot 4). */
public final class HousingSolvers {

  private HousingSolvers() {}

  public static SolverConfig config(Duration limit) {
    return new SolverConfig().withSolutionClass(Housing.class).withEntityClasses(Housed.class)
        .withConstraintProviderClass(HousingConstraints.class)
        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
  }

  public static SolverFactory<Housing> factory(Duration limit) {
    return SolverFactory.create(config(limit));
  }
}
