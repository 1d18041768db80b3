package org.bagyt.allocation.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bagyt.allocation.PlacementCheck;
import org.bagyt.allocation.PlacementRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Solves a proposal in the background: everyone starts where they are now; the best score so far is kept in memory
 * for the progress indicator; the final best, less the moves it does not need, is stored as moves and conflicts (for
 * the whole service, as one part per facility). A failure is stored as FAILED, never lost.
 */
@Component
public class ProposalSolver {

  private static final Logger LOG = LoggerFactory.getLogger(ProposalSolver.class);

  private final SolverManager<Housing, UUID> solvers;
  private final SolutionManager<Housing, HardMediumSoftLongScore> solutions;
  private final ProposalStore store;
  private final Clock clock;
  private final int limitSeconds;
  private final Map<UUID, String> bestSoFar = new ConcurrentHashMap<>();

  ProposalSolver(SolverManager<Housing, UUID> solvers, SolutionManager<Housing, HardMediumSoftLongScore> solutions,
      ProposalStore store, Clock clock, @Value("${BAGYT_ALLOCATION_SOLVE_SECONDS:30}") int limitSeconds) {
    this.solvers = solvers;
    this.solutions = solutions;
    this.store = store;
    this.clock = clock;
    this.limitSeconds = Math.max(1, limitSeconds);
  }

  /** Proposals a stop of the service cut off are failed, not left solving (the requester can ask again). */
  @EventListener(ApplicationReadyEvent.class)
  public void failCutOff() {
    int failed = store.failUnfinished(clock.instant());
    if (failed > 0) {
      LOG.warn("{} placement proposal(s) were cut off by a stop of the service and are marked failed", failed);
    }
  }

  public int limitSeconds() {
    return limitSeconds;
  }

  /** The problem for these facilities, everyone where they are now. */
  public static Housing problem(List<PlacementCheck.Facility> facilities) {
    if (facilities.isEmpty()) {
      return new Housing(List.of(), List.of(), List.of());
    }
    var problem = new HousingProblem(facilities.get(0).rules());
    facilities.forEach(f -> problem.cells(f.cells().values()));
    for (PlacementCheck.Facility f : facilities) {
      for (PlacementRules.Placed p : f.placed()) {
        problem.person(p.prisoner(), f.facilityId(), p.cell().id(), false);
      }
    }
    return problem.build();
  }

  /** Starts solving from the repaired current placement ({@link HousingStart}); the proposal row must already be committed. */
  public void start(UUID id, Housing housing, int seconds, boolean wholeService) {
    String before = String.valueOf(solutions.update(housing));
    HousingStart.repair(housing);
    bestSoFar.put(id, before);
    solvers.solveBuilder().withProblemId(id).withProblem(housing)
        .withConfigOverride(new SolverConfigOverride<Housing>().withTerminationSpentLimit(Duration.ofSeconds(seconds)))
        .withBestSolutionConsumer(best -> bestSoFar.put(id, String.valueOf(best.score())))
        .withFinalBestSolutionConsumer(best -> {
          try {
            if (NeedlessMoves.undo(best) > 0) {
              solutions.update(best);
            }
            var outcome = ProposalOutcomes.of(best, before);
            if (wholeService) {
              store.finish(id, clock.instant(), outcome.summary(), parts(best));
            } else {
              store.finish(id, clock.instant(), outcome, List.of());
            }
          } finally {
            bestSoFar.remove(id);
          }
        })
        .withExceptionHandler((problemId, e) -> {
          LOG.error("Placement proposal {} failed", problemId, e);
          bestSoFar.remove(id);
          store.fail(id, clock.instant());
        })
        .run();
  }

  /**
   * Each facility's part of a solved proposal for the whole service, for that facility with moves or conflicts: a
   * proposal moves no one between facilities, so each part is scored, and decided by its governor, on its own.
   */
  private List<ProposalStore.Part> parts(Housing best) {
    // Everyone in a proposal is held in a cell now (see problem()).
    var byFacility = best.housed().stream().collect(Collectors.groupingBy(h -> h.current().facts().facilityId(),
        LinkedHashMap::new, Collectors.toList()));
    var parts = new ArrayList<ProposalStore.Part>();
    byFacility.forEach((facility, housed) -> {
      var cells = best.cells().stream().filter(c -> c.facts().facilityId().equals(facility)).toList();
      var now = housed.stream().map(h -> new Housed(h.prisoner(), h.current(), h.getEligible(), h.rules(), h.isPinned()))
          .toList();
      String before = String.valueOf(solutions.update(new Housing(cells, best.aparts(), now)));
      var after = new Housing(cells, best.aparts(), housed);
      solutions.update(after);
      var outcome = ProposalOutcomes.of(after, before);
      if (!outcome.moves().isEmpty() || !outcome.conflicts().isEmpty()) {
        parts.add(new ProposalStore.Part(facility, outcome));
      }
    });
    return parts;
  }

  /** The best score so far of a proposal being solved, or null when not solving here. */
  public String bestSoFar(UUID id) {
    return bestSoFar.get(id);
  }
}
