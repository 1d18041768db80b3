package org.bagyt.prisoners.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.prisoners.PrisonerMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL side of search: people holding enough of the query's words, people by number, people born on a day.
 * Every query carries the reader's scope. The SQL text is built per case rather than with "parameter IS NULL OR"
 * branches, so that PostgreSQL plans each with the indexes it can use.
 */
@Repository
class Candidates {

  /** Whose prisoners the reader may see, and whether released people are included. */
  record Scope(boolean serviceWide, List<UUID> facilityIds, boolean includeReleased) {}

  /** A person as found, with the spelling keys of their names for scoring. */
  record Candidate(UUID id, String number, String name, String latinName, LocalDate dateOfBirth, String facilityCode,
      boolean released, PersonNames names) {}

  private static final String SELECT = """
      SELECT p.id, p.number, p.family_name, p.given_name, p.patronymic, p.latin_name, p.date_of_birth,
             f.code AS facility_code, p.released_at IS NOT NULL AS released, i.family_keys, i.given_keys, i.father_keys
      FROM prisoner_name_index i JOIN prisoner p ON p.id = i.prisoner_id JOIN facility f ON f.id = p.facility_id
      """;

  private final JdbcClient jdbc;

  Candidates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * People holding at least {@code required} of the words, each word given as the token ids of its spellings;
   * those holding the most words in their exact spelling first; with no exact spellings given, any of them.
   */
  List<Candidate> byWords(List<List<Integer>> words, int required, List<List<Integer>> exact, LocalDate dateOfBirth,
      Scope scope, int max) {
    // Ranked and cut in the index table alone (it carries facility, release and date of birth); only the
    // survivors are joined to the prisoner, whose scope is checked again there.
    var inner = new StringBuilder("SELECT i.* FROM prisoner_name_index i WHERE (");
    var combinations = combinations(words.size(), required);
    for (int c = 0; c < combinations.size(); c++) {
      inner.append(c == 0 ? "(" : " OR (");
      var combination = combinations.get(c);
      for (int k = 0; k < combination.size(); k++) {
        inner.append(k == 0 ? "" : " AND ").append("i.tokens && CAST(:w").append(combination.get(k)).append(" AS integer[])");
      }
      inner.append(')');
    }
    inner.append(')')
        .append(scope.serviceWide() ? "" : " AND i.facility_id = ANY(:facilities)")
        .append(scope.includeReleased() ? "" : " AND NOT i.released")
        .append(dateOfBirth != null ? " AND i.date_of_birth = :dob" : "");
    // Unranked (no exact spellings given), the scan stops at the limit instead of ranking every match.
    for (int e = 0; e < exact.size(); e++) {
      inner.append(e == 0 ? " ORDER BY " : " + ").append("(i.tokens && CAST(:e").append(e).append(" AS integer[]))::int");
    }
    inner.append(exact.isEmpty() ? "" : " DESC").append(" LIMIT :max");
    String sql = SELECT.replace("FROM prisoner_name_index i", "FROM (" + inner + ") i") + " WHERE true"
        + scopeClause(scope);
    var spec = scoped(jdbc.sql(sql), scope).param("max", max);
    for (int w = 0; w < words.size(); w++) {
      spec = spec.param("w" + w, words.get(w).toArray(Integer[]::new));
    }
    for (int e = 0; e < exact.size(); e++) {
      spec = spec.param("e" + e, exact.get(e).toArray(Integer[]::new));
    }
    if (dateOfBirth != null) {
      spec = spec.param("dob", dateOfBirth);
    }
    return spec.query(this::candidate).list();
  }

  /** Everyone born that day, whatever their name. */
  List<Candidate> bornOn(LocalDate dateOfBirth, Scope scope, int max) {
    return scoped(jdbc.sql(SELECT + " WHERE p.date_of_birth = :dob" + scopeClause(scope) + " ORDER BY p.number LIMIT :max"),
        scope).param("dob", dateOfBirth).param("max", max).query(this::candidate).list();
  }

  /** People whose number contains the text; the whole number scores 1, a part by how much of it was given. */
  List<PrisonerMatch> byNumber(String text, LocalDate dateOfBirth, Scope scope, int limit) {
    String like = "%" + text.replace("%", "").replace("_", "") + "%";
    String sql = SELECT + " WHERE p.number LIKE :like" + scopeClause(scope)
        + (dateOfBirth != null ? " AND p.date_of_birth = :dob" : "")
        + " ORDER BY p.number = :text DESC, p.number LIMIT :max";
    var spec = scoped(jdbc.sql(sql), scope).param("like", like).param("text", text).param("max", limit);
    if (dateOfBirth != null) {
      spec = spec.param("dob", dateOfBirth);
    }
    return spec.query(this::candidate).list().stream()
        .map(c -> new PrisonerMatch(c.id(), c.number(), c.name(), NameSearchService.otherSpellings(c), c.dateOfBirth(),
            c.facilityCode(), c.released(), Math.round(1000.0 * Math.min(text.length(), c.number().length())
                / c.number().length()) / 1000.0))
        .toList();
  }

  private static String scopeClause(Scope scope) {
    return (scope.serviceWide() ? "" : " AND p.facility_id = ANY(:facilities)")
        + (scope.includeReleased() ? "" : " AND p.released_at IS NULL");
  }

  private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Scope scope) {
    return scope.serviceWide() ? spec : spec.param("facilities", scope.facilityIds().toArray(UUID[]::new));
  }

  /** Every choice of {@code size} of the numbers 0..n-1, in order. */
  static List<List<Integer>> combinations(int n, int size) {
    var all = new ArrayList<List<Integer>>();
    collect(n, size, 0, new ArrayList<>(), all);
    return all;
  }

  private static void collect(int n, int size, int from, List<Integer> chosen, List<List<Integer>> all) {
    if (chosen.size() == size) {
      all.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i < n; i++) {
      chosen.add(i);
      collect(n, size, i + 1, chosen, all);
      chosen.remove(chosen.size() - 1);
    }
  }

  private Candidate candidate(ResultSet rs, int row) throws SQLException {
    String family = rs.getString("family_name");
    String given = rs.getString("given_name");
    String patronymic = rs.getString("patronymic");
    String name = family + " " + given + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
    return new Candidate(UUID.fromString(rs.getString("id")), rs.getString("number"), name, rs.getString("latin_name"),
        rs.getDate("date_of_birth").toLocalDate(), rs.getString("facility_code"), rs.getBoolean("released"),
        new PersonNames(keys(rs.getArray("family_keys")), keys(rs.getArray("given_keys")), keys(rs.getArray("father_keys"))));
  }

  private static List<String> keys(Array array) throws SQLException {
    return List.of((String[]) array.getArray());
  }
}
