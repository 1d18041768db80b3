package org.bagyt.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bagyt.allocation.ClassificationAppeal;
import org.bagyt.allocation.ClassificationDecision;
import org.bagyt.allocation.ClassificationDecision.Direction;
import org.bagyt.allocation.ClassificationDecision.Kind;
import org.bagyt.allocation.ClassificationLevel;
import org.bagyt.allocation.Classifications;
import org.bagyt.allocation.Dimension;
import org.bagyt.allocation.KeepApart;
import org.bagyt.allocation.KeepAparts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Classification for the demo, consistent with each violent extremist prisoner's current risk and needs assessment:
 * the security category and regime are the least restrictive the judged risk allows (so most are low or medium; no
 * maximum follows from the offence), a few are one level higher with a governor's reasons; those judged moderate or
 * high on violence or influence are designated, with a basis and a review within the year; a few have appealed.
 * About one keep-apart pair per ten such prisoners, in one facility, for violent-extremism reasons.
 */
@Component
class DemoClassification {

  private static final String[] SECURITY = {"LOW", "MEDIUM", "HIGH"};
  private static final String[] REGIME = {"GENERAL", "GENERAL", "STRENGTHENED"};

  private final JdbcTemplate jdbc;
  private final Classifications classifications;
  private final KeepAparts keepAparts;

  DemoClassification(JdbcTemplate jdbc, Classifications classifications, KeepAparts keepAparts) {
    this.jdbc = jdbc;
    this.classifications = classifications;
    this.keepAparts = keepAparts;
  }

  private record Assessed(UUID id, UUID facilityId, String facilityCode, UUID assessmentId, Instant countersignedAt,
      int judged) {}

