package org.bagyt.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Stream;
import org.bagyt.allocation.PlacementRule.Code;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.SeparationRules;

/**
 * Every placement rule, defined once, on a given day (Rule 11 needs today's date to tell a child) and with the
 * living-space minimums in force. {@link #check} answers every violation of one placement among the people already
 * held; the solver calls {@link #onCell()}, {@link #onPair()} and {@link #onCount()} from its constraint streams and
 * {@link #crowded}/{@link #kilometresFromHome} for its soft costs, so the two cannot disagree.
 */
public final class PlacementRules {

  /** Someone already held (or, for the solver, planned) in a cell. */
  public record Placed(PrisonerFacts prisoner, CellFacts cell) {}

  private final LocalDate today;
  private final BigDecimal singleCellM2;
  private final BigDecimal sharedCellM2;
  private final List<PlacementRule.OnCell> onCell;
  private final List<PlacementRule.OnPair> onPair;
  private final List<PlacementRule.OnCount> onCount;

  /** {@code singleCellM2}/{@code sharedCellM2}: the CPT minimums (estate's {@code OccupancyThresholds}). */
  public PlacementRules(LocalDate today, BigDecimal singleCellM2, BigDecimal sharedCellM2) {
    this.today = Objects.requireNonNull(today);
    this.singleCellM2 = singleCellM2;
    this.sharedCellM2 = sharedCellM2;
    this.onCell = List.of(cellInUse(), separationFromFacility(), concentration());
    this.onPair = List.of(separationInCell(), keepApart(), vulnerableWithInfluencer(), networkDispersal());
    this.onCount = List.of(beds(), groupLimit(), designatedPerUnit());
  }

  public List<PlacementRule.OnCell> onCell() {
    return onCell;
  }

  public List<PlacementRule.OnPair> onPair() {
    return onPair;
  }

  public List<PlacementRule.OnCount> onCount() {
    return onCount;
  }

  public List<PlacementRule> all() {
    return Stream.of(onCell, onPair, onCount).<PlacementRule>flatMap(List::stream).toList();
  }

  /**
   * Every violation of holding {@code p} in {@code cell} while {@code others} (not {@code p}) stay where they are:
   * hard ones first, then crowding and distance from home.
   */
  public List<Violation> check(PrisonerFacts p, CellFacts cell, Collection<Placed> others) {
    var found = new ArrayList<Violation>();
    onCell.forEach(rule -> rule.check(p, cell).ifPresent(found::add));
    for (PlacementRule.OnPair rule : onPair) {
      others.forEach(o -> rule.check(p, cell, o.prisoner(), o.cell()).ifPresent(found::add));
    }
    for (PlacementRule.OnCount rule : onCount) {
      for (String key : rule.keys(p, cell)) {
        List<UUID> sharing = others.stream()
            .filter(o -> together(rule.scope(), cell, o.cell()) && rule.keys(o.prisoner(), o.cell()).contains(key))
            .map(o -> o.prisoner().id()).toList();
        int limit = rule.limit(key, cell);
        if (sharing.size() + 1 > limit) {
          found.add(rule.violation(key, sharing.size() + 1, limit, sharing));
        }
      }
    }
    int people = (int) others.stream().filter(o -> o.cell().id().equals(cell.id())).count() + 1;
    if (crowded(cell, people)) {
      found.add(new Violation(Code.CROWDING, "placement.rule.crowding",
          List.of(m2PerPerson(cell, people), minimumM2(cell)), List.of()));
    }
    OptionalDouble km = kilometresFromHome(p, cell);
    if (km.isPresent() && !p.home().code().equals(cell.facilityPlace().code())) {
      found.add(new Violation(Code.DISTANCE_FROM_HOME, "placement.rule.distance-from-home",
          List.of(Math.round(km.getAsDouble())), List.of()));
    }
    return found;
  }

