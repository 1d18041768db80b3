package org.bagyt.allocation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.allocation.AllocationPolicy;
import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.PrisonerFacts;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.Sex;
import org.junit.jupiter.api.Test;

/**
 * Where a proposal starts: lawful and with everyone housed when a lawful placement exists, moving only people it must.
 */
class HousingStartTest {

  @Test
  void onAnEstateWithALawfulPlacementTheStartHousesEveryoneAndBreaksNoHardRule() {
    int proven = 0;
    for (long seed = 1; seed <= 8; seed++) {
      var estate = new GeneratedEstate(seed, 3, 150, 400, 40, 24, 0.3);
      if (estate.lawfulCell.size() < 400) {
        continue; // the generator's first fit found no lawful placement for everyone: no proof that one exists
      }
      proven++;
      Housing housing = estate.problem().build();
      int conflicted = conflicted(housing);
      assertThat(conflicted).as("the careless placement breaks rules").isPositive();

      int leaving = HousingStart.repair(housing);

      assertThat(SolverAgreementTest.checkedCodes(housing)).as("hard rules broken after the start, seed %d", seed).isEmpty();
      assertThat(housing.housed()).allMatch(h -> h.getCell() != null);
      assertThat(leaving).isLessThanOrEqualTo(conflicted);
      long moved = housing.housed().stream().filter(Housed::moved).count();
      assertThat(moved).as("moved, against %d in conflict", conflicted).isLessThan(2L * conflicted);
    }
    assertThat(proven).as("estates with a known lawful placement").isGreaterThanOrEqualTo(4);
  }

  @Test
  void someoneWithNoLawfulCellGetsOneWhenAnOccupantCanStepAside() {
    // Concentration: the designated prisoner may only be held in the tagged unit, whose one bed is taken by someone
    // who could as well be held in the general unit, where the designated prisoner is now (breaking the policy).
    UUID facility = UUID.randomUUID();
    var policy = new AllocationPolicy(AllocationPolicy.Model.CONCENTRATION, 2, 2);
    CellFacts tagged = cell(facility, Set.of(CellFacts.EXTREMIST_UNIT), "VE-1", policy);
    CellFacts general = cell(facility, Set.of("GENERAL"), "G-1", policy);
    PrisonerFacts designated = person(true);
    PrisonerFacts other = person(false);
    var problem = new HousingProblem(GeneratedEstate.RULES).cells(List.of(tagged, general));
    Housed d = problem.person(designated, facility, general.id(), false);
    Housed o = problem.person(other, facility, tagged.id(), false);

    HousingStart.repair(problem.build());

    assertThat(d.getCell().facts()).isEqualTo(tagged);
    assertThat(o.getCell().facts()).isEqualTo(general);
  }

  private static CellFacts cell(UUID facility, Set<String> tags, String code, AllocationPolicy policy) {
    return new CellFacts(UUID.randomUUID(), code, UUID.randomUUID(), tags, facility, HeldSex.MALE, false, null, 1,
        new BigDecimal("9"), true, policy);
  }

  private static PrisonerFacts person(boolean designated) {
    return new PrisonerFacts(UUID.randomUUID(), Sex.MALE, GeneratedEstate.TODAY.minusYears(30), LegalStatus.CONVICTED,
        designated, false, false, Set.of(), Map.of(), null);
  }

  /** People whose current cell breaks a hard rule, everyone else where they are. */
  private static int conflicted(Housing housing) {
    var all = new LawfulPlacement(housing.housed().get(0).rules(), housing.housed().stream().map(Housed::prisoner).toList());
    housing.housed().forEach(h -> all.place(h.prisoner(), h.getCell().facts()));
    return (int) housing.housed().stream().filter(h -> !all.hardViolations(h.prisoner(), h.getCell().facts()).isEmpty()).count();
  }
}
