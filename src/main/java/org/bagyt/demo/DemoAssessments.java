package org.bagyt.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bagyt.assessment.AssessmentEntry;
import org.bagyt.assessment.AssessmentEntry.JudgementEntry;
import org.bagyt.assessment.AssessmentEntry.PlanEntry;
import org.bagyt.assessment.AssessmentEntry.PlanKind;
import org.bagyt.assessment.AssessmentEntry.Rating;
import org.bagyt.assessment.AssessmentStatus;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.InstrumentPurpose;
import org.bagyt.assessment.Instruments;
import org.bagyt.assessment.Level;
import org.bagyt.assessment.PastAssessment;
import org.bagyt.assessment.PastAssessments;
import org.bagyt.assessment.ReviewIntervals;
import org.bagyt.assessment.ReviewReason;
import org.bagyt.assessment.Source;
import org.bagyt.staff.Accreditations;
import org.bagyt.staff.NewAccreditation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Assessments for the demo, consistent with each prisoner's offences: everyone held for terrorism or extremism has
 * a history of countersigned risk and needs assessments (terrorism convictions judged higher on average than
 * possession of material, and most people lower over time as work with them goes on), some are overdue for review,
 * a few have none yet; recent admissions have an intake screening done or due. Every facility has two accredited
 * assessors; in colony No. 47 some assessments wait for the demo assessors to countersign.
 */
@Component
class DemoAssessments {

  static final String RISK_NEEDS = "bagyt-risk-needs";
  static final String SCREENING = "bagyt-intake-screening";
  private static final int MOST_WITH_HISTORY = 2_000;

  private static final String[] RATIONALE_RU = {
      "По материалам личного дела и беседе признаков не выявлено.",
      "Отдельные высказывания в беседе и сведения сотрудников; устойчивой картины нет.",
      "Подтверждается материалами дела, записанными наблюдениями и беседой.",
      "Сведений недостаточно: нужна повторная беседа."};
  private static final String[] RATIONALE_KY = {
      "Жеке иштин материалдары жана маек боюнча белгилер табылган жок.",
      "Маекте айрым сөздөр жана кызматкерлердин маалыматтары бар; туруктуу көрүнүш жок.",
      "Иштин материалдары, жазылган байкоолор жана маек менен тастыкталат.",
      "Маалымат жетишсиз: кайра маек өткөрүү керек."};

