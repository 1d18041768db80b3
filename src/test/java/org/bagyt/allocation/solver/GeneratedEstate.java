package org.bagyt.allocation.solver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.bagyt.allocation.AllocationPolicy;
import org.bagyt.allocation.CellFacts;
import org.bagyt.allocation.KeepApart;
import org.bagyt.allocation.PlacementRules;
import org.bagyt.allocation.PrisonerFacts;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.Sex;

/**
 * A made-up estate and population from a seed, without a database: facilities of each sex (one for juveniles),
 * units with a policy, cells of one to four beds (a few out of use), prisoners with keep-apart pairs, groups,
 * designations and judgements, everyone in some cell of their facility (first fit by the cell rules, else anywhere).
 * For the agreement test and the benchmark.
 */
public final class GeneratedEstate {

  public static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final PrisonerFacts.Place[] REGIONS = {
      new PrisonerFacts.Place("BISHKEK", 42.87, 74.59), new PrisonerFacts.Place("OSH", 40.51, 72.81),
      new PrisonerFacts.Place("NARYN", 41.43, 75.99), new PrisonerFacts.Place("TALAS", 42.52, 72.24),
      new PrisonerFacts.Place("BATKEN", 40.06, 70.82), new PrisonerFacts.Place("KARAKOL", 42.49, 78.39)};

  /** Someone held: their facts and the cell they are in. */
  public record Person(PrisonerFacts facts, UUID facilityId, UUID cellId) {}

  public final PlacementRules rules = new PlacementRules(TODAY, new BigDecimal("6"), new BigDecimal("4"));
  public final List<CellFacts> cells = new ArrayList<>();
  public final List<Person> people = new ArrayList<>();

  /**
   * @param keepAparts pairs within a facility; {@code designated} prisoners spread over a few networks
   */
  public GeneratedEstate(long seed, int facilities, int cellCount, int prisoners, int keepAparts, int designated) {
    var random = new Random(seed);
    // Enough beds for everyone with about a fifth spare (at least cells of one to four beds), so that a lawful
    // placement can exist; the agreement test's small estates stay tight.
    int maxBeds = Math.max(4, 2 * (int) Math.ceil(1.2 * prisoners / cellCount) - 1);
    var facilityIds = new ArrayList<UUID>();
    var facilitySex = new ArrayList<HeldSex>();
    var juvenile = new ArrayList<Boolean>();
    var byFacility = new HashMap<UUID, List<CellFacts>>();
    for (int f = 0; f < facilities; f++) {
      UUID id = new UUID(seed, f);
      facilityIds.add(id);
      facilitySex.add(f == 1 ? HeldSex.FEMALE : f == 2 ? HeldSex.MIXED : HeldSex.MALE);
      juvenile.add(f == 3);
      var model = AllocationPolicy.Model.values()[random.nextInt(3)];
      var policy = new AllocationPolicy(model, 1 + random.nextInt(3), 2 + random.nextInt(3));
      int units = Math.max(1, cellCount / facilities / 8);
      for (int u = 0; u < units; u++) {
        UUID unit = new UUID(seed + 1, f * 10_000L + u);
        Set<String> tags = u == 0 && units > 1 ? Set.of(CellFacts.EXTREMIST_UNIT) : Set.of("GENERAL");
        for (int c = 0; c < cellCount / facilities / units; c++) {
          int beds = 1 + random.nextInt(maxBeds);
          var cell = new CellFacts(new UUID(seed + 2, cells.size()), "F" + f + "-U" + u + "-" + c, unit, tags, id,
              facilitySex.get(f), juvenile.get(f), REGIONS[f % REGIONS.length], beds,
              BigDecimal.valueOf(beds * 4L + random.nextInt(6)), random.nextInt(50) != 0, policy);
          cells.add(cell);
          byFacility.computeIfAbsent(id, k -> new ArrayList<>()).add(cell);
        }
      }
    }
    var networks = new ArrayList<UUID>();
    for (int n = 0; n < Math.max(1, designated / 10); n++) {
      networks.add(new UUID(seed + 3, n));
    }
    var ids = new ArrayList<UUID>();
    var facilityOf = new HashMap<UUID, Integer>();
    for (int i = 0; i < prisoners; i++) {
      UUID id = new UUID(seed + 4, i);
      ids.add(id);
      facilityOf.put(id, i % facilities);
    }
    var apart = new HashMap<UUID, Map<UUID, KeepApart.Scope>>();
    for (int k = 0; k < keepAparts; k++) {
      UUID a = ids.get(random.nextInt(prisoners));
      // A partner in the same facility, so that the pair matters.
      UUID b = ids.get(Math.floorMod(ids.indexOf(a) + facilities * (1 + random.nextInt(Math.max(1, prisoners / facilities - 1))), prisoners));
      if (!a.equals(b) && !apart.getOrDefault(b, Map.of()).containsKey(a)) {
        apart.computeIfAbsent(a, x -> new HashMap<>()).put(b, KeepApart.Scope.values()[random.nextInt(3)]);
      }
    }
    var occupancy = new HashMap<UUID, Integer>();
    for (int i = 0; i < prisoners; i++) {
      int f = facilityOf.get(ids.get(i));
      HeldSex sex = facilitySex.get(f);
      Sex s = sex == HeldSex.FEMALE ? Sex.FEMALE : sex == HeldSex.MALE ? Sex.MALE : random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      LocalDate born = juvenile.get(f) ? TODAY.minusYears(15 + random.nextInt(3)) : TODAY.minusYears(19 + random.nextInt(40));
      LegalStatus legal = LegalStatus.values()[random.nextInt(3)];
      boolean isDesignated = i < designated;
      Set<UUID> groups = isDesignated ? Set.of(networks.get(random.nextInt(networks.size()))) : Set.of();
      var facts = new PrisonerFacts(ids.get(i), s, born, legal, isDesignated, isDesignated && random.nextInt(3) == 0,
          !isDesignated && random.nextInt(20) == 0, groups, apart.getOrDefault(ids.get(i), Map.of()),
          random.nextInt(10) == 0 ? null : REGIONS[random.nextInt(REGIONS.length)]);
      List<CellFacts> options = byFacility.get(facilityIds.get(f));
      CellFacts chosen = null;
      int start = random.nextInt(options.size());
      for (int t = 0; t < options.size() && chosen == null; t++) {
        CellFacts c = options.get((start + t) % options.size());
        if (occupancy.getOrDefault(c.id(), 0) < c.beds() && rules.onCell().stream().noneMatch(r -> r.breaks(facts, c))) {
          chosen = c;
        }
      }
      if (chosen == null) {
        chosen = options.get(start);
      }
      occupancy.merge(chosen.id(), 1, Integer::sum);
      people.add(new Person(facts, facilityIds.get(f), chosen.id()));
    }
  }

  /** The solver's problem: everyone where they are now. */
  public HousingProblem problem() {
    return into(new HousingProblem(rules));
  }

  public HousingProblem into(HousingProblem problem) {
    problem.cells(cells);
    people.forEach(p -> problem.person(p.facts(), p.facilityId(), p.cellId(), false));
    return problem;
  }

  /** The ids of everyone, for lookups. */
  public Set<UUID> ids() {
    var set = new HashSet<UUID>();
    people.forEach(p -> set.add(p.facts().id()));
    return set;
  }
}
