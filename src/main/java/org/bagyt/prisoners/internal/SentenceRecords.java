package org.bagyt.prisoners.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bagyt.prisoners.EarlyReleaseRule;
import org.bagyt.prisoners.LegalPosition;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.LegalStatusChange;
import org.bagyt.prisoners.Offence;
import org.bagyt.prisoners.OffenceArticle;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.OffenceStage;
import org.bagyt.prisoners.Sentence;
import org.bagyt.prisoners.SentenceCalculation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offences, legal status history, sentences and their calculations, and the reference tables they rest on. */
@Repository
class SentenceRecords {

  /** A sentence being served, with what its recalculation needs. */
  record Served(UUID prisonerId, UUID facilityId, Sentence sentence, Set<OffenceCategory> convicted) {}

  private static final String ARTICLE = """
      SELECT a.id, a.code_year, a.article, a.title_ky, a.title_ru, a.title_en, a.category, a.in_use, a.version
      FROM offence_article a""";

  private static final String FIGURES = """
      starts_on, years, months, days, remand_days, category, numerator, denominator, term_days, eligible_on, release_on""";

  private final JdbcClient jdbc;

  SentenceRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- reference tables

  List<OffenceArticle> articles() {
    return jdbc.sql(ARTICLE + " ORDER BY a.in_use DESC, a.code_year DESC, "
        + "split_part(a.article, '-', 1)::int, a.article").query(SentenceRecords::article).list();
  }

  Optional<OffenceArticle> article(UUID id) {
    return jdbc.sql(ARTICLE + " WHERE a.id = ?").param(id).query(SentenceRecords::article).optional();
  }

