package org.bagyt.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.SentenceCalculator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Offences and sentences for the demo prisoners, written in bulk: about 4% held for terrorism or
 * extremism (some 400 in 10,000, as the service reported; DOMAIN.md §0, §5), the rest for violent and
 * other crimes. Convicted prisoners get convictions and a sentence that began before their admission and
 * runs past today, calculated by {@link SentenceCalculator} under the service's early-release rules;
 * untried ones get charges. It writes the prisoner module's tables directly, for speed, as the demo
 * generator does nowhere else.
 */
@Component
class DemoSentences {

  /** An article of the seed list. */
  record Article(int codeYear, String number, String ky, String ru, String en, OffenceCategory category,
      int minMonths, int maxMonths) {}

  /**
   * The seed list. The extremism and terrorism articles are those DOMAIN.md §5 names (seen in the cited
   * sources): 1997 Code Art. 299 and 299-2, the 2019 Code's Art. 243, and Art. 331 (reported in 2025, so
   * the 2021 Code in force then). The ordinary articles are the 1997 Code's as recalled, not re-read: the
   * service loads its own list (DOMAIN.md §9). Term ranges are for the demo only, except Art. 299-2
   * (3-10 years since 2016) and Art. 243 (2.5-5 years), as §5 gives them.
   */
  static final List<Article> SEED = List.of(
      new Article(1997, "299-2", "Экстремисттик материалдарды даярдоо, таратуу же сактоо",
          "Изготовление, распространение или хранение экстремистских материалов",
          "Producing, distributing or possessing extremist material", OffenceCategory.EXTREMISM, 36, 120),
      new Article(1997, "299", "Улуттук, расалык, диний же региондор аралык кастыкты козутуу",
          "Возбуждение национальной, расовой, религиозной или межрегиональной вражды",
          "Incitement of national, racial, religious or inter-regional hatred", OffenceCategory.EXTREMISM, 36, 96),
      new Article(2021, "331", "Экстремисттик уюмду түзүү же аны каржылоо",
          "Создание экстремистской организации или её финансирование",
          "Creating or financing an extremist organisation", OffenceCategory.EXTREMISM, 60, 144),
      new Article(2019, "243", "Чет мамлекеттеги куралдуу жаңжалга катышуу же террордук даярдыктан өтүү",
          "Участие в вооружённом конфликте на территории иностранного государства или прохождение террористической подготовки",
          "Fighting in an armed conflict abroad or undergoing terrorist training", OffenceCategory.TERRORISM, 30, 60),
      new Article(1997, "226", "Терроризм", "Терроризм", "Terrorism", OffenceCategory.TERRORISM, 96, 240),
      new Article(1997, "97", "Киши өлтүрүү", "Убийство", "Murder", OffenceCategory.VIOLENT, 96, 240),
      new Article(1997, "104", "Ден соолукка атайылап оор зыян келтирүү", "Умышленное причинение тяжкого вреда здоровью",
          "Intentionally causing grave bodily harm", OffenceCategory.VIOLENT, 36, 120),
      new Article(1997, "168", "Каракчылык", "Разбой", "Robbery with violence", OffenceCategory.VIOLENT, 48, 144),
      new Article(1997, "164", "Уурулук", "Кража", "Theft", OffenceCategory.OTHER, 12, 72),
      new Article(1997, "166", "Алдамчылык", "Мошенничество", "Fraud", OffenceCategory.OTHER, 12, 84),
      new Article(1997, "167", "Тоноо", "Грабёж", "Open theft", OffenceCategory.OTHER, 24, 84),
      new Article(1997, "247", "Сатуу максатында баңгизаттарды мыйзамсыз жүгүртүү",
          "Незаконный оборот наркотических средств с целью сбыта", "Drug trafficking", OffenceCategory.OTHER, 36, 120));

