package org.bagyt.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.bagyt.BagytApplication;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.PrisonerMatch;
import org.bagyt.prisoners.PrisonerSearch;
import org.bagyt.prisoners.search.NameIndex;
import org.bagyt.support.TestDatabase;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Name search at the size of a large service: the demo service plus generated prisoners up to a million, loaded
 * with COPY into a separate embedded PostgreSQL 17 and indexed by Bagyt's own {@link NameIndex}; then about a
 * thousand searches for people on file, each spelt in one of the schemes of {@link SpellingVariants}, in either
 * name order, with or without the patronymic, run once by name alone and once narrowed by date of birth. It
 * reports latency (p50/p95/p99 of {@link PrisonerSearch#search} in-process: transaction, SQL, scoring and the
 * audit event, no HTTP) and recall@10 (the person sought among the first ten).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dexec.mainClass=org.bagyt.bench.NameSearchBenchmark}.
 * Settings: {@code bench.people} (1000000), {@code bench.queries} (1000), {@code bench.seed}.
 */
public final class NameSearchBenchmark {

  private static final int LIMIT = 10;

  record Target(String number, String family, String given, String patronymic, LocalDate born) {}

  /** A search for a person; {@code namesakes}: how many people on file have exactly the name words asked (them included). */
  record Query(Target target, SpellingVariants scheme, String text, int namesakes) {}

  public static void main(String[] args) throws Exception {
    int people = Integer.getInteger("bench.people", 1_000_000);
    int queryCount = Integer.getInteger("bench.queries", 1000);
    long seed = Long.getLong("bench.seed", 20261128L);
    EmbeddedPostgres postgres = TestDatabase.start("bagyt");
    try (var connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("ALTER SYSTEM SET synchronous_commit = off");
      connection.createStatement().execute("SELECT pg_reload_conf()");
    }
    var app = new SpringApplicationBuilder(BagytApplication.class).run(
        "--bagyt.db.url=" + postgres.getJdbcUrl("postgres", "bagyt"), "--bagyt.db.user=postgres",
        "--bagyt.db.password=", "--bagyt.demo.enabled=true", "--server.port=0", "--logging.level.root=WARN");
    try {
      var report = new ArrayList<String>();
      var jdbc = app.getBean(JdbcClient.class);
      int existing = jdbc.sql("SELECT count(*) FROM prisoner").query(Integer.class).single();
      var generator = new GeneratedPeople(seed);
      long began = System.nanoTime();
      load(app, generator, people - existing);
      double loadSeconds = (System.nanoTime() - began) / 1e9;
      began = System.nanoTime();
      int indexed = index(app);
      double indexSeconds = (System.nanoTime() - began) / 1e9;
      jdbc.sql("VACUUM ANALYZE prisoner").update();
      jdbc.sql("VACUUM ANALYZE prisoner_name_index").update();
      jdbc.sql("VACUUM ANALYZE name_token").update();
      int total = jdbc.sql("SELECT count(*) FROM prisoner").query(Integer.class).single();
      int vocabulary = jdbc.sql("SELECT count(*) FROM name_token").query(Integer.class).single();
      String indexSize = jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('prisoner_name_index'))")
          .query(String.class).single();
      report.add(String.format(Locale.ROOT, "%,d prisoners (%,d demo + %,d generated, COPY in %.0f s); name index "
          + "built by NameIndex for %,d in %.0f s (%,.0f prisoners/s, 2 threads); %,d distinct spelling keys; "
          + "index table with its GIN index %s. Java %s, %d processors, load average %.1f.", total, existing,
          total - existing, loadSeconds, indexed, indexSeconds, indexed / indexSeconds, vocabulary, indexSize,
          Runtime.version(), Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      System.out.println(report.get(0));

      var random = new Random(seed + 1);
      var warmUp = queries(jdbc, random, 200);
      var measured = queries(jdbc, random, queryCount);
      signInServiceWide();
      var search = app.getBean(PrisonerSearch.class);
      for (var q : warmUp) {
        search.search(q.text(), null, LIMIT, false);
        search.search(q.text(), q.target().born(), LIMIT, false);
      }
      report.add("");
      report.add("| searches | n | p50 ms | p95 ms | p99 ms | recall@10 | recall@10, ties counted |");
      report.add("|---|---:|---:|---:|---:|---:|---:|");
      var byName = run(search, measured, false);
      var byNameAndBirth = run(search, measured, true);
      report.add(byName.row("name only"));
      report.add(byNameAndBirth.row("name and date of birth"));
      report.add(Outcome.merge(byName, byNameAndBirth).row("all"));
      report.add("");
      report.add(String.format(Locale.ROOT, "Name only, searches whose name words are shared by at most %d people on "
          + "file: %,d of %,d; recall@10 among them %.1f%%.", LIMIT, byName.distinguishable, measured.size(),
          100.0 * byName.distinguishableHits / Math.max(1, byName.distinguishable)));
      report.add("");
      report.add("| spelling scheme | recall@10, name only | ties counted | recall@10, with date of birth |");
      report.add("|---|---:|---:|---:|");
      for (var scheme : SpellingVariants.values()) {
        report.add(String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f%% |", scheme, byName.recall(scheme),
            byName.recallWithTies(scheme), byNameAndBirth.recall(scheme)));
      }
      report.add("");
      report.add("Misses (name only), first 15:");
      byName.misses.stream().limit(15).forEach(m -> report.add("- " + m));
      var out = Path.of("target", "bench", "search.md");
      Files.createDirectories(out.getParent());
      Files.write(out, report);
      report.forEach(System.out::println);
    } finally {
      SecurityContextHolder.clearContext();
      app.close();
      postgres.close();
    }
  }