  /** Floor area per person with {@code people} in the cell, to one decimal. */
  public BigDecimal m2PerPerson(CellFacts c, int people) {
    return c.floorAreaM2().divide(BigDecimal.valueOf(Math.max(people, 1)), 1, RoundingMode.HALF_DOWN);
  }

  /** The CPT minimum for this cell: the single-cell one for a cell with one bed. */
  public BigDecimal minimumM2(CellFacts c) {
    return c.beds() == 1 ? singleCellM2 : sharedCellM2;
  }

  /** Soft: less floor area per person than the CPT minimum with {@code people} in the cell. */
  public boolean crowded(CellFacts c, int people) {
    return c.floorAreaM2().compareTo(minimumM2(c).multiply(BigDecimal.valueOf(people))) < 0;
  }

  /** Kilometres from the family's home region to the cell's facility; empty when the home region is not recorded. */
  public OptionalDouble kilometresFromHome(PrisonerFacts p, CellFacts c) {
    return p.home() == null || c.facilityPlace() == null ? OptionalDouble.empty()
        : OptionalDouble.of(p.home().kilometresTo(c.facilityPlace()));
  }

  private static boolean together(KeepApart.Scope scope, CellFacts a, CellFacts b) {
    KeepApart.Scope shared = a.shared(b);
    return shared != null && scope.includes(shared);
  }

  private static Violation violation(Code code, String detail, List<UUID> others) {
    return new Violation(code, "placement.rule." + detail, List.of(), others);
  }

  private boolean child(PrisonerFacts p) {
    return p.dateOfBirth().plusYears(18).isAfter(today);
  }

  // Cell rules.

  private static PlacementRule.OnCell cellInUse() {
    return onCell(Code.CELL_OUT_OF_USE, (p, c) -> c.inUse() ? Optional.empty()
        : Optional.of(violation(Code.CELL_OUT_OF_USE, "cell-out-of-use", List.of())));
  }

  /** Mandela Rule 11 against the facility (its sex, juvenile or adult), through the one definition. */
  private PlacementRule.OnCell separationFromFacility() {
    return onCell(Code.SEPARATION, (p, c) -> SeparationRules.breach(p.person(), c.facility(), List.of(), today)
        .map(rule -> violation(Code.SEPARATION, "separation-" + rule.name().toLowerCase(Locale.ROOT), List.of())));
  }

  private static PlacementRule.OnCell concentration() {
    return onCell(Code.CONCENTRATION, (p, c) -> p.designated()
        && c.policy().model() == AllocationPolicy.Model.CONCENTRATION && !c.extremistUnit()
        ? Optional.of(violation(Code.CONCENTRATION, "concentration", List.of())) : Optional.empty());
  }

  // Pair rules.

  /**
   * Mandela Rule 11 between cellmates, through the one definition: against a facility holding both sexes and
   * matching the person's age, only the cellmate can break it.
   */
  private PlacementRule.OnPair separationInCell() {
    return onPair(Code.SEPARATION, (a, ac, b, bc) -> {
      if (ac.shared(bc) != KeepApart.Scope.CELL) {
        return Optional.empty();
      }
      var anyFacility = new SeparationRules.Facility(HeldSex.MIXED, child(a));
      return SeparationRules.breach(a.person(), anyFacility, List.of(b.person()), today).map(rule ->
          violation(Code.SEPARATION, "separation-" + rule.name().toLowerCase(Locale.ROOT), List.of(b.id())));
    });
  }

  private static PlacementRule.OnPair keepApart() {
    return onPair(Code.KEEP_APART, (a, ac, b, bc) -> {
      KeepApart.Scope scope = a.keptApartFrom().get(b.id());
      if (scope == null) {
        scope = b.keptApartFrom().get(a.id());
      }
      return scope != null && together(scope, ac, bc)
          ? Optional.of(violation(Code.KEEP_APART, "keep-apart-" + scope.name().toLowerCase(Locale.ROOT), List.of(b.id())))
          : Optional.empty();
    });
  }

