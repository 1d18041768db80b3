package org.bagyt.prisoners.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the spelling keys of prisoners' names up to date. A database trigger queues every new prisoner and
 * every change of name; {@link #catchUp} takes the queue in batches, set-based: one statement reads the names,
 * one adds new keys to the vocabulary, one writes the index rows, whatever the batch size.
 */
@Repository
public class NameIndex {

  static final int BATCH = 5000;

  private final JdbcClient jdbc;

  NameIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Indexes everything queued and visible to this transaction (registration calls it before committing). */
  @Transactional(propagation = Propagation.MANDATORY)
  public int catchUpAll() {
    int total = 0;
    for (int done = catchUp(BATCH); done > 0; done = catchUp(BATCH)) {
      total += done;
    }
    return total;
  }

  /**
   * Indexes at most {@code max} queued prisoners. Rows another transaction is indexing are skipped, not waited
   * for, so concurrent searches never queue behind each other.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int catchUp(int max) {
    List<UUID> queued = jdbc.sql("""
        DELETE FROM prisoner_name_pending WHERE prisoner_id IN (
          SELECT prisoner_id FROM prisoner_name_pending LIMIT :max FOR UPDATE SKIP LOCKED)
        RETURNING prisoner_id""").param("max", max).query(UUID.class).list();
    if (queued.isEmpty()) {
      return 0;
    }
    var names = new HashMap<UUID, PersonNames>();
    jdbc.sql("SELECT id, family_name, given_name, patronymic, latin_name FROM prisoner WHERE id = ANY(:ids)")
        .param("ids", queued.toArray(UUID[]::new))
        .query((rs, n) -> names.put(UUID.fromString(rs.getString(1)),
            PersonNames.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
        .list();
    write(names);
    return queued.size();
  }

  private void write(Map<UUID, PersonNames> names) {
    var keys = new TreeSet<String>();
    names.values().forEach(n -> keys.addAll(n.allKeys()));
    // Sorted, so two transactions adding overlapping keys take their locks in the same order.
    jdbc.sql("INSERT INTO name_token (key) SELECT k FROM unnest(CAST(:keys AS text[])) AS k ORDER BY k ON CONFLICT DO NOTHING")
        .param("keys", keys.toArray(String[]::new)).update();
    Map<String, Integer> ids = tokenIds(keys);
    int size = names.size();
    var prisoners = new UUID[size];
    var family = new String[size];
    var given = new String[size];
    var father = new String[size];
    var tokens = new String[size];
    int i = 0;
    for (var entry : names.entrySet()) {
      var person = entry.getValue();
      prisoners[i] = entry.getKey();
      family[i] = String.join(" ", person.family());
      given[i] = String.join(" ", person.given());
      father[i] = String.join(" ", person.father());
      var joined = new StringJoiner(" ");
      person.allKeys().forEach(k -> joined.add(ids.get(k).toString()));
      tokens[i] = joined.toString();
      i++;
    }
    // Keys are [a-z]+ (name_token's check), so a space-separated list is an unambiguous array literal.
    jdbc.sql("""
        INSERT INTO prisoner_name_index (prisoner_id, family_keys, given_keys, father_keys, tokens, facility_id,
                                         date_of_birth, released)
        SELECT u.id, string_to_array(f, ' '), string_to_array(g, ' '), string_to_array(p, ' '),
               string_to_array(t, ' ')::integer[], pr.facility_id, pr.date_of_birth, pr.released_at IS NOT NULL
        FROM unnest(CAST(:ids AS uuid[]), CAST(:family AS text[]), CAST(:given AS text[]), CAST(:father AS text[]),
                    CAST(:tokens AS text[])) AS u(id, f, g, p, t)
        JOIN prisoner pr ON pr.id = u.id
        ON CONFLICT (prisoner_id) DO UPDATE SET family_keys = EXCLUDED.family_keys, given_keys = EXCLUDED.given_keys,
          father_keys = EXCLUDED.father_keys, tokens = EXCLUDED.tokens, facility_id = EXCLUDED.facility_id,
          date_of_birth = EXCLUDED.date_of_birth, released = EXCLUDED.released""")
        .param("ids", prisoners).param("family", family).param("given", given).param("father", father)
        .param("tokens", tokens).update();
  }

  Map<String, Integer> tokenIds(java.util.Collection<String> keys) {
    var ids = new HashMap<String, Integer>();
    jdbc.sql("SELECT key, id FROM name_token WHERE key = ANY(:keys)").param("keys", keys.toArray(String[]::new))
        .query((rs, n) -> ids.put(rs.getString(1), rs.getInt(2))).list();
    return ids;
  }

  /** Keys in the vocabulary spelt like each query key: word position, token id and key. */
  List<Variant> variants(List<String> keys, List<Integer> positions) {
    var found = new ArrayList<Variant>();
    jdbc.sql("SET LOCAL pg_trgm.similarity_threshold = 0.25").update();
    jdbc.sql("""
        SELECT q.i, q.k, t.id, t.key FROM unnest(CAST(:keys AS text[]), CAST(:positions AS integer[])) AS q(k, i)
        JOIN name_token t ON t.key % q.k""")
        .param("keys", keys.toArray(String[]::new)).param("positions", positions.toArray(Integer[]::new))
        .query((rs, n) -> found.add(new Variant(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4))))
        .list();
    return found;
  }

  /** A vocabulary key spelt like a query word's key. */
  record Variant(int word, String queryKey, int tokenId, String key) {}
}