  /** A level as the free text names it (LOW, MODERATE, HIGH), in the language it is written in. */
  private static final String[] LEVEL_KY = {"төмөн", "орточо", "жогору"};
  private static final String[] LEVEL_RU = {"низкий", "умеренный", "высокий"};

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoAssessments.class);

  private final JdbcTemplate jdbc;
  private final Instruments instruments;
  private final PastAssessments past;
  private final Accreditations accreditations;
  private final ReviewIntervals intervals;

  DemoAssessments(JdbcTemplate jdbc, Instruments instruments, PastAssessments past, Accreditations accreditations,
      ReviewIntervals intervals) {
    this.jdbc = jdbc;
    this.instruments = instruments;
    this.past = past;
    this.accreditations = accreditations;
    this.intervals = intervals;
  }

  private record Held(UUID id, UUID facilityId, String facilityCode, Instant admittedAt, boolean terrorism) {}

  /** The two assessors of each facility: the demo's own two in colony No. 47, {@code assessor-<code>}, {@code assessor2-<code>} elsewhere. */
  static List<String> assessorsOf(String facilityCode) {
    return facilityCode.equals(DemoData.HOME_FACILITY) ? List.of("assessor", "assessor2")
        : List.of("assessor-" + facilityCode.toLowerCase(java.util.Locale.ROOT),
            "assessor2-" + facilityCode.toLowerCase(java.util.Locale.ROOT));
  }

  /** The facility whose assessors let their accreditations lapse, and the first day one of them was out of force. */
  record Lapse(String facilityCode, LocalDate from) {
    /** Whether an assessment in the facility made on {@code day} would have had an assessor out of force. */
    boolean covers(String code, LocalDate day) {
      return code.equals(facilityCode) && !day.isBefore(from);
    }
  }

  /** Two consecutive accreditations each for both instruments; one facility's assessors let theirs lapse. */
  Lapse accredit(Random random, List<String> facilityCodes, LocalDate today) {
    var list = new ArrayList<NewAccreditation>();
    String lapsed = facilityCodes.stream().filter(c -> !c.equals(DemoData.HOME_FACILITY)).sorted().findFirst().orElse("");
    LocalDate lapsedFrom = today;
    for (String code : facilityCodes) {
      for (String assessor : assessorsOf(code)) {
        for (String instrument : List.of(SCREENING, RISK_NEEDS)) {
          LocalDate renewed = today.minusDays(150 + random.nextInt(100));
          LocalDate first = renewed.minusYears(2).minusDays(1);
          list.add(new NewAccreditation(assessor, instrument, first, renewed.minusDays(1), "UNODC"));
          if (!code.equals(lapsed)) {
            list.add(new NewAccreditation(assessor, instrument, renewed, null, "UNODC"));
          } else if (renewed.isBefore(lapsedFrom)) {
            lapsedFrom = renewed;
          }
        }
      }
    }
    accreditations.register(list, "demo");
    return new Lapse(lapsed, lapsedFrom);
  }

  /**
   * The assessments; in the facility whose accreditations lapsed, none is made from the lapse on (they are drawn and
   * left out, so that every other prisoner's history stays as it was), and what falls due there stays due.
   */
  void generate(Random random, Instant now, ZoneId zone, Lapse lapse) {
    long began = System.nanoTime();
    instruments.load(); // the demo is generated while the application starts, before the instruments' own loading
    LocalDate today = now.atZone(zone).toLocalDate();
    Instrument full = instruments.newest(RISK_NEEDS).orElseThrow();
    Instrument screening = instruments.newest(SCREENING).orElseThrow();
    List<Held> extremist = jdbc.query("""
        SELECT p.id, p.facility_id, f.code, p.admitted_at, bool_or(a.category = 'TERRORISM')
        FROM prisoner p JOIN facility f ON f.id = p.facility_id
        JOIN prisoner_offence o ON o.prisoner_id = p.id JOIN offence_article a ON a.id = o.article_id
        WHERE p.released_at IS NULL AND a.category IN ('TERRORISM', 'EXTREMISM')
        GROUP BY p.id, p.facility_id, f.code, p.admitted_at, p.number ORDER BY p.number""",
        (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getBoolean(5)));
    var assessments = new ArrayList<PastAssessment>();
    Map<String, Integer> waiting = new HashMap<>();
    // A benchmark-sized demo keeps the history of the first people only: assessments are not what it measures.
    for (Held h : extremist.subList(0, Math.min(extremist.size(), MOST_WITH_HISTORY))) {
      LocalDate admitted = h.admittedAt().atZone(zone).toLocalDate();
      List<String> assessors = assessorsOf(h.facilityCode());
      if (random.nextInt(100) < 8) {
        // Not yet assessed: recently admitted, or (a backlog) due a few weeks ago.
        LocalDate due = later(admitted.plusDays(30), today.minusDays(10 + random.nextInt(80)));
        past.registerDue(h.id(), InstrumentPurpose.EXTREMISM_RISK_NEEDS, ReviewReason.EXTREMISM_OFFENCE, due);
        continue;
      }
      double propensity = (h.terrorism() ? 0.6 : 0.3) + random.nextGaussian() * 0.15;
      LocalDate on = later(admitted.plusDays(20 + random.nextInt(20)), today.minusDays(700 - random.nextInt(60)));
      // One in six is left late: the last review date passes without a new assessment.
      boolean late = random.nextInt(6) == 0;
      while (!on.isAfter(today.minusDays(3))) {
        int author = random.nextInt(2);
        var content = content(random, full, propensity, h.id().hashCode() % 2 == 0);
        LocalDate countersigned = on.plusDays(1 + random.nextInt(5));
        if (countersigned.isAfter(today)) {
          break;
        }
        if (!lapse.covers(h.facilityCode(), countersigned)) {
          assessments.add(new PastAssessment(h.id(), h.facilityId(), RISK_NEEDS, AssessmentStatus.COUNTERSIGNED,
              assessors.get(author), assessors.get(1 - author), at(on, zone, 10), at(on, zone, 16),
              at(countersigned, zone, 11), content));
        }
        LocalDate next = countersigned.plusMonths(content.reviewMonths(full, intervals));
        on = late && !next.plusDays(40).isBefore(today) ? today : next.minusDays(random.nextInt(20));
        propensity -= 0.03 + random.nextDouble() * 0.05;
      }
      // In colony No. 47 a few reviews are under way for the demo assessors to finish or countersign.
      if (h.facilityCode().equals(DemoData.HOME_FACILITY) && waiting.merge("home", 1, Integer::sum) <= 4) {
        int n = waiting.get("home");
        String author = n == 2 ? "assessor2" : "assessor";
        AssessmentStatus status = n == 4 ? AssessmentStatus.DRAFT : AssessmentStatus.SUBMITTED;
        LocalDate started = today.minusDays(1 + n);
        assessments.add(new PastAssessment(h.id(), h.facilityId(), RISK_NEEDS, status, author, null, at(started, zone, 9),
            status == AssessmentStatus.SUBMITTED ? at(started, zone, 15) : null, null,
            status == AssessmentStatus.DRAFT ? AssessmentEntry.empty()
                : content(random, full, propensity, random.nextBoolean())));
      }
    }
    screenings(random, screening, today, zone, lapse, assessments);
    long drawn = System.nanoTime();
    past.register(assessments);
    log.info("Demo assessments written: {} (drawn in {} ms, written in {} ms)", assessments.size(),
        (drawn - began) / 1_000_000, (System.nanoTime() - drawn) / 1_000_000);
  }

  /** Everyone admitted in the last 60 days: screened within the week, or (for the latest) still due. */
  private void screenings(Random random, Instrument screening, LocalDate today, ZoneId zone, Lapse lapse,
      List<PastAssessment> into) {
    record Recent(UUID id, UUID facilityId, String code, Instant admittedAt, boolean extremist) {}
    List<Recent> recent = jdbc.query("""
        SELECT p.id, p.facility_id, f.code, p.admitted_at,
               EXISTS (SELECT 1 FROM prisoner_offence o JOIN offence_article a ON a.id = o.article_id
                       WHERE o.prisoner_id = p.id AND a.category IN ('TERRORISM', 'EXTREMISM'))
        FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE p.released_at IS NULL AND p.admitted_at > ? ORDER BY p.number""",
        (rs, n) -> new Recent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getBoolean(5)),
        java.sql.Timestamp.from(today.minusDays(60).atStartOfDay(zone).toInstant()));
    for (Recent r : recent) {
      LocalDate admitted = r.admittedAt().atZone(zone).toLocalDate();
      long days = ChronoUnit.DAYS.between(admitted, today);
      if (days < 5 || random.nextInt(10) == 0) {
        past.registerDue(r.id(), InstrumentPurpose.INTAKE_SCREENING, ReviewReason.ADMISSION, admitted.plusDays(7));
        continue;
      }
      List<String> assessors = assessorsOf(r.code());
      LocalDate on = admitted.plusDays(1 + random.nextInt(4));
      double propensity = r.extremist() ? 0.45 : 0.08;
      var content = content(random, screening, propensity, random.nextBoolean());
      if (lapse.covers(r.code(), on.plusDays(1))) {
        past.registerDue(r.id(), InstrumentPurpose.INTAKE_SCREENING, ReviewReason.ADMISSION, admitted.plusDays(7));
        continue;
      }
      into.add(new PastAssessment(r.id(), r.facilityId(), SCREENING, AssessmentStatus.COUNTERSIGNED, assessors.get(0),
          assessors.get(1), at(on, zone, 9), at(on, zone, 12), at(on.plusDays(1), zone, 10), content));
    }
  }

  /** Ratings around the person's propensity (protective items the other way), judgements from them, and a plan for every need. */
  private static AssessmentEntry content(Random random, Instrument instrument, double propensity, boolean kyrgyz) {
    String[] rationales = kyrgyz ? RATIONALE_KY : RATIONALE_RU;
    var ratings = new LinkedHashMap<String, Rating>();
    double riskSum = 0;
    int riskCount = 0;
    for (Instrument.Item item : instrument.items().toList()) {
      var options = instrument.scaleOf(item).options().stream().filter(o -> !o.unknown()).toList();
      double p = item.direction() == Instrument.Direction.PROTECTIVE ? 1 - propensity : propensity;
      int index = (int) Math.round(clamp(p + random.nextGaussian() * 0.2) * (options.size() - 1));
      boolean unknown = random.nextInt(40) == 0;
      String code = unknown ? instrument.scaleOf(item).options().stream().filter(Instrument.Option::unknown)
          .map(Instrument.Option::code).findFirst().orElse(options.get(index).code()) : options.get(index).code();
      String rationale = unknown ? rationales[3] : rationales[Math.min(2, index * 3 / options.size())];
      ratings.put(item.code(), new Rating(code, rationale));
      if (item.direction() == Instrument.Direction.RISK) {
        riskSum += index / (double) (options.size() - 1);
        riskCount++;
      }
    }
    double mean = riskCount == 0 ? propensity : riskSum / riskCount;
    var judgements = new LinkedHashMap<String, JudgementEntry>();
    for (Instrument.Judgement j : instrument.judgements()) {
      Level level = Level.values()[(int) Math.round(clamp(mean + random.nextGaussian() * 0.12) * 2)];
      judgements.put(j.code(), new JudgementEntry(level, (kyrgyz
          ? "Бардык пункттарды жана булактарды эске алуу менен кесиптик корутунду: деңгээли "
          : "Профессиональное суждение с учётом всех пунктов и источников: уровень ")
          + (kyrgyz ? LEVEL_KY : LEVEL_RU)[level.ordinal()] + "."));
    }
    var partial = new AssessmentEntry(ratings, judgements, List.of(Source.FILE_REVIEW, Source.INTERVIEW,
        Source.STAFF_REPORTS), null, List.of());
    var plan = new ArrayList<PlanEntry>();
    if (instrument.plan()) {
      var needs = partial.needs(instrument);
      var thinking = needs.stream().filter(n -> n.startsWith("BA") || n.startsWith("CM")).toList();
      var security = needs.stream().filter(n -> !thinking.contains(n)).toList();
      if (!thinking.isEmpty()) {
        plan.add(new PlanEntry(PlanKind.INTERVENTION, kyrgyz
            ? "Психолог менен жеке иш: зомбулукка мамиле жана топтон чыгуу, айына эки жолу."
            : "Индивидуальная работа с психологом: отношение к насилию и выход из группы, два раза в месяц.", thinking));
      }
      if (!security.isEmpty()) {
        plan.add(new PlanEntry(PlanKind.SECURITY_MEASURE, kyrgyz
            ? "Байланыштарды ай сайын карап чыгуу; таасирге алсыз адамдар менен бир камерага жайгаштырбоо."
            : "Ежемесячный обзор контактов; не размещать в одной камере с лицами, уязвимыми к влиянию.", security));
      }
    }
    return new AssessmentEntry(ratings, judgements, partial.sources(), null, plan);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant at(LocalDate day, ZoneId zone, int hour) {
    return day.atTime(hour, 0).atZone(zone).toInstant();
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