  void generate(Random random, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    List<Assessed> assessed = jdbc.query("""
        SELECT p.id, p.facility_id, f.code, a.id, a.countersigned_at,
               max(CASE j.level WHEN 'LOW' THEN 0 WHEN 'MODERATE' THEN 1 WHEN 'HIGH' THEN 2 END)
                 FILTER (WHERE j.judgement_code <> 'vulnerability')
        FROM prisoner p JOIN facility f ON f.id = p.facility_id
        JOIN assessment a ON a.prisoner_id = p.id AND a.status = 'COUNTERSIGNED' AND a.purpose = 'EXTREMISM_RISK_NEEDS'
        JOIN assessment_judgement j ON j.assessment_id = a.id
        WHERE p.released_at IS NULL AND EXISTS (SELECT 1 FROM prisoner_offence o JOIN offence_article r ON r.id = o.article_id
          WHERE o.prisoner_id = p.id AND r.category IN ('TERRORISM', 'EXTREMISM'))
        GROUP BY p.id, p.facility_id, f.code, a.id, a.countersigned_at, p.number ORDER BY p.number""",
        (rs, n) -> new Assessed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(), rs.getInt(6)));
    var decisions = new ArrayList<ClassificationDecision>();
    var appealed = new ArrayList<Assessed>();
    for (Assessed a : assessed) {
      String governor = governorOf(a.facilityCode());
      Instant at = later(a.countersignedAt().plus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS));
      boolean kyrgyz = a.id().hashCode() % 2 == 0;
      int security = a.judged();
      String why = kyrgyz ? "Баалоого шайкеш келген эң жумшак деңгээл; жүрүм-туруму боюнча кошумча чара талап кылынбайт."
          : "Наименее строгий уровень, совместимый с оценкой; поведение не требует дополнительных мер.";
      if (security < 2 && random.nextInt(20) == 0) {
        security++;
        why = kyrgyz ? "Бир деңгээл жогору: акыркы айда башкаларга кысым көрсөткөнү тууралуу кызматкерлердин жазылган билдирүүлөрү."
            : "На уровень выше: записанные сообщения сотрудников о давлении на других за последний месяц.";
      }
      decisions.add(decision(a, Dimension.SECURITY, SECURITY[security], why, null, null, null, governor, at));
      decisions.add(decision(a, Dimension.REGIME, REGIME[a.judged()], kyrgyz
          ? "Режим соттун өкүмүнө жана баалоого ылайык; катуураак режимге негиз жок."
          : "Режим соответствует приговору и оценке; оснований для более строгого режима нет.", null, null, null,
          governor, at));
      boolean designated = a.judged() >= 1 && (a.judged() == 2 || random.nextInt(3) > 0);
      LocalDate starts = at.atZone(zone).toLocalDate();
      LocalDate review = starts.plusMonths(a.judged() == 2 ? 6 : 12);
      if (!review.isAfter(today)) {
        review = today.plusDays(7 + random.nextInt(60));
      }
      decisions.add(designated
          ? decision(a, Dimension.DESIGNATION, ClassificationLevel.DESIGNATED, kyrgyz
              ? "Баалоодо зомбулук же башкаларды тартуу тобокелдиги орточо же жогору деп бааланган."
              : "Оценка определила риск насилия или вербовки других как умеренный или высокий.",
              kyrgyz ? "Тастыкталган баалоо: зомбулукка даярдык жана топко берилгендик, иштин материалдары менен бекемделген."
                  : "Подтверждённая оценка: готовность к насилию и приверженность группе, подкреплённые материалами дела.",
              starts, review, governor, at)
          : decision(a, Dimension.DESIGNATION, ClassificationLevel.NOT_DESIGNATED, kyrgyz
              ? "Зомбулук менен байланыш табылган жок; берененин өзү белгилөөгө негиз эмес."
              : "Связи с насилием не выявлено; статья сама по себе не основание для отнесения.", null, null, null,
              governor, at));
      if (designated && random.nextInt(15) == 0) {
        appealed.add(a);
      }
    }
    classifications.registerPast(decisions);
    appeals(random, appealed, today, now);
    keepAparts.registerPast(pairs(random, assessed, today, now));
  }

  private ClassificationDecision decision(Assessed a, Dimension dimension, String level, String rationale, String basis,
      LocalDate startsOn, LocalDate reviewOn, String by, Instant at) {
    return new ClassificationDecision(null, a.id(), a.facilityId(), dimension, null, level, Direction.FIRST, Kind.APPLIED,
        rationale, a.assessmentId(), basis, startsOn, reviewOn, by, at, null, null);
  }

  /** Some designated prisoners appealed: two in three appeals are decided (most upheld), the rest still open. */
  private void appeals(Random random, List<Assessed> appealed, LocalDate today, Instant now) {
    for (Assessed a : appealed) {
      UUID decision = jdbc.queryForObject("SELECT decision_id FROM classification WHERE prisoner_id = ? AND dimension = 'DESIGNATION'",
          UUID.class, a.id());
      boolean decided = random.nextInt(3) > 0;
      var outcome = random.nextInt(4) == 0 ? ClassificationAppeal.Outcome.RECONSIDER : ClassificationAppeal.Outcome.UPHELD;
      classifications.registerPastAppeal(new ClassificationAppeal(null, decision, a.id(), today.minusDays(20),
          "Осуждённый не согласен с отнесением: считает, что приговор касается хранения материалов, а не насилия.",
          "officer", now.minus(20, ChronoUnit.DAYS), decided ? outcome : null, decided
              ? "Рассмотрено с участием психолога; доводы и материалы оценки сопоставлены." : null,
          decided ? today.minusDays(5) : null, decided ? "hq" : null, 0));
    }
  }

  /** About one pair per ten assessed prisoners, two people of one facility, for violent-extremism reasons. */
  private List<KeepApart> pairs(Random random, List<Assessed> assessed, LocalDate today, Instant now) {
    var pairs = new ArrayList<KeepApart>();
    var byFacility = new java.util.TreeMap<String, List<Assessed>>();
    assessed.forEach(a -> byFacility.computeIfAbsent(a.facilityCode(), c -> new ArrayList<>()).add(a));
    var used = new java.util.HashSet<UUID>();
    KeepApart.Reason[] reasons = {KeepApart.Reason.RISK_OF_RECRUITING_OR_INFLUENCING, KeepApart.Reason.RIVAL_NETWORKS,
        KeepApart.Reason.THREAT_TO_FORMER_MEMBER};
    for (var people : byFacility.values()) {
      for (int n = 0; n + 1 < people.size() && pairs.size() * 10 < assessed.size(); n += 10) {
        Assessed a = people.get(n);
        Assessed b = people.get(n + 1 + random.nextInt(Math.min(9, people.size() - n - 1)));
        if (!used.add(a.id()) | !used.add(b.id())) {
          continue;
        }
        KeepApart.Reason reason = reasons[random.nextInt(reasons.length)];
        var roles = switch (reason) {
          case RISK_OF_RECRUITING_OR_INFLUENCING -> new KeepApart.Role[] {KeepApart.Role.RECRUITER, KeepApart.Role.TARGET};
          case RIVAL_NETWORKS -> new KeepApart.Role[] {KeepApart.Role.RIVAL, KeepApart.Role.RIVAL};
          default -> new KeepApart.Role[] {KeepApart.Role.GROUP_MEMBER, KeepApart.Role.FORMER_MEMBER};
        };
        String comment = switch (reason) {
          case RISK_OF_RECRUITING_OR_INFLUENCING -> "По сообщениям сотрудников, склоняет сокамерника к идеологии группы.";
          case RIVAL_NETWORKS -> "Принадлежат к соперничающим сетям; в прошлом году была драка на прогулке.";
          default -> "Второй вышел из группы и получает угрозы от её участников.";
        };
        var activities = random.nextBoolean() ? EnumSet.of(KeepApart.Activity.EXERCISE, KeepApart.Activity.WORSHIP)
            : EnumSet.of(KeepApart.Activity.EXERCISE);
        pairs.add(new KeepApart(null, a.id(), roles[0], b.id(), roles[1], reason, comment,
            reason == KeepApart.Reason.RIVAL_NETWORKS ? KeepApart.Scope.UNIT : KeepApart.Scope.CELL, activities,
            today.plusDays(30 + random.nextInt(300)), governorOf(a.facilityCode()), now.minus(10 + random.nextInt(200),
                ChronoUnit.DAYS), null, null, null, 0));
      }
    }
    return pairs;
  }

  private static String governorOf(String facilityCode) {
    return facilityCode.equals(DemoData.HOME_FACILITY) ? "governor"
        : "governor-" + facilityCode.toLowerCase(java.util.Locale.ROOT);
  }

  private static Instant later(Instant a, Instant cap) {
    return a.isAfter(cap) ? cap : a;
  }
}
