package org.bagyt.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bagyt.conduct.CoDefendantCase;
import org.bagyt.conduct.CoDefendantCases;
import org.bagyt.conduct.GradingScheme;
import org.bagyt.conduct.Intelligence;
import org.bagyt.conduct.IntelligenceItem;
import org.bagyt.conduct.IntelligenceItem.AssertedLink;
import org.bagyt.conduct.IntelligenceItem.ReviewOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The association network of the demo: the prisoners held for terrorism or extremism were tried in co-defendant cases of
 * two to seven people, and a few of them in two cases, which ties the groups into larger networks; graded intelligence
 * items assert further links (recruitment contacts across groups), among them one alleged to come from duress and
 * awaiting review, one a reviewer found unusable, and items under each handling code. Deterministic from the seed.
 */
@Component
class DemoNetwork {

  private static final String[] COURTS = {
      "Бишкекский городской суд", "Первомайский районный суд г. Бишкек", "Ошский городской суд",
      "Жалал-Абадский областной суд", "Баткенский районный суд", "Свердловский районный суд г. Бишкек"};
  private static final String[] SUMMARIES = {
      "Передаёт в отряде материалы, призывающие к насилию; называет собеседника своим «наставником».",
      "Склоняет вновь прибывших к участию в группе, угрожает тем, кто отказывается.",
      "Через родственников поддерживает связь с вербовщиком, отбывающим наказание в другой колонии.",
      "Собирает деньги с других осуждённых «на нужды братьев»; деньги передаёт второму лицу.",
      "Жаңы келгендерге топко кошулуу үчүн кысым көрсөтөт; баш тарткандарга коркутат.",
      "Внезапно прекратил посещать программу; по словам сотрудников, после бесед с другим осуждённым."};
  private static final String[] PROVENANCE = {
      "Наблюдение сотрудника отряда во время прогулки.", "Рапорт дежурного по итогам досмотра.",
      "Сообщение другого осуждённого (источник известен оперативному отделу).",
      "Контролируемая переписка; выдержка в деле.", "Кызматкердин күнүмдүк байкоосу, жазуу жүргүзүлгөн."};

  private final JdbcTemplate jdbc;
  private final CoDefendantCases cases;
  private final Intelligence intelligence;

  DemoNetwork(JdbcTemplate jdbc, CoDefendantCases cases, Intelligence intelligence) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.intelligence = intelligence;
  }

  private record Held(UUID id, UUID facilityId, LocalDate admitted) {}

  void generate(Random random, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    List<Held> extremist = jdbc.query("""
        SELECT p.id, p.facility_id, p.admitted_at FROM prisoner p
        WHERE EXISTS (SELECT 1 FROM prisoner_offence o JOIN offence_article r ON r.id = o.article_id
                      WHERE o.prisoner_id = p.id AND r.category IN ('TERRORISM', 'EXTREMISM'))
        ORDER BY p.number""", (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
        rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate()));
    if (extremist.size() < 10) {
      return;
    }
    var groups = groups(random, extremist);
    cases.record(caseFiles(random, groups), "demo");
    intelligence.recordPast(items(random, groups, now, today));
  }

  /** Groups of 2 to 7, the way co-defendants are tried together; a few are left out of any case. */
  private static List<List<Held>> groups(Random random, List<Held> people) {
    var shuffled = new ArrayList<>(people);
    java.util.Collections.shuffle(shuffled, random);
    var groups = new ArrayList<List<Held>>();
    int i = 0;
    while (i + 2 <= shuffled.size() * 9 / 10) {
      int size = Math.min(2 + random.nextInt(6), shuffled.size() - i);
      groups.add(List.copyOf(shuffled.subList(i, i + size)));
      i += size;
    }
    return groups;
  }

  private static List<CoDefendantCase> caseFiles(Random random, List<List<Held>> groups) {
    var files = new ArrayList<CoDefendantCase>();
    for (int g = 0; g < groups.size(); g++) {
      var group = groups.get(g);
      var members = new ArrayList<UUID>(group.stream().map(Held::id).toList());
      LocalDate opened = group.stream().map(Held::admitted).min(LocalDate::compareTo).orElseThrow()
          .minusDays(30 + random.nextInt(300));
      // One case in six also tried someone from the next group: the bridge that makes networks of cells.
      if (g + 1 < groups.size() && random.nextInt(6) == 0) {
        members.add(groups.get(g + 1).get(0).id());
      }
      files.add(new CoDefendantCase("%d-%04d".formatted(opened.getYear(), 100 + g), COURTS[random.nextInt(COURTS.length)],
          opened, members));
    }
    return files;
  }

  private List<IntelligenceItem> items(Random random, List<List<Held>> groups, Instant now, LocalDate today) {
    GradingScheme scheme = intelligence.scheme();
    var items = new ArrayList<IntelligenceItem>();
    int count = Math.min(30, groups.size() - 1);
    for (int n = 0; n < count; n++) {
      var from = groups.get(random.nextInt(groups.size()));
      var to = groups.get(random.nextInt(groups.size()));
      Held a = from.get(random.nextInt(from.size()));
      Held b = to.get(random.nextInt(to.size()));
      if (a.id().equals(b.id())) {
        continue;
      }
      LocalDate obtained = today.minusDays(3 + random.nextInt(400));
      var handling = scheme.handlingCodes().get(n % 7 == 3 ? 3 : n % 5 == 2 ? 2 : n % 4 == 1 ? 1 : 0);
      boolean duress = n == 4;
      IntelligenceItem.Review review = null;
      if (n == 7) {
        review = new IntelligenceItem.Review(ReviewOutcome.NOT_USABLE,
            "Сведения не подтвердились: в указанные дни осуждённые содержались в разных учреждениях.", "hq",
            now.minus(2, ChronoUnit.DAYS));
      } else if (n % 3 == 0 && !duress) {
        review = new IntelligenceItem.Review(ReviewOutcome.USABLE, "Подтверждено рапортами двух сотрудников.", "hq",
            now.minus(1 + n, ChronoUnit.HOURS));
      }
      var link = AssertedLink.between(a.id(), b.id(), obtained, null);
      items.add(new IntelligenceItem(UUID.randomUUID(), intelligence.nextReference(obtained.getYear()), a.facilityId(),
          scheme.sourceGrades().get(random.nextInt(scheme.sourceGrades().size())).code(),
          scheme.informationGrades().get(random.nextInt(3)).code(), handling,
          handling.sharing() == GradingScheme.Sharing.CONDITIONS ? "Только для прокуратуры, без указания источника." : null,
          SUMMARIES[random.nextInt(SUMMARIES.length)], PROVENANCE[random.nextInt(PROVENANCE.length)], obtained, duress,
          duress ? "Осуждённый заявил адвокату, что дал эти сведения после угроз со стороны сотрудника." : null,
          !duress && (review == null || review.outcome() == ReviewOutcome.USABLE), review, "analyst",
          now.minus(30L * (count - n), ChronoUnit.HOURS), List.of(a.id(), b.id()), List.of(link), 0));
    }
    return items;
  }

}
