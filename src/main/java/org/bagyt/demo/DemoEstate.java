package org.bagyt.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bagyt.estate.FacilityType;
import org.bagyt.estate.HeldSex;
import org.bagyt.estate.NewFacility;
import org.bagyt.estate.Regime;

/**
 * The 31 facilities of a service modelled on Kyrgyzstan's State Penitentiary Service: 7 pre-trial
 * centres, 11 correctional colonies (one for women, one for juveniles, two for tuberculosis, four
 * strengthened and three strict regime) and 13 settlements, in the real regions. Cells have beds and
 * floor area; dormitories are often below the CPT's 4 m² per person, as in the real estate.
 */
final class DemoEstate {

  private record Site(String code, int number, FacilityType type, Regime regime, HeldSex sex, boolean juvenile,
      String specialisation, String region, String town, boolean extremistUnit) {}

  private static final List<Site> SITES = List.of(
      new Site("SIZO-1", 1, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MIXED, false, null, "BISHKEK", "Бишкек", false),
      new Site("SIZO-5", 5, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MIXED, false, null, "OSH_CITY", "Ош", false),
      new Site("SIZO-21", 21, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MALE, false, null, "CHUY", "Сокулук", false),
      new Site("SIZO-25", 25, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MIXED, false, null, "JALAL_ABAD", "Жалал-Абад", false),
      new Site("SIZO-50", 50, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MIXED, false, null, "ISSYK_KUL", "Каракол", false),
      new Site("SIZO-13", 13, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MALE, false, null, "NARYN", "Нарын", false),
      new Site("SIZO-14", 14, FacilityType.PRE_TRIAL, Regime.PRE_TRIAL, HeldSex.MALE, false, null, "TALAS", "Талас", false),
      new Site("IK-1", 1, FacilityType.COLONY, Regime.STRICT, HeldSex.MALE, false, null, "CHUY", "Молдовановка", false),
      new Site("IK-2", 2, FacilityType.COLONY, Regime.GENERAL, HeldSex.FEMALE, false, null, "CHUY", "Степное", false),
      new Site("IK-3", 3, FacilityType.COLONY, Regime.STRENGTHENED, HeldSex.MALE, false, null, "CHUY", "Новопокровка", false),
      new Site("IK-8", 8, FacilityType.COLONY, Regime.STRENGTHENED, HeldSex.MALE, false, null, "BISHKEK", "Бишкек", false),
      new Site("IK-10", 10, FacilityType.COLONY, Regime.STRENGTHENED, HeldSex.MALE, false, null, "OSH", "Кара-Суу", false),
      new Site("IK-14", 14, FacilityType.COLONY, Regime.GENERAL, HeldSex.MALE, true, null, "CHUY", "Военно-Антоновка", false),
      new Site("IK-16", 16, FacilityType.COLONY, Regime.STRICT, HeldSex.MALE, false, null, "CHUY", "Жаңы-Жер", true),
      new Site("IK-19", 19, FacilityType.COLONY, Regime.STRENGTHENED, HeldSex.MALE, false, null, "CHUY", "Кант", false),
      new Site("IK-27", 27, FacilityType.COLONY, Regime.STRENGTHENED, HeldSex.MALE, false, "TUBERCULOSIS", "CHUY", "Чүй", false),
      new Site("IK-31", 31, FacilityType.COLONY, Regime.STRICT, HeldSex.MALE, false, "TUBERCULOSIS", "CHUY", "Бишкек", false),
      new Site("IK-47", 47, FacilityType.COLONY, Regime.STRICT, HeldSex.MALE, false, null, "BISHKEK", "Бишкек", true),
      new Site("KP-1", 1, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "CHUY", "Кемин", false),
      new Site("KP-2", 2, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "CHUY", "Токмок", false),
      new Site("KP-4", 4, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.FEMALE, false, null, "CHUY", "Степное", false),
      new Site("KP-6", 6, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "CHUY", "Кара-Балта", false),
      new Site("KP-7", 7, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "CHUY", "Беловодское", false),
      new Site("KP-9", 9, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "ISSYK_KUL", "Балыкчы", false),
      new Site("KP-11", 11, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "NARYN", "Кочкор", false),
      new Site("KP-12", 12, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "TALAS", "Кара-Буура", false),
      new Site("KP-15", 15, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "JALAL_ABAD", "Таш-Көмүр", false),
      new Site("KP-17", 17, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "JALAL_ABAD", "Базар-Коргон", false),
      new Site("KP-20", 20, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "OSH", "Өзгөн", false),
      new Site("KP-22", 22, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "OSH", "Ноокат", false),
      new Site("KP-23", 23, FacilityType.SETTLEMENT, Regime.SETTLEMENT, HeldSex.MALE, false, null, "BATKEN", "Кызыл-Кыя", false));

  private DemoEstate() {}

  /** The facilities, with {@code scale} times the cells of the real-sized estate (about 14,000 beds at scale 1). */
  static List<NewFacility> generate(Random random, int scale) {
    var facilities = new ArrayList<NewFacility>();
    for (Site s : SITES) {
      facilities.add(new NewFacility(s.code(), kyrgyzName(s), russianName(s), englishName(s), s.type(), s.regime(),
          s.sex(), s.juvenile(), s.specialisation(), s.region(), s.town(), units(s, random, scale)));
    }
    return facilities;
  }

