package org.bagyt.allocation.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.KeepApart;
import org.bagyt.allocation.PlacementRule;
import org.bagyt.allocation.PlacementRules;

/**
 * The constraint streams, calling the very rule objects of {@link PlacementRules} that the placement check calls: one
 * constraint per rule, named after its code and shape (a cell rule, a pair rule, a count rule), penalised at the hard
 * level by the number of its breaches. The streams only choose which pairs and groups to look at (cellmates, unit
 * neighbours, recorded keep-apart partners); whether a rule is broken is always the rule's own answer.
 */
public class HousingConstraints implements ConstraintProvider {

  /** The rules' shape: the same lists, in the same order, for every day and threshold. */
  private static final PlacementRules SHAPE = new PlacementRules(LocalDate.EPOCH, BigDecimal.ONE, BigDecimal.ONE);

  /** What a move costs against a crowded cell-person and a kilometre from home (soft). */
  public static final long MOVE = 300;
  public static final long CROWDED = 1_000;
  public static final String UNHOUSED = "No cell";
  public static final String CROWDING = "CROWDING";
  public static final String DISTANCE = "DISTANCE_FROM_HOME";
  public static final String MOVED = "Moved";

  /** The constraint name of a rule: its code and shape, e.g. {@code KEEP_APART pair}. */
  public static String name(PlacementRule rule) {
    String shape = rule instanceof PlacementRule.OnCell ? "cell" : rule instanceof PlacementRule.OnPair ? "pair" : "count";
    return rule.code().name() + " " + shape;
  }

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    var constraints = new ArrayList<Constraint>();
    for (int i = 0; i < SHAPE.onCell().size(); i++) {
      constraints.add(onCell(factory, i));
    }
    for (int i = 0; i < SHAPE.onPair().size(); i++) {
      constraints.add(onPair(factory, i));
    }
    for (int i = 0; i < SHAPE.onCount().size(); i++) {
      constraints.add(onCount(factory, i));
    }
    constraints.add(factory.forEachIncludingUnassigned(Housed.class).filter(h -> h.getCell() == null)
        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, h -> 1).asConstraint(UNHOUSED));
    constraints.add(factory.forEach(Housed.class).groupBy(Housed::getCell, count())
        .filter((c, n) -> c.rules().crowded(c.facts(), n))
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (c, n) -> CROWDED * n).asConstraint(CROWDING));
    constraints.add(factory.forEach(Housed.class)
        .filter(h -> !sameRegion(h))
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, h -> Math.round(h.rules().kilometresFromHome(h.prisoner(), h.getCell().facts()).orElse(0))).asConstraint(DISTANCE));
    constraints.add(factory.forEach(Housed.class).filter(Housed::moved)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, h -> MOVE).asConstraint(MOVED));
    return constraints.toArray(Constraint[]::new);
  }

  private static boolean sameRegion(Housed h) {
    var home = h.prisoner().home();
    var place = h.getCell().facts().facilityPlace();
    return home == null || place == null || home.code().equals(place.code());
  }

  private static Constraint onCell(ConstraintFactory factory, int i) {
    return factory.forEach(Housed.class)
        .filter(h -> h.rules().onCell().get(i).breaks(h.prisoner(), h.getCell().facts()))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, h -> 1).asConstraint(name(SHAPE.onCell().get(i)));
  }

  /**
   * A pair rule looks at the pairs that can break it: cellmates for a cell-level rule, designated unit neighbours for
   * dispersal, recorded partners for keep-apart. Which level a rule reaches is the solver's index, not its definition:
   * the agreement test proves the index misses nothing.
   */
  private static Constraint onPair(ConstraintFactory factory, int i) {
    PlacementRule.OnPair shape = SHAPE.onPair().get(i);
    BiConstraintStream<Housed, Housed> pairs = switch (shape.code()) {
      case KEEP_APART -> factory.forEach(Housing.Apart.class)
          .join(Housed.class, Joiners.equal(Housing.Apart::a, Housed::getId))
          .join(Housed.class, Joiners.equal((p, a) -> p.b(), Housed::getId), Joiners.equal((p, a) -> a.facilityId(), Housed::facilityId))
          .map((p, a, b) -> a, (p, a, b) -> b);
      case DISPERSAL -> factory.forEach(Housed.class).filter(h -> h.prisoner().designated())
          .join(factory.forEach(Housed.class).filter(h -> h.prisoner().designated()),
              Joiners.equal(Housed::unitId), Joiners.lessThan(Housed::getId));
      default -> factory.forEachUniquePair(Housed.class, Joiners.equal(Housed::getCell));
    };
    return pairs
        .filter((a, b) -> a.rules().onPair().get(i).conflicts(a.prisoner(), a.getCell().facts(), b.prisoner(), b.getCell().facts()))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> 1).asConstraint(name(shape));
  }

  /**
   * The people counting under one key in one cell or unit; broken by every one over the limit. The limit is read from
   * the cell where each person is grouped (a cell's beds, its unit's policy), so it is part of the group's key and
   * the group keeps a count, not a list of its members.
   */
  private static Constraint onCount(ConstraintFactory factory, int i) {
    PlacementRule.OnCount shape = SHAPE.onCount().get(i);
    return factory.forEach(Housed.class)
        .expand(h -> h.rules().onCount().get(i).keys(h.prisoner(), h.getCell().facts()))
        .flattenLast(keys -> keys)
        .groupBy((h, key) -> slot(i, shape.scope(), h, key), countBi())
        .filter((slot, people) -> people > slot.limit())
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (slot, people) -> people - slot.limit())
        .asConstraint(name(shape));
  }

  private static Slot slot(int i, KeepApart.Scope scope, Housed h, String key) {
    CellFacts cell = h.getCell().facts();
    return new Slot(scope == KeepApart.Scope.CELL ? cell.id() : cell.unitId(), key,
        h.rules().onCount().get(i).limit(key, cell));
  }

  /** A cell or unit, a key counted there, and the limit in force there. */
  record Slot(UUID where, String key, int limit) {}
}
