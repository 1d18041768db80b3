package org.bagyt.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bagyt.accounts.AccountRegistry;
import org.bagyt.accounts.NewAccount;
import org.bagyt.accounts.Role;
import java.time.Clock;
import org.bagyt.estate.CellPlaces;
import org.bagyt.estate.Estate;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.custody.Movements;
import org.bagyt.estate.NewFacility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the demo service into an empty database, deterministically from a seed: the same seed and
 * scale always give the same facilities, cells and accounts.
 */
@Service
public class DemoData {

  /** The documented password of every demo account (README). Demo accounts exist only in demo mode. */
  public static final String DEMO_PASSWORD = "bagyt-demo";

  /** The demo accounts, one per role; facility staff work in colony No. 47, which has a separation unit. */
  public static final Map<String, Role> ACCOUNTS = accounts();

  static final String HOME_FACILITY = "IK-47";

  /** Prisoners at scale 1, about the size of Kyrgyzstan's service; a benchmark at scale 100 has a million. */
  static final int PRISONERS_PER_SCALE = 10_000;

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Estate estate;
  private final AccountRegistry accounts;
  private final PrisonerFiles prisonerFiles;
  private final PrisonerLocations locations;
  private final Movements movements;
  private final Clock clock;
  private final DemoSentences sentences;
  private final DemoAssessments assessments;
  private final DemoSegregation segregation;
  private final DemoClassification classification;
  private final DemoAllocation allocation;
  private final DemoConduct conduct;
  private final DemoNetwork network;
  private final java.time.ZoneId zone;

  DemoData(Estate estate, AccountRegistry accounts, PrisonerFiles prisonerFiles, PrisonerLocations locations,
      Movements movements, Clock clock, DemoSentences sentences, DemoAssessments assessments,
      DemoSegregation segregation, DemoClassification classification, DemoAllocation allocation, DemoConduct conduct,
      DemoNetwork network, org.bagyt.platform.BagytProperties properties) {
    this.allocation = allocation;
    this.conduct = conduct;
    this.network = network;
    this.segregation = segregation;
    this.assessments = assessments;
    this.classification = classification;
    this.zone = properties.zone();
    this.estate = estate;
    this.accounts = accounts;
    this.prisonerFiles = prisonerFiles;
    this.locations = locations;
    this.movements = movements;
    this.clock = clock;
    this.sentences = sentences;
  }

  /** True when nothing has been recorded yet, so demo data may be generated. */
  public boolean databaseIsEmpty() {
    return estate.isEmpty() && !accounts.anyAccountExists();
  }

  @Transactional
  public void generate(long seed, int scale) {
    var random = new Random(seed);
    Map<String, UUID> facilityIds = new HashMap<>();
    for (NewFacility f : DemoEstate.generate(random, scale)) {
      facilityIds.put(f.code(), estate.register(f));
    }
    var names = new DemoNames(random);
    var staff = new ArrayList<NewAccount>();
    ACCOUNTS.forEach((username, role) -> staff.add(new NewAccount(username, names.staffName(), role,
        role.facilityScoped() ? List.of(facilityIds.get(HOME_FACILITY)) : List.of())));
    // A second administrator, so that two-person approval of access changes can be shown.
    staff.add(new NewAccount("admin2", names.staffName(), Role.ADMINISTRATOR, List.of()));
    // A second assessor in colony No. 47 and two in every other facility: an assessment needs a second one to countersign.
    staff.add(new NewAccount("assessor2", names.staffName(), Role.ASSESSOR, List.of(facilityIds.get(HOME_FACILITY))));
    facilityIds.keySet().stream().sorted().filter(code -> !code.equals(HOME_FACILITY)).forEach(code ->
        DemoAssessments.assessorsOf(code).forEach(username ->
            staff.add(new NewAccount(username, names.staffName(), Role.ASSESSOR, List.of(facilityIds.get(code))))));
    facilityIds.keySet().stream().sorted().filter(code -> !code.equals(HOME_FACILITY)).forEach(code ->
        staff.add(new NewAccount("governor-" + code.toLowerCase(java.util.Locale.ROOT), names.staffName(),
            Role.GOVERNOR, List.of(facilityIds.get(code)))));
    accounts.openDemoAccounts(staff, DEMO_PASSWORD);
    var prisoners = DemoPrisoners.generate(random, beds(random), PRISONERS_PER_SCALE * scale, clock.instant());
    prisonerFiles.register(prisoners);
    // History for a quarter of the prisoners (at most 50,000), ending where each one is held now.
    movements.recordPast(DemoMovements.generate(random, locations.inCustody(Math.min(prisoners.size() / 4, 50_000)),
        estate.cellsInUse(), clock.instant()));
    int extremist = sentences.generate(random, clock.instant());
    var lapse = assessments.accredit(random, facilityIds.keySet().stream().sorted().toList(),
        java.time.LocalDate.now(clock.withZone(zone)));
    assessments.generate(random, clock.instant(), zone, lapse);
    segregation.generate(random, clock.instant(), zone);
    classification.generate(random, clock.instant(), zone);
    allocation.generate(random, clock.instant());
    conduct.generate(random, clock.instant(), zone);
    network.generate(random, clock.instant(), zone);
    log.info("Demo data generated (seed {}, scale {}): {} facilities, {} staff accounts, {} prisoners, {} of them "
        + "held for terrorism or extremism", seed, scale, facilityIds.size(), staff.size(), prisoners.size(), extremist);
  }


  /**
   * Every bed outside segregation, shuffled, so prisoners spread over the estate (about 83% full). In a facility
   * holding men and women each cell holds one sex (Mandela Rule 11): about one cell in twelve is for women.
   */
  private List<DemoPrisoners.Bed> beds(Random random) {
    var beds = new ArrayList<DemoPrisoners.Bed>();
    for (CellPlaces c : estate.cellsInUse()) {
      if (c.unitUsedFor().contains("SEPARATION")) {
        continue;
      }
      HeldSex sex = c.sex() != HeldSex.MIXED ? c.sex() : random.nextInt(12) == 0 ? HeldSex.FEMALE : HeldSex.MALE;
      for (int b = 0; b < c.beds(); b++) {
        beds.add(new DemoPrisoners.Bed(c.facilityId(), c.cellId(), c.type(), sex, c.juvenile()));
      }
    }
    java.util.Collections.shuffle(beds, random);
    return beds;
  }

  private static Map<String, Role> accounts() {
    var m = new java.util.LinkedHashMap<String, Role>();
    m.put("admin", Role.ADMINISTRATOR);
    m.put("governor", Role.GOVERNOR);
    m.put("officer", Role.OFFICER);
    m.put("assessor", Role.ASSESSOR);
    m.put("analyst", Role.ANALYST);
    m.put("facilitator", Role.FACILITATOR);
    m.put("hq", Role.HEADQUARTERS);
    m.put("probation", Role.PROBATION);
    m.put("inspector", Role.INSPECTOR);
    return java.util.Collections.unmodifiableMap(m);
  }
}
