package org.bagyt.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bagyt.allocation.solver.Housed;
import org.bagyt.allocation.solver.Housing;
import org.bagyt.allocation.solver.HousingProblem;
import org.bagyt.allocation.solver.HousingSolvers;
import org.bagyt.allocation.solver.HousingStart;
import org.bagyt.allocation.solver.NeedlessMoves;
import org.bagyt.allocation.solver.ProposalOutcomes;
import org.bagyt.allocation.solver.Recommender;
import org.bagyt.allocation.solver.GeneratedEstate;

/**
 * The placement solver at the size of the service, without a database (the solver sees only facts): a generated
 * estate of 10,000 prisoners, 3,000 cells, 1,000 keep-apart pairs and 400 designated prisoners, for which a lawful
 * placement is known to exist, with a share of the prisoners ({@code -Dbench.careless=0.1}) where a careless
 * placement put them. Reports the time to the first feasible proposal, the score after 30 s and
 * 120 s against a greedy first-fit (Timefold's FIRST_FIT construction, no search) on the same data, the share of
 * prisoners moved, peak heap, and the single-admission recommendation latency (median and p95) on the prisoner's
 * facility, as the service asks it.
 * {@code -Dbench.seconds=120 -Dbench.samples=40}; {@code -Dbench.greedy=false} and {@code -Dbench.samples=0} skip parts.
 */
public final class AllocationBenchmark {

  public static void main(String[] args) {
    int prisoners = Integer.getInteger("bench.prisoners", 10_000);
    int cells = Integer.getInteger("bench.cells", 3_000);
    int pairs = Integer.getInteger("bench.pairs", 1_000);
    int designated = Integer.getInteger("bench.designated", 400);
    int seconds = Integer.getInteger("bench.seconds", 120);
    int samples = Integer.getInteger("bench.samples", 40);
    int facilities = Integer.getInteger("bench.facilities", 6);
    double careless = Double.parseDouble(System.getProperty("bench.careless", "0.1"));
    long g = System.nanoTime();
    var estate = new GeneratedEstate(20261204L, facilities, cells, prisoners, pairs, designated, careless);
    System.out.printf("Estate: %d prisoners, %d cells (%d beds), %d facilities, %d keep-apart pairs, %d designated;"
        + " %d with a lawful cell, %d placed carelessly (generated in %.1f s)%n",
        estate.people.size(), estate.cells.size(), estate.cells.stream().mapToInt(c -> c.beds()).sum(), facilities,
        estate.problem().build().aparts().size(), designated, estate.lawfulCell.size(), estate.carelesslyPlaced,
        (System.nanoTime() - g) / 1e9);

    var factory = HousingSolvers.factory(Duration.ofSeconds(seconds));
    SolutionManager<Housing, HardMediumSoftLongScore> scores = SolutionManager.create(factory);
    Housing lawful = estate.problem().build();
    lawful.housed().forEach(h -> h.setCell(lawful.cells().stream()
        .filter(c -> c.facts().id().equals(estate.lawfulCell.get(h.getId()))).findFirst().orElse(null)));
    System.out.println("A lawful placement (proof one exists): " + scores.update(lawful));
    Housing current = estate.problem().build();
    System.out.println("Current placement:       " + scores.update(current));
    report("current", current);

    // Greedy first fit on the same data: every prisoner unplaced, each put in the first cell that fits best at once.
    Housing empty = estate.problem().build();
    empty.housed().forEach(h -> h.setCell(null));
    var greedyConfig = HousingSolvers.config(Duration.ofSeconds(seconds)).withPhases(new ConstructionHeuristicPhaseConfig()
        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT));
    if (Boolean.parseBoolean(System.getProperty("bench.greedy", "true"))) {
      long g0 = System.nanoTime();
      Housing greedy = SolverFactory.<Housing>create(greedyConfig).buildSolver().solve(empty);
      System.out.printf("Greedy first fit:        %s in %.1f s%n", greedy.score(), (System.nanoTime() - g0) / 1e9);
      report("greedy", greedy);
    }

