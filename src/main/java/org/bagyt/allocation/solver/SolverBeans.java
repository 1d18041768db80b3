package org.bagyt.allocation.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timefold as plain beans (its Spring starter targets Boot 3.5): one factory with the batch time limit
 * ({@code BAGYT_ALLOCATION_SOLVE_SECONDS}, 30 by default), a manager that solves proposals in the background, and the
 * solution manager for recommendations and score analysis.
 */
@Configuration(proxyBeanMethods = false)
class SolverBeans {

  @Bean
  SolverFactory<Housing> housingSolverFactory(@Value("${BAGYT_ALLOCATION_SOLVE_SECONDS:30}") long seconds) {
    return HousingSolvers.factory(Duration.ofSeconds(Math.max(1, seconds)));
  }

  @Bean(destroyMethod = "close")
  SolverManager<Housing, java.util.UUID> housingSolverManager(SolverFactory<Housing> factory) {
    return SolverManager.create(factory);
  }

  @Bean
  SolutionManager<Housing, HardMediumSoftLongScore> housingSolutions(SolverFactory<Housing> factory) {
    return SolutionManager.create(factory);
  }

  @Bean
  Recommender recommender(SolutionManager<Housing, HardMediumSoftLongScore> solutions) {
    return new Recommender(solutions);
  }
}