  private static PlacementRule.OnPair vulnerableWithInfluencer() {
    return onPair(Code.VULNERABLE_WITH_INFLUENCER, (a, ac, b, bc) -> ac.shared(bc) == KeepApart.Scope.CELL
        && ((a.vulnerable() && b.highInfluence()) || (b.vulnerable() && a.highInfluence()))
        ? Optional.of(violation(Code.VULNERABLE_WITH_INFLUENCER,
            a.vulnerable() && b.highInfluence() ? "vulnerable-with-influencer" : "influencer-with-vulnerable",
            List.of(b.id())))
        : Optional.empty());
  }

  /** Dispersal: never two designated prisoners of one network in a unit where dispersal applies. */
  private static PlacementRule.OnPair networkDispersal() {
    return onPair(Code.DISPERSAL, (a, ac, b, bc) -> a.designated() && b.designated() && together(KeepApart.Scope.UNIT, ac, bc)
        && ac.policy().disperses(ac) && a.groups().stream().anyMatch(b.groups()::contains)
        ? Optional.of(violation(Code.DISPERSAL, "dispersal-network", List.of(b.id())))
        : Optional.empty());
  }

  // Count rules.

  private static PlacementRule.OnCount beds() {
    return onCount(Code.BEDS, KeepApart.Scope.CELL, (p, c) -> List.of("bed"), (key, c) -> c.beds(), "beds");
  }

  private static PlacementRule.OnCount groupLimit() {
    return onCount(Code.GROUP_LIMIT, KeepApart.Scope.UNIT, (p, c) -> p.groups().stream().map(UUID::toString).toList(),
        (key, c) -> c.policy().maxGroupMembersPerUnit(), "group-limit");
  }

  private static PlacementRule.OnCount designatedPerUnit() {
    return onCount(Code.DISPERSAL, KeepApart.Scope.UNIT,
        (p, c) -> p.designated() && c.policy().disperses(c) ? List.of("designated") : List.of(),
        (key, c) -> c.policy().maxDesignatedPerUnit(), "dispersal-count");
  }

  // The rule objects themselves: small records, so that each shows its code when printed.

  private interface CellTest {
    Optional<Violation> test(PrisonerFacts p, CellFacts c);
  }

  private interface PairTest {
    Optional<Violation> test(PrisonerFacts a, CellFacts ac, PrisonerFacts b, CellFacts bc);
  }

  private interface Keys {
    Collection<String> of(PrisonerFacts p, CellFacts c);
  }

  private interface Limit {
    int of(String key, CellFacts c);
  }

  private record CellRule(Code code, CellTest test) implements PlacementRule.OnCell {
    @Override
    public Optional<Violation> check(PrisonerFacts p, CellFacts c) {
      return test.test(p, c);
    }
  }

  private record PairRule(Code code, PairTest test) implements PlacementRule.OnPair {
    @Override
    public Optional<Violation> check(PrisonerFacts a, CellFacts ac, PrisonerFacts b, CellFacts bc) {
      return a.id().equals(b.id()) ? Optional.empty() : test.test(a, ac, b, bc);
    }
  }

  private record CountRule(Code code, KeepApart.Scope scope, Keys keys, Limit limit, String detail)
      implements PlacementRule.OnCount {
    @Override
    public Collection<String> keys(PrisonerFacts p, CellFacts c) {
      return keys.of(p, c);
    }

    @Override
    public int limit(String key, CellFacts c) {
      return limit.of(key, c);
    }

    @Override
    public Violation violation(String key, int count, int limit, List<UUID> others) {
      return new Violation(code, "placement.rule." + detail, List.of(), others);
    }
  }

  private static PlacementRule.OnCell onCell(Code code, CellTest test) {
    return new CellRule(code, test);
  }

  private static PlacementRule.OnPair onPair(Code code, PairTest test) {
    return new PairRule(code, test);
  }

  private static PlacementRule.OnCount onCount(Code code, KeepApart.Scope scope, Keys keys, Limit limit, String detail) {
    return new CountRule(code, scope, keys, limit, detail);
  }
}