  boolean articleExists(int codeYear, String article) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM offence_article WHERE code_year = ? AND article = ?)")
        .params(codeYear, article).query(Boolean.class).single();
  }

  UUID addArticle(int codeYear, String article, String ky, String ru, String en, OffenceCategory category) {
    return jdbc.sql("""
        INSERT INTO offence_article (code_year, article, title_ky, title_ru, title_en, category)
        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""").params(codeYear, article, ky, ru, en, category.name())
        .query(UUID.class).single();
  }

  boolean changeArticle(UUID id, String ky, String ru, String en, OffenceCategory category, boolean inUse, int version) {
    return jdbc.sql("""
        UPDATE offence_article SET title_ky = ?, title_ru = ?, title_en = ?, category = ?, in_use = ?, version = version + 1
        WHERE id = ? AND version = ?""").params(ky, ru, en, category.name(), inUse, id, version).update() == 1;
  }

  Map<OffenceCategory, EarlyReleaseRule> rules() {
    return jdbc.sql("SELECT category, numerator, denominator, changed_at, changed_by, version FROM early_release_rule")
        .query((rs, n) -> new EarlyReleaseRule(OffenceCategory.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6)))
        .list().stream().collect(Collectors.toMap(EarlyReleaseRule::category, Function.identity()));
  }

  boolean changeRule(OffenceCategory category, int numerator, int denominator, String by, Instant at, int version) {
    return jdbc.sql("""
        UPDATE early_release_rule SET numerator = ?, denominator = ?, changed_by = ?, changed_at = ?, version = version + 1
        WHERE category = ? AND version = ?""")
        .params(numerator, denominator, by, Timestamp.from(at), category.name(), version).update() == 1;
  }

  // --- one prisoner

  record Person(LegalStatus legalStatus, int version, LocalDate dateOfBirth, Instant admittedAt, UUID facilityId) {}

  Optional<Person> person(UUID prisonerId) {
    return jdbc.sql("SELECT legal_status, version, date_of_birth, admitted_at, facility_id FROM prisoner WHERE id = ?")
        .param(prisonerId)
        .query((rs, n) -> new Person(LegalStatus.valueOf(rs.getString(1)), rs.getInt(2), rs.getDate(3).toLocalDate(),
            rs.getTimestamp(4).toInstant(), rs.getObject(5, UUID.class)))
        .optional();
  }

  /** Everything the file shows about why the person is held; read without auditing, so callers audit. */
  LegalPosition position(UUID prisonerId, Person person) {
    return new LegalPosition(person.legalStatus(), person.version(), offences(prisonerId),
        sentence(prisonerId).orElse(null), history(prisonerId), statusChanges(prisonerId));
  }

  boolean changeLegalStatus(UUID prisonerId, LegalStatus from, LegalStatus to, int version, String by, Instant at,
      String reason) {
    int changed = jdbc.sql("UPDATE prisoner SET legal_status = ?, version = version + 1 WHERE id = ? AND version = ?")
        .params(to.name(), prisonerId, version).update();
    if (changed == 1) {
      jdbc.sql("""
          INSERT INTO legal_status_change (prisoner_id, from_status, to_status, changed_at, changed_by, reason)
          VALUES (?, ?, ?, ?, ?, ?)""").params(prisonerId, from.name(), to.name(), Timestamp.from(at), by, reason)
          .update();
    }
    return changed == 1;
  }

  List<LegalStatusChange> statusChanges(UUID prisonerId) {
    return jdbc.sql("""
        SELECT from_status, to_status, changed_at, changed_by, reason FROM legal_status_change
        WHERE prisoner_id = ? ORDER BY changed_at DESC, id""").param(prisonerId)
        .query((rs, n) -> new LegalStatusChange(LegalStatus.valueOf(rs.getString(1)), LegalStatus.valueOf(rs.getString(2)),
            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
        .list();
  }

  UUID addOffence(UUID prisonerId, UUID articleId, OffenceStage stage, LocalDate committedOn, Instant at, String by) {
    return jdbc.sql("""
        INSERT INTO prisoner_offence (prisoner_id, article_id, stage, committed_on, recorded_at, recorded_by)
        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
        .params(prisonerId, articleId, stage.name(), Date.valueOf(committedOn), Timestamp.from(at), by)
        .query(UUID.class).single();
  }

  List<Offence> offences(UUID prisonerId) {
    return jdbc.sql("""
        SELECT o.id AS offence_id, o.stage, o.committed_on, o.recorded_at, o.recorded_by,
               a.id, a.code_year, a.article, a.title_ky, a.title_ru, a.title_en, a.category, a.in_use, a.version
        FROM prisoner_offence o JOIN offence_article a ON a.id = o.article_id
        WHERE o.prisoner_id = ? ORDER BY o.stage DESC, o.committed_on DESC, o.recorded_at DESC""").param(prisonerId)
        .query((rs, n) -> new Offence(rs.getObject("offence_id", UUID.class), article(rs, n),
            OffenceStage.valueOf(rs.getString("stage")), rs.getDate("committed_on").toLocalDate(),
            rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
        .list();
  }

  Set<OffenceCategory> convictedCategories(UUID prisonerId) {
    var categories = EnumSet.noneOf(OffenceCategory.class);
    jdbc.sql("""
        SELECT DISTINCT a.category FROM prisoner_offence o JOIN offence_article a ON a.id = o.article_id
        WHERE o.prisoner_id = ? AND o.stage = 'CONVICTED'""").param(prisonerId).query(String.class).list()
        .forEach(c -> categories.add(OffenceCategory.valueOf(c)));
    return categories;
  }

  Optional<Sentence> sentence(UUID prisonerId) {
    return jdbc.sql("SELECT " + FIGURES + ", version FROM sentence WHERE prisoner_id = ?").param(prisonerId)
        .query((rs, n) -> figures(rs, rs.getInt("version"))).optional();
  }

  List<SentenceCalculation> history(UUID prisonerId) {
    return jdbc.sql("SELECT calculated_at, calculated_by, reason, reason_key, reason_args, " + FIGURES
            + " FROM sentence_calculation WHERE prisoner_id = ? ORDER BY calculated_at DESC, id")
        .param(prisonerId)
        .query((rs, n) -> new SentenceCalculation(rs.getTimestamp("calculated_at").toInstant(),
            rs.getString("calculated_by"), rs.getString("reason"), rs.getString("reason_key"),
            List.of((String[]) rs.getArray("reason_args").getArray()), figures(rs, 0)))
        .list();
  }

  /** Why a calculation was made: a person's words, or a message Bagyt shows in the reader's language. */
  record Why(String reason, String key, List<String> arguments) {
    static Why stated(String reason) {
      return new Why(reason, null, List.of());
    }

    static Why message(String key, Object... arguments) {
      return new Why(null, key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
  }

  /** Writes the new figures if the sentence is still at {@code version} (null: no sentence yet), and keeps them in the history. */
  boolean save(UUID prisonerId, Sentence s, Integer version, String by, Instant at, Why why) {
    int written = version == null
        ? jdbc.sql("INSERT INTO sentence (prisoner_id, " + FIGURES + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (prisoner_id) DO NOTHING")
            .params(prisonerId, Date.valueOf(s.startsOn()), s.years(), s.months(), s.days(), s.remandDays(),
                s.category().name(), s.numerator(), s.denominator(), s.termDays(), Date.valueOf(s.eligibleOn()),
                Date.valueOf(s.releaseOn())).update()
        : jdbc.sql("""
            UPDATE sentence SET starts_on = ?, years = ?, months = ?, days = ?, remand_days = ?, category = ?,
                   numerator = ?, denominator = ?, term_days = ?, eligible_on = ?, release_on = ?, version = version + 1
            WHERE prisoner_id = ? AND version = ?""")
            .params(Date.valueOf(s.startsOn()), s.years(), s.months(), s.days(), s.remandDays(), s.category().name(),
                s.numerator(), s.denominator(), s.termDays(), Date.valueOf(s.eligibleOn()), Date.valueOf(s.releaseOn()),
                prisonerId, version).update();
    if (written != 1) {
      return false;
    }
    jdbc.sql("INSERT INTO sentence_calculation (prisoner_id, calculated_at, calculated_by, reason, reason_key, reason_args, "
            + FIGURES + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(prisonerId, Timestamp.from(at), by, why.reason(), why.key(), why.arguments().toArray(String[]::new),
            Date.valueOf(s.startsOn()), s.years(), s.months(), s.days(),
            s.remandDays(), s.category().name(), s.numerator(), s.denominator(), s.termDays(),
            Date.valueOf(s.eligibleOn()), Date.valueOf(s.releaseOn())).update();
    return true;
  }

  /** Sentences of prisoners still in custody, with the categories of their convictions. */
  List<Served> served() {
    var served = new ArrayList<Served>();
    jdbc.sql("SELECT s.prisoner_id, p.facility_id, s.version, " + FIGURES + """
            , array(SELECT DISTINCT a.category FROM prisoner_offence o JOIN offence_article a ON a.id = o.article_id
                     WHERE o.prisoner_id = s.prisoner_id AND o.stage = 'CONVICTED') AS convicted
            FROM sentence s JOIN prisoner p ON p.id = s.prisoner_id WHERE p.released_at IS NULL""")
        .query(rs -> {
          var categories = EnumSet.noneOf(OffenceCategory.class);
          for (String c : (String[]) rs.getArray("convicted").getArray()) {
            categories.add(OffenceCategory.valueOf(c));
          }
          served.add(new Served(rs.getObject("prisoner_id", UUID.class), rs.getObject("facility_id", UUID.class),
              figures(rs, rs.getInt("version")), categories));
        });
    return served;
  }

  private static Sentence figures(ResultSet rs, int version) throws SQLException {
    return new Sentence(rs.getDate("starts_on").toLocalDate(), rs.getInt("years"), rs.getInt("months"),
        rs.getInt("days"), rs.getInt("remand_days"), OffenceCategory.valueOf(rs.getString("category")),
        rs.getInt("numerator"), rs.getInt("denominator"), rs.getLong("term_days"),
        rs.getDate("eligible_on").toLocalDate(), rs.getDate("release_on").toLocalDate(), version);
  }

  private static OffenceArticle article(ResultSet rs, int row) throws SQLException {
    return new OffenceArticle(rs.getObject("id", UUID.class), rs.getInt("code_year"), rs.getString("article"),
        rs.getString("title_ky"), rs.getString("title_ru"), rs.getString("title_en"),
        OffenceCategory.valueOf(rs.getString("category")), rs.getBoolean("in_use"), rs.getInt("version"));
  }

  /** Prisoners in custody whose release date is on or before the day, soonest first. */
  List<java.util.Map.Entry<UUID, LocalDate>> releasingBy(LocalDate day) {
    return jdbc.sql("""
        SELECT s.prisoner_id, s.release_on FROM sentence s JOIN prisoner p ON p.id = s.prisoner_id
        WHERE p.released_at IS NULL AND s.release_on <= ? ORDER BY s.release_on, s.prisoner_id""")
        .param(day).query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
        .list();
  }
}