    // The solver from the current placement, recording the best score over time.
    var events = Collections.synchronizedList(new ArrayList<long[]>());
    var firstFeasible = new AtomicLong(-1);
    var at30 = new AtomicReference<HardMediumSoftLongScore>();
    var best30 = new AtomicReference<Housing>();
    Solver<Housing> solver = factory.buildSolver();
    long s0 = System.nanoTime();
    solver.addEventListener(e -> {
      long ms = (System.nanoTime() - s0) / 1_000_000;
      var score = (HardMediumSoftLongScore) e.getNewBestScore();
      if (firstFeasible.get() < 0 && score.hardScore() == 0 && score.mediumScore() == 0) {
        firstFeasible.set(ms);
      }
      if (ms <= 30_000) {
        at30.set(score);
        best30.set(e.getNewBestSolution());
      }
      events.add(new long[] {ms});
    });
    Housing start = estate.problem().build();
    System.out.println("Prisoners re-placed first (their cell breaks a hard rule): " + HousingStart.repair(start));
    Housing solved = solver.solve(start);
    System.out.printf("Solver: first feasible after %s; best at 30 s %s; best at %d s %s (%d improvements)%n",
        firstFeasible.get() < 0 ? "never" : String.format("%.1f s", firstFeasible.get() / 1e3), at30.get(), seconds,
        solved.score(), events.size());
    if (best30.get() != null) {
      report("solver 30 s", best30.get());
      System.out.println("  needless moves undone at 30 s: " + NeedlessMoves.undo(best30.get()) + ", then " + scores.update(best30.get()));
      report("solver 30 s, needless moves undone", best30.get());
    }
    report("solver " + seconds + " s", solved);
    System.out.println("  needless moves undone: " + NeedlessMoves.undo(solved) + ", then " + scores.update(solved));
    report("solver " + seconds + " s, needless moves undone", solved);

    // One admission: a random prisoner taken out and placed back by recommendation, among everyone else pinned.
    var recommender = new Recommender(scores);
    var random = new Random(7);
    var latencies = new ArrayList<Double>();
    for (int i = 0; i < (samples == 0 ? 0 : samples + 3); i++) {
      var person = estate.people.get(random.nextInt(estate.people.size()));
      // As the service asks it: the prisoner's facility, everyone else there where they are.
      var problem = new HousingProblem(estate.rules)
          .cells(estate.cells.stream().filter(c -> c.facilityId().equals(person.facilityId())).toList());
      estate.people.stream().filter(p -> p != person && p.facilityId().equals(person.facilityId()))
          .forEach(p -> problem.person(p.facts(), p.facilityId(), p.cellId(), true));
      Housed newcomer = problem.person(person.facts(), person.facilityId(), null, false);
      long t0 = System.nanoTime();
      var best = recommender.best(problem, newcomer, 3);
      double ms = (System.nanoTime() - t0) / 1e6;
      if (i >= 3) {
        latencies.add(ms);
      }
      if (best.size() != 3) {
        System.out.println("fewer than three cells recommended: " + best.size());
      }
    }
    Collections.sort(latencies);
    if (!latencies.isEmpty()) System.out.printf("Recommendation (%d samples): median %.0f ms, p95 %.0f ms, max %.0f ms%n", latencies.size(),
        latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1),
        latencies.get(latencies.size() - 1));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("Peak heap (sum of pool peaks): %d MB; max heap %d MB%n", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void report(String name, Housing h) {
    var o = ProposalOutcomes.of(h, "");
    long moved = h.housed().stream().filter(Housed::moved).count();
    long unplaced = h.housed().stream().filter(x -> x.getCell() == null).count();
    System.out.printf("  %s: moved %d (%.1f%%), without a cell %d, in conflict %d, crowded people %d -> %d, km %d -> %d%n",
        name, moved, 100.0 * moved / h.housed().size(), unplaced, o.conflicts().size(), o.crowdedBefore(),
        o.crowdedAfter(), o.kmBefore(), o.kmAfter());
  }

  private AllocationBenchmark() {}
}