  private static List<NewFacility.Unit> units(Site s, Random random, int scale) {
    var units = new ArrayList<NewFacility.Unit>();
    switch (s.type()) {
      case PRE_TRIAL -> {
        units.add(unit("ADM", "Кабыл алуу / Приёмное", Set.of("ADMISSIONS"), cells("ADM", 4 * scale, 2, 4, 3.0, 5.5, random)));
        for (String block : List.of("A", "B", "C")) {
          units.add(unit(block, "Корпус " + block, Set.of("GENERAL"), cells(block, 12 * scale, 2, 8, 2.6, 5.0, random)));
        }
        // The old block: small cells with many bunks, below even the ICRC's 3.4 m² when full, as inspectors
        // still find in pre-trial centres. Same draws as the other blocks, so the rest of the demo is unchanged.
        units.add(unit("D", "Корпус D", Set.of("GENERAL"), cells("D", 12 * scale, 2, 8, 1.8, 3.2, random)));
        units.add(unit("S", "Бөлүп кармоо / Изолятор", Set.of("SEPARATION"), cells("S", 6 * scale, 1, 1, 6.0, 9.0, random)));
      }
      case COLONY -> {
        int detachments = s.juvenile() || "TUBERCULOSIS".equals(s.specialisation()) ? 4 : 7;
        for (int d = 1; d <= detachments; d++) {
          units.add(unit("O" + d, "Отряд " + d, Set.of("GENERAL"), cells("O" + d, 6 * scale, 12, 30, 2.4, 4.6, random)));
        }
        units.add(unit("SHIZO", "ШИЗО / ПКТ", Set.of("SEPARATION"), cells("SH", 10 * scale, 1, 2, 5.0, 9.0, random)));
        units.add(unit("MED", "Медициналык бөлүм / Медчасть", Set.of("MEDICAL"), cells("M", 4 * scale, 2, 6, 4.0, 6.5, random)));
        if (s.extremistUnit()) {
          units.add(unit("VE", "Атайын бөлүм / Спецучасток", Set.of("VIOLENT_EXTREMIST"), cells("VE", 12 * scale, 1, 4, 4.5, 7.5, random)));
          units.add(unit("VP", "Коргоо бөлүмү / Участок защиты", Set.of("VULNERABLE"), cells("VP", 6 * scale, 2, 6, 3.5, 6.0, random)));
        }
      }
      case SETTLEMENT -> {
        for (int d = 1; d <= 2; d++) {
          units.add(unit("D" + d, "Жатакана " + d + " / Общежитие " + d, Set.of("GENERAL"), cells("D" + d, 3 * scale, 10, 24, 3.0, 5.0, random)));
        }
      }
    }
    return units;
  }

  private static NewFacility.Unit unit(String code, String name, Set<String> usedFor, List<NewFacility.Cell> cells) {
    return new NewFacility.Unit(code, name, usedFor, cells);
  }

  private static List<NewFacility.Cell> cells(String prefix, int count, int minBeds, int maxBeds,
      double minAreaPerBed, double maxAreaPerBed, Random random) {
    var cells = new ArrayList<NewFacility.Cell>();
    for (int i = 1; i <= count; i++) {
      int beds = minBeds + random.nextInt(maxBeds - minBeds + 1);
      double perBed = minAreaPerBed + random.nextDouble() * (maxAreaPerBed - minAreaPerBed);
      var area = BigDecimal.valueOf(beds * perBed).setScale(1, RoundingMode.HALF_UP);
      cells.add(new NewFacility.Cell(prefix + "-" + i, beds, area, random.nextInt(3) > 0, random.nextInt(10) == 0));
    }
    return cells;
  }

  private static String kyrgyzName(Site s) {
    return switch (s.type()) {
      case PRE_TRIAL -> "№" + s.number() + " тергөө абагы";
      case COLONY -> s.juvenile() ? "№" + s.number() + " тарбиялоо колониясы"
          : "№" + s.number() + " түзөтүү колониясы" + (s.sex() == HeldSex.FEMALE ? " (аялдар)" : "");
      case SETTLEMENT -> "№" + s.number() + " колония-конушу" + (s.sex() == HeldSex.FEMALE ? " (аялдар)" : "");
    };
  }

  private static String russianName(Site s) {
    return switch (s.type()) {
      case PRE_TRIAL -> "СИЗО №" + s.number();
      case COLONY -> s.juvenile() ? "Воспитательная колония №" + s.number()
          : "Исправительная колония №" + s.number() + (s.sex() == HeldSex.FEMALE ? " (женская)" : "");
      case SETTLEMENT -> "Колония-поселение №" + s.number() + (s.sex() == HeldSex.FEMALE ? " (женская)" : "");
    };
  }

  private static String englishName(Site s) {
    return switch (s.type()) {
      case PRE_TRIAL -> "Pre-trial centre No. " + s.number();
      case COLONY -> s.juvenile() ? "Juvenile colony No. " + s.number()
          : "Correctional colony No. " + s.number() + (s.sex() == HeldSex.FEMALE ? " (women)" : "");
      case SETTLEMENT -> "Settlement No. " + s.number() + (s.sex() == HeldSex.FEMALE ? " (women)" : "");
    };
  }
}