  private static final String DEMO = "demo";
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoSentences.class);

  private final JdbcTemplate jdbc;

  DemoSentences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private record Held(UUID id, String legalStatus, LocalDate born, LocalDate admitted) {}

  private record Charge(UUID prisonerId, UUID articleId, String stage, LocalDate committedOn) {}

  private record Served(UUID prisonerId, LocalDate start, SentenceCalculator.Term term, int remandDays,
      OffenceCategory category, SentenceCalculator.Fraction fraction, SentenceCalculator.Dates dates) {}

  /** Returns how many prisoners are held for terrorism or extremism. */
  int generate(Random random, Instant now) {
    long began = System.nanoTime();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<Article, UUID> articles = new HashMap<>();
    for (Article a : SEED) {
      articles.put(a, jdbc.queryForObject("""
          INSERT INTO offence_article (code_year, article, title_ky, title_ru, title_en, category)
          VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", UUID.class, a.codeYear(), a.number(), a.ky(), a.ru(), a.en(),
          a.category().name()));
    }
    Map<OffenceCategory, SentenceCalculator.Fraction> fractions = new HashMap<>();
    jdbc.query("SELECT category, numerator, denominator FROM early_release_rule", rs -> {
      fractions.put(OffenceCategory.valueOf(rs.getString(1)), new SentenceCalculator.Fraction(rs.getInt(2), rs.getInt(3)));
    });
    List<Held> held = jdbc.query("SELECT id, legal_status, date_of_birth, admitted_at FROM prisoner ORDER BY number",
        (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
            LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), ZoneOffset.UTC)));
    var charges = new ArrayList<Charge>();
    var sentences = new ArrayList<Served>();
    int extremist = 0;
    for (Held h : held) {
      boolean violentExtremist = random.nextInt(25) == 0;
      extremist += violentExtremist ? 1 : 0;
      OffenceCategory ordinary = random.nextInt(100) < 45 ? OffenceCategory.VIOLENT : OffenceCategory.OTHER;
      List<Article> pool = SEED.stream().filter(a -> violentExtremist
          ? a.category() == OffenceCategory.TERRORISM || a.category() == OffenceCategory.EXTREMISM
          : a.category() == ordinary).toList();
      Article main = pool.get(random.nextInt(pool.size()));
      boolean untried = h.legalStatus().equals("UNTRIED");
      LocalDate start;
      int remand;
      if (untried) {
        start = null;
        remand = 0;
      } else if (h.legalStatus().equals("UNDER_APPEAL")) {
        // Convicted at first instance while held on remand: the time since admission counts as credit.
        start = h.admitted().plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(h.admitted(), today))));
        remand = (int) ChronoUnit.DAYS.between(h.admitted(), start);
      } else {
        // Sentenced, then transferred to the colony some days later; remand before the verdict counts too.
        start = h.admitted().minusDays(10 + random.nextInt(50));
        remand = 30 + random.nextInt(335);
      }
      LocalDate committed = start == null ? h.admitted() : start;
      committed = committed.minusDays(remand + 1 + random.nextInt(180));
      if (committed.isBefore(h.born().plusYears(14))) {
        committed = h.born().plusYears(14).isAfter(h.admitted()) ? h.admitted().minusDays(1) : h.born().plusYears(14);
      }
      String stage = untried ? "CHARGED" : "CONVICTED";
      charges.add(new Charge(h.id(), articles.get(main), stage, committed));
      Article governing = main;
      if (random.nextInt(5) == 0) {
        Article second = pool.get(random.nextInt(pool.size()));
        if (second != main) {
          charges.add(new Charge(h.id(), articles.get(second), stage, committed));
          governing = graver(main, second, fractions);
        }
      }
      if (!untried) {
        sentences.add(sentence(random, h.id(), governing, start, remand, today, fractions.get(governing.category())));
      }
    }
    insert(charges, sentences, now);
    log.info("Demo offences and sentences written: {} offences, {} sentences in {} ms", charges.size(), sentences.size(),
        (System.nanoTime() - began) / 1_000_000);
    return extremist;
  }

  /** The article whose rule governs, as the service decides it: the larger fraction, and on a tie the graver category. */
  private static Article graver(Article a, Article b, Map<OffenceCategory, SentenceCalculator.Fraction> fractions) {
    var fa = fractions.get(a.category());
    var fb = fractions.get(b.category());
    int share = Integer.compare(fa.numerator() * fb.denominator(), fb.numerator() * fa.denominator());
    return share > 0 || share == 0 && a.category().ordinal() <= b.category().ordinal() ? a : b;
  }

  /** A term in the article's range, lengthened where needed so that it runs past today: the prisoner is still held. */
  private static Served sentence(Random random, UUID prisonerId, Article article, LocalDate start, int remand,
      LocalDate today, SentenceCalculator.Fraction fraction) {
    int months = article.minMonths() + random.nextInt(article.maxMonths() - article.minMonths() + 1);
    var term = new SentenceCalculator.Term(months / 12, months % 12, 0);
    while (SentenceCalculator.termDays(start, term) - remand <= ChronoUnit.DAYS.between(start, today) + 30
        && term.years() < SentenceCalculator.MAX_YEARS) {
      term = new SentenceCalculator.Term(term.years() + 1, term.months(), 0);
    }
    return new Served(prisonerId, start, term, remand, article.category(), fraction,
        SentenceCalculator.calculate(start, term, remand, fraction));
  }

  /** Three statements in all: each table's rows go in as arrays, unnested by PostgreSQL. */
  private void insert(List<Charge> charges, List<Served> sentences, Instant now) {
    var at = Timestamp.from(now);
    jdbc.update("""
        INSERT INTO prisoner_offence (prisoner_id, article_id, stage, committed_on, recorded_at, recorded_by)
        SELECT p, a, s, d, ?::timestamptz, ?::text FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::date[]) AS t(p, a, s, d)""",
        at, DEMO, column(charges, c -> c.prisonerId()), column(charges, c -> c.articleId()),
        column(charges, c -> c.stage()), column(charges, c -> c.committedOn()));
    Object[] figures = {column(sentences, s -> s.prisonerId()), column(sentences, s -> s.start()),
        column(sentences, s -> s.term().years()), column(sentences, s -> s.term().months()),
        column(sentences, s -> s.term().days()), column(sentences, s -> s.remandDays()),
        column(sentences, s -> s.category()), column(sentences, s -> s.fraction().numerator()),
        column(sentences, s -> s.fraction().denominator()), column(sentences, s -> s.dates().termDays()),
        column(sentences, s -> s.dates().eligibleOn()), column(sentences, s -> s.dates().releaseOn())};
    String unnest = """
        unnest(?::uuid[], ?::date[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::int[], ?::int[], ?::int[],
               ?::date[], ?::date[]) AS t(p, st, y, m, d, r, c, n, de, td, e, rel)""";
    String columns = "starts_on, years, months, days, remand_days, category, numerator, denominator, term_days, eligible_on, release_on";
    jdbc.update("INSERT INTO sentence (prisoner_id, " + columns + ") SELECT p, st, y, m, d, r, c, n, de, td, e, rel FROM "
        + unnest, figures);
    var withWhen = new Object[figures.length + 2];
    withWhen[0] = at;
    withWhen[1] = DEMO;
    System.arraycopy(figures, 0, withWhen, 2, figures.length);
    jdbc.update("INSERT INTO sentence_calculation (calculated_at, calculated_by, reason_key, prisoner_id, " + columns
        + ") SELECT ?::timestamptz, ?::text, 'sentence.reason.demo', p, st, y, m, d, r, c, n, de, td, e, rel FROM " + unnest, withWhen);
  }

  /** One column of the rows as text, which the statement casts to the column's type. */
  private static <T> String[] column(List<T> rows, java.util.function.Function<T, Object> value) {
    return rows.stream().map(r -> String.valueOf(value.apply(r))).toArray(String[]::new);
  }
}
