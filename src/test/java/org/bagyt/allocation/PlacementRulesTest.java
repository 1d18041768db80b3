package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.allocation.PlacementRule.Code;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.Sex;
import org.junit.jupiter.api.Test;

/**
 * The rules as plain predicates, without Spring or a database, as the solver will call them: pair rules are
 * symmetric, and {@link PlacementRules#check} finds exactly what the single predicates find.
 */
class PlacementRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final UUID FACILITY = UUID.randomUUID();
  static final UUID UNIT = UUID.randomUUID();
  final PlacementRules rules = new PlacementRules(TODAY, new BigDecimal("6"), new BigDecimal("4"));

  static PrisonerFacts man(boolean designated, boolean influence, boolean vulnerable, Set<UUID> groups,
      Map<UUID, KeepApart.Scope> apart) {
    return new PrisonerFacts(UUID.randomUUID(), Sex.MALE, LocalDate.of(1990, 1, 1), LegalStatus.CONVICTED, designated,
        influence, vulnerable, groups, apart, null);
  }

  static CellFacts cell(UUID unit, int beds, AllocationPolicy policy) {
    return new CellFacts(UUID.randomUUID(), "C", unit, Set.of("GENERAL"), FACILITY, HeldSex.MALE, false,
        new PrisonerFacts.Place("BISHKEK", 42.8746, 74.5698), beds, new BigDecimal("20"), true, policy);
  }

  @Test
  void pairRulesAreSymmetricAndAgreeWithTheCheck() {
    UUID network = UUID.randomUUID();
    var influencer = man(true, true, false, Set.of(network), Map.of());
    var vulnerable = man(false, false, true, Set.of(), Map.of());
    var member = man(true, false, false, Set.of(network), Map.of());
    CellFacts shared = cell(UNIT, 4, AllocationPolicy.DEFAULT);
    CellFacts neighbour = cell(UNIT, 4, AllocationPolicy.DEFAULT);
    for (var rule : rules.onPair()) {
      for (var pair : List.of(List.of(influencer, vulnerable), List.of(influencer, member))) {
        for (var cells : List.of(List.of(shared, shared), List.of(shared, neighbour))) {
          assertThat(rule.conflicts(pair.get(0), cells.get(0), pair.get(1), cells.get(1)))
              .as(rule.code().name())
              .isEqualTo(rule.conflicts(pair.get(1), cells.get(1), pair.get(0), cells.get(0)));
        }
      }
    }
    var found = rules.check(vulnerable, shared, List.of(new PlacementRules.Placed(influencer, shared)));
    assertThat(found).extracting(Violation::rule).containsExactly(Code.VULNERABLE_WITH_INFLUENCER);
    // Two of one network in one unit where dispersal applies (hybrid, not a unit for designated prisoners).
    var dispersed = rules.check(member, neighbour, List.of(new PlacementRules.Placed(influencer, shared)));
    assertThat(dispersed).extracting(Violation::rule).containsExactly(Code.DISPERSAL);
  }

  @Test
  void countRulesBreakOnlyAboveTheirLimit() {
    CellFacts two = cell(UNIT, 2, new AllocationPolicy(AllocationPolicy.Model.DISPERSAL, 5, 5));
    var a = man(false, false, false, Set.of(), Map.of());
    var b = man(false, false, false, Set.of(), Map.of());
    var c = man(false, false, false, Set.of(), Map.of());
    assertThat(rules.check(c, two, List.of(new PlacementRules.Placed(a, two)))).isEmpty();
    assertThat(rules.check(c, two, List.of(new PlacementRules.Placed(a, two), new PlacementRules.Placed(b, two))))
        .extracting(Violation::rule).containsExactly(Code.BEDS);
  }

  @Test
  void aKeepApartScopeIncludesTheNarrowerOnes() {
    var b = man(false, false, false, Set.of(), Map.of());
    var a = man(false, false, false, Set.of(), Map.of(b.id(), KeepApart.Scope.UNIT));
    CellFacts one = cell(UNIT, 4, AllocationPolicy.DEFAULT);
    CellFacts sameUnit = cell(UNIT, 4, AllocationPolicy.DEFAULT);
    CellFacts otherUnit = cell(UUID.randomUUID(), 4, AllocationPolicy.DEFAULT);
    var keepApart = rules.onPair().stream().filter(r -> r.code() == Code.KEEP_APART).findFirst().orElseThrow();
    assertThat(keepApart.conflicts(b, one, a, one)).isTrue();
    assertThat(keepApart.conflicts(b, one, a, sameUnit)).isTrue();
    assertThat(keepApart.conflicts(b, one, a, otherUnit)).isFalse();
  }
}