  /** Generated prisoners straight into the table with COPY; the insert trigger queues each for the name index. */
  private static void load(ConfigurableApplicationContext app, GeneratedPeople generator, int count) throws Exception {
    var jdbc = app.getBean(JdbcClient.class);
    List<UUID> facilities = jdbc.sql("SELECT id FROM facility ORDER BY code").query(UUID.class).list();
    var latin = com.ibm.icu.text.Transliterator.getInstance("ky-ky_Latn/BGN");
    var random = generator.random();
    try (var connection = app.getBean(DataSource.class).getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      int chunk = 50_000;
      for (int from = 0; from < count; from += chunk) {
        var rows = new StringBuilder(chunk * 200);
        for (int i = from; i < Math.min(count, from + chunk); i++) {
          var p = generator.next();
          LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(57 * 365));
          rows.append(String.format(Locale.ROOT, "KG-%04d-%06d", 2010 + i % 16, 100_000 + i / 16)).append('\t')
              .append(p.family()).append('\t').append(p.given()).append('\t')
              .append(p.patronymic() == null ? "\\N" : p.patronymic()).append('\t')
              .append(latin.transliterate(p.family() + " " + p.given())).append('\t')
              .append(born).append('\t').append(p.female() ? "FEMALE" : "MALE").append("\tKG\tCONVICTED\t")
              .append(facilities.get(random.nextInt(facilities.size()))).append('\t')
              .append("2025-01-01T00:00:00Z").append('\n');
        }
        copy.copyIn("COPY prisoner (number, family_name, given_name, patronymic, latin_name, date_of_birth, sex, "
            + "citizenship, legal_status, facility_id, admitted_at) FROM STDIN", new StringReader(rows.toString()));
        System.out.printf("loaded %,d%n", Math.min(count, from + chunk));
      }
    }
  }

  /** The queue the trigger filled, taken by two threads at once (SKIP LOCKED keeps them apart). */
  private static int index(ConfigurableApplicationContext app) throws InterruptedException {
    var index = app.getBean(NameIndex.class);
    var transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    var done = new AtomicInteger();
    var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
    var workers = new ArrayList<Thread>();
    for (int t = 0; t < 2; t++) {
      var worker = new Thread(() -> {
        try {
          for (Integer n = 1; n != null && n > 0; ) {
            n = transactions.execute(s -> index.catchUp(5000));
            int sum = done.addAndGet(n == null ? 0 : n);
            if (sum % 100_000 < 5000 && n != null && n > 0) {
              System.out.printf("indexed %,d%n", sum);
            }
          }
        } catch (Throwable e) {
          failure.set(e);
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (var w : workers) {
      w.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
    return done.get();
  }

  /** People on file picked at random, each with a spelling of their name as a clerk might type it. */
  private static List<Query> queries(JdbcClient jdbc, Random random, int count) {
    var targets = jdbc.sql("""
        SELECT number, family_name, given_name, patronymic, date_of_birth FROM prisoner TABLESAMPLE BERNOULLI (1)
        REPEATABLE (""" + random.nextInt(1_000_000) + ") LIMIT " + count)
        .query((rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5).toLocalDate())).list();
    var schemes = SpellingVariants.values();
    var queries = new ArrayList<Query>();
    for (int i = 0; i < targets.size(); i++) {
      var t = targets.get(i);
      var scheme = schemes[i % schemes.length];
      String family = scheme.spell(t.family(), true, random);
      String given = scheme.spell(t.given(), false, random);
      var words = new ArrayList<String>();
      if (random.nextInt(10) < 4) {
        words.add(given);
        words.add(family);
      } else {
        words.add(family);
        words.add(given);
      }
      if (t.patronymic() != null && random.nextInt(10) < 4) {
        words.add(scheme.spell(t.patronymic(), false, random));
      }
      boolean withPatronymic = words.size() == 3;
      int namesakes = jdbc.sql("SELECT count(*) FROM prisoner WHERE family_name = ? AND given_name = ?"
          + (withPatronymic ? " AND patronymic = ?" : "")).params(withPatronymic
              ? List.of(t.family(), t.given(), t.patronymic()) : List.of(t.family(), t.given()))
          .query(Integer.class).single();
      queries.add(new Query(t, scheme, String.join(" ", words), namesakes));
    }
    return queries;
  }

  private static Outcome run(PrisonerSearch search, List<Query> queries, boolean withBirth) {
    var outcome = new Outcome();
    for (var q : queries) {
      LocalDate born = withBirth ? q.target().born() : null;
      long start = System.nanoTime();
      List<PrisonerMatch> found = search.search(q.text(), born, LIMIT, false);
      outcome.latencies.add((System.nanoTime() - start) / 1e6);
      boolean hit = found.stream().anyMatch(m -> m.number().equals(q.target().number()));
      boolean tie = hit;
      if (!hit && found.size() == LIMIT) {
        // Namesakes: the person sought scores as high as the tenth result, so only the order of equals left them out.
        double tenth = found.get(LIMIT - 1).score();
        tie = search.search(q.text(), born, PrisonerSearch.MAX_LIMIT, false).stream()
            .anyMatch(m -> m.number().equals(q.target().number()) && m.score() >= tenth);
      }
      outcome.count(q.scheme(), hit, tie);
      if (q.namesakes() <= LIMIT) {
        outcome.distinguishable++;
        outcome.distinguishableHits += hit ? 1 : 0;
      }
      if (!tie) {
        outcome.misses.add(q.scheme() + ": \"" + q.text() + "\" for " + q.target().family() + " " + q.target().given()
            + (q.target().patronymic() == null ? "" : " " + q.target().patronymic()) + "; found "
            + found.stream().limit(3).map(m -> m.name() + " " + m.score()).toList());
      }
    }
    return outcome;
  }

  /** Latencies and hits of one series of searches. */
  static final class Outcome {
    final List<Double> latencies = new ArrayList<>();
    final EnumMap<SpellingVariants, int[]> bySchemes = new EnumMap<>(SpellingVariants.class);
    final List<String> misses = new ArrayList<>();
    int distinguishable;
    int distinguishableHits;

    void count(SpellingVariants scheme, boolean hit, boolean tie) {
      var c = bySchemes.computeIfAbsent(scheme, s -> new int[3]);
      c[0]++;
      c[1] += hit ? 1 : 0;
      c[2] += tie ? 1 : 0;
    }

    double recall(SpellingVariants scheme) {
      var c = bySchemes.get(scheme);
      return 100.0 * c[1] / c[0];
    }

    double recallWithTies(SpellingVariants scheme) {
      var c = bySchemes.get(scheme);
      return 100.0 * c[2] / c[0];
    }

    static Outcome merge(Outcome a, Outcome b) {
      var merged = new Outcome();
      merged.latencies.addAll(a.latencies);
      merged.latencies.addAll(b.latencies);
      for (var o : List.of(a, b)) {
        o.bySchemes.forEach((s, c) -> {
          var m = merged.bySchemes.computeIfAbsent(s, x -> new int[3]);
          for (int i = 0; i < 3; i++) {
            m[i] += c[i];
          }
        });
      }
      return merged;
    }

    String row(String what) {
      double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int n = 0;
      int hits = 0;
      int ties = 0;
      for (var c : bySchemes.values()) {
        n += c[0];
        hits += c[1];
        ties += c[2];
      }
      return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f%% | %.1f%% |", what, sorted.length,
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), 100.0 * hits / n, 100.0 * ties / n);
    }

    private static double percentile(double[] sorted, double p) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
  }

  /** Headquarters: service-wide, so that every person sought is in scope. */
  private static void signInServiceWide() {
    record Reader(String username) implements SignedInUser, Principal {
      public String displayName() { return username; }
      public String roleKey() { return "role.HEADQUARTERS"; }
      public List<String> facilityNames() { return List.of(); }
      public List<UUID> facilityIds() { return List.of(); }
      public boolean serviceWide() { return true; }
      public String getName() { return username; }
    }
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        new Reader("bench"), null, List.of(new SimpleGrantedAuthority("prisoner.read"))));
  }
}
