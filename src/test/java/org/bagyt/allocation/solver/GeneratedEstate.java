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
 * units with a policy (the first unit of each facility tagged for designated prisoners, with room for them), cells of
 * one to several beds (a few out of use), prisoners with keep-apart pairs, groups, designations and judgements.
 * Everyone is first given a lawful cell by every hard rule ({@link #lawfulCell}: the proof that a lawful placement
 * exists), then a share of them is put where a careless placement would (a cell of their facility chosen by the cell
 * rules only, ignoring cellmates, pairs, groups and beds). For the agreement test and the benchmark.
 */
public final class GeneratedEstate {

  public static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final PrisonerFacts.Place[] REGIONS = {
      new PrisonerFacts.Place("BISHKEK", 42.87, 74.59), new PrisonerFacts.Place("OSH", 40.51, 72.81),
      new PrisonerFacts.Place("NARYN", 41.43, 75.99), new PrisonerFacts.Place("TALAS", 42.52, 72.24),
      new PrisonerFacts.Place("BATKEN", 40.06, 70.82), new PrisonerFacts.Place("KARAKOL", 42.49, 78.39)};

  /** Someone held: their facts and the cell they are in. */
  public record Person(PrisonerFacts facts, UUID facilityId, UUID cellId) {}

  static final PlacementRules RULES = new PlacementRules(TODAY, new BigDecimal("6"), new BigDecimal("4"));
  public final PlacementRules rules = RULES;
  public final List<CellFacts> cells = new ArrayList<>();
  public final List<Person> people = new ArrayList<>();
  /** A cell for each prisoner that together break no hard rule; missing for anyone no lawful cell was found for. */
  public final Map<UUID, UUID> lawfulCell = new HashMap<>();
  /** Prisoners now where the careless placement put them. */
  public int carelesslyPlaced;

  /** Everyone placed carelessly, as a badly kept register would have them. */
  public GeneratedEstate(long seed, int facilities, int cellCount, int prisoners, int keepAparts, int designated) {
    this(seed, facilities, cellCount, prisoners, keepAparts, designated, 1.0);
  }

  /**
   * @param keepAparts pairs: within a facility at cell or unit scope, between facilities at facility scope
   * @param careless the share of prisoners put where a careless placement would, the rest in their lawful cell
   */
  public GeneratedEstate(long seed, int facilities, int cellCount, int prisoners, int keepAparts, int designated,
      double careless) {
    var random = new Random(seed);
    // Enough beds for everyone with about a fifth spare (at least cells of one to four beds), so that a lawful
    // placement can exist; the agreement test's small estates stay tight.
    int maxBeds = Math.max(4, 2 * (int) Math.ceil(1.2 * prisoners / cellCount) - 1);
    var facilityIds = new ArrayList<UUID>();
    var facilitySex = new ArrayList<HeldSex>();
    var juvenile = new ArrayList<Boolean>();
    var byFacility = new HashMap<UUID, List<CellFacts>>();
    int perFacility = cellCount / facilities;
    int units = Math.max(1, perFacility / 8);
    // The tagged unit has beds for twice the facility's designated prisoners, so that concentration can hold them.
    int taggedCells = Math.min(perFacility / 2,
        Math.max(perFacility / units, (int) Math.ceil(4.0 * designated / facilities / (maxBeds + 1))));
    for (int f = 0; f < facilities; f++) {
      UUID id = new UUID(seed, f);
      facilityIds.add(id);
      facilitySex.add(f == 1 ? HeldSex.FEMALE : f == 2 ? HeldSex.MIXED : HeldSex.MALE);
      juvenile.add(f == 3);
      var model = AllocationPolicy.Model.values()[random.nextInt(3)];
      var policy = new AllocationPolicy(model, 2 + random.nextInt(2), 3 + random.nextInt(3));
      for (int u = 0; u < units; u++) {
        UUID unit = new UUID(seed + 1, f * 10_000L + u);
        boolean tagged = u == 0 && units > 1;
        Set<String> tags = tagged ? Set.of(CellFacts.EXTREMIST_UNIT) : Set.of("GENERAL");
        int general = units - 1;
        int unitCells = units == 1 ? perFacility : tagged ? taggedCells
            : (perFacility - taggedCells) / general + (u <= (perFacility - taggedCells) % general ? 1 : 0);
        for (int c = 0; c < unitCells; c++) {
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
    for (int i = 0; i < prisoners; i++) {
      ids.add(new UUID(seed + 4, i));
    }
    var apart = new HashMap<UUID, Map<UUID, KeepApart.Scope>>();
    for (int k = 0; k < keepAparts; k++) {
      int a = random.nextInt(prisoners);
      var scope = KeepApart.Scope.values()[random.nextInt(3)];
      // Cell and unit pairs within a facility, so that they matter; facility pairs between two facilities, as a
      // facility pair within one can only be kept by a transfer, which a placement proposal does not make.
      int fa = a % facilities;
      int fb = scope == KeepApart.Scope.FACILITY && facilities > 1 ? (fa + 1 + random.nextInt(facilities - 1)) % facilities : fa;
      int b = fb + facilities * random.nextInt((prisoners - fb + facilities - 1) / facilities);
      UUID first = ids.get(a);
      UUID second = ids.get(b);
      if (!first.equals(second) && !apart.getOrDefault(second, Map.of()).containsKey(first)) {
        apart.computeIfAbsent(first, x -> new HashMap<>()).put(second, scope);
      }
    }
    var facts = new ArrayList<PrisonerFacts>();
    for (int i = 0; i < prisoners; i++) {
      int f = i % facilities;
      HeldSex sex = facilitySex.get(f);
      Sex s = sex == HeldSex.FEMALE ? Sex.FEMALE : sex == HeldSex.MALE ? Sex.MALE : random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      LocalDate born = juvenile.get(f) ? TODAY.minusYears(15 + random.nextInt(3)) : TODAY.minusYears(19 + random.nextInt(40));
      LegalStatus legal = LegalStatus.values()[random.nextInt(3)];
      boolean isDesignated = i < designated;
      // Networks spread evenly over the facilities (at most two members of one network per facility at the
      // benchmark's size), so that a facility's group limit can be kept in its designated unit.
      Set<UUID> groups = isDesignated ? Set.of(networks.get((i / facilities) % networks.size())) : Set.of();
      facts.add(new PrisonerFacts(ids.get(i), s, born, legal, isDesignated, isDesignated && random.nextInt(3) == 0,
          !isDesignated && random.nextInt(20) == 0, groups, apart.getOrDefault(ids.get(i), Map.of()),
          random.nextInt(10) == 0 ? null : REGIONS[random.nextInt(REGIONS.length)]));
    }
    placeLawfully(facts, facilities, facilityIds, byFacility);
    for (int i = 0; i < prisoners; i++) {
      PrisonerFacts p = facts.get(i);
      UUID facility = facilityIds.get(i % facilities);
      UUID cell = lawfulCell.get(p.id());
      if (cell == null || random.nextDouble() < careless) {
        cell = carelessCell(p, byFacility.get(facility), random).id();
        carelesslyPlaced++;
      }
      people.add(new Person(p, facility, cell));
    }
  }

  /**
   * First fit by every hard rule, in order (designated prisoners first, so that the tagged units hold them): each
   * prisoner in the first cell of the facility that breaks no hard rule with those already placed.
   */
  private void placeLawfully(List<PrisonerFacts> facts, int facilities, List<UUID> facilityIds,
      Map<UUID, List<CellFacts>> byFacility) {
    var placement = new LawfulPlacement(rules, facts);
    for (int i = 0; i < facts.size(); i++) {
      PrisonerFacts p = facts.get(i);
      for (CellFacts c : byFacility.get(facilityIds.get(i % facilities))) {
        if (placement.allows(p, c)) {
          placement.place(p, c);
          lawfulCell.put(p.id(), c.id());
          break;
        }
      }
    }
  }

  /** A cell of the facility the cell rules allow, ignoring everyone else; any cell when none does. */
  private CellFacts carelessCell(PrisonerFacts p, List<CellFacts> options, Random random) {
    int start = random.nextInt(options.size());
    for (int t = 0; t < options.size(); t++) {
      CellFacts c = options.get((start + t) % options.size());
      if (rules.onCell().stream().noneMatch(r -> r.breaks(p, c))) {
        return c;
      }
    }
    return options.get(start);
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
