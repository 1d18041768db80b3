package org.bagyt.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.bagyt.BagytApplication;
import org.bagyt.audit.AuditTrail;
import org.bagyt.demo.DemoData;
import org.bagyt.estate.Estate;
import org.bagyt.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures what the audit trail costs, in-process, against a real embedded PostgreSQL 17: audited reads
 * (read path with and without {@link AuditTrail#record}) and sign-ins (through the AuthenticationManager
 * with and without the audit listener). There is no switch in Bagyt that turns auditing off; the
 * comparison is made here, in the benchmark, by calling the parts directly.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java}. Settings (system properties): {@code bench.seconds}
 * per measurement (10), {@code bench.rounds} (3), {@code bench.threads} for reads (1,4),
 * {@code bench.synchronousCommit} (the embedded default, off; "on" as an external PostgreSQL has it).
 */
public final class AuditBenchmark {

  private static final String ACTOR = "bench";

  private final ConfigurableApplicationContext app;
  private final Duration measure;
  private final Duration warmUp;
  private final int rounds;
  private final List<String> report = new ArrayList<>();

  private AuditBenchmark(ConfigurableApplicationContext app, Duration measure, int rounds) {
    this.app = app;
    this.measure = measure;
    this.warmUp = measure.dividedBy(2);
    this.rounds = rounds;
  }

  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 10);
    int rounds = Integer.getInteger("bench.rounds", 3);
    int[] readThreads = Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
        .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    String synchronousCommit = System.getProperty("bench.synchronousCommit", "off");

    EmbeddedPostgres postgres = TestDatabase.start("bagyt");
    try (var connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("ALTER SYSTEM SET synchronous_commit = " + ("on".equals(synchronousCommit) ? "on" : "off"));
      connection.createStatement().execute("SELECT pg_reload_conf()");
    }
    // Command-line arguments, because they outrank application.properties (builder defaults would not).
    var app = new SpringApplicationBuilder(BagytApplication.class)
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new AuditSwitch())).run(
        "--bagyt.db.url=" + postgres.getJdbcUrl("postgres", "bagyt"), "--bagyt.db.user=postgres",
        "--bagyt.db.password=", "--bagyt.demo.enabled=true", "--server.port=0", "--logging.level.root=WARN",
        "--logging.level.org.bagyt.bench=INFO");
    try {
      var bench = new AuditBenchmark(app, Duration.ofSeconds(seconds), rounds);
      bench.header(seconds, rounds, synchronousCommit);
      for (int threads : readThreads) {
        bench.fileOpens(threads);
        bench.reads(new FacilityRecordRead(app.getBean(Estate.class)), threads);
      }
      for (int threads : readThreads) {
        bench.requests("page: prisoner file (HTTP GET /prisoners/{id})", "/prisoners/", "text/html", threads);
        bench.requests("API: prisoner file (HTTP GET /api/v1/prisoners/{id})", "/api/v1/prisoners/", "application/json", threads);
      }
      bench.signIns(2, true);
      bench.signIns(2, false);
      bench.verification();
      bench.write();
    } finally {
      app.close();
      postgres.close();
    }
  }

  private void header(int seconds, int rounds, String synchronousCommit) {
    report.add("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors, "
        + "PostgreSQL " + jdbc().sql("SHOW server_version").query(String.class).single() + " (embedded, synchronous_commit="
        + synchronousCommit + "); " + rounds + " rounds of " + seconds + " s per mode after a warm-up; load average "
        + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage()) + " at the start.");
    report.add("");
    report.add("| measurement | threads | unaudited /s | audited /s | audited ÷ unaudited (median of paired rounds) |");
    report.add("|---|---:|---:|---:|---:|");
  }

  /** The read path in one transaction, as a page or API resource runs it, with and without its audit event. */
  private void reads(AuditedRead read, int threads) throws InterruptedException {
    var trail = app.getBean(AuditTrail.class);
    var transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    var ids = read.ids();
    IntConsumer unaudited = i -> transactions.executeWithoutResult(s -> read.read(ids.get(i % ids.size())));
    IntConsumer audited = i -> transactions.executeWithoutResult(s -> {
      var id = ids.get(i % ids.size());
      read.read(id);
      trail.record(ACTOR, read.event(id));
    });
    compare("read: " + read.name(), threads, unaudited, audited, () -> { }, () -> { });
  }

  /**
   * A prisoner's file opened in-process exactly as its page does (the scoped, audited {@code PrisonerFiles.open}
   * and every contributed section), as the governor of IK-47, with recording switched off and on.
   */
  private void fileOpens(int threads) throws InterruptedException {
    var files = app.getBean(org.bagyt.prisoners.PrisonerFiles.class);
    var sections = app.getBeansOfType(org.bagyt.prisoners.PrisonerFileSection.class).values();
    var governor = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
        .loadUserByUsername("governor");
    var signedIn = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
        .authenticated(governor, null, governor.getAuthorities());
    var ids = jdbc().sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id "
        + "WHERE f.code = 'IK-47' AND p.released_at IS NULL ORDER BY p.number").query(UUID.class).list();
    IntConsumer open = i -> {
      org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn);
      UUID id = ids.get(i % ids.size());
      files.open(id);
      sections.forEach(section -> section.model(id));
    };
    compare("read: prisoner file (service, with its sections)", threads, open, open,
        () -> AuditSwitch.RECORDING.set(false), () -> AuditSwitch.RECORDING.set(true));
  }

  /**
   * Whole requests for a prisoner's file, as the governor of IK-47 sends them from a browser or a partner's
   * system: security filters, the session in PostgreSQL, the scoped read, its audit event, the rendering.
   */
  private void requests(String what, String path, String accept, int threads) throws InterruptedException {
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    var ids = jdbc().sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id "
        + "WHERE f.code = 'IK-47' AND p.released_at IS NULL ORDER BY p.number").query(UUID.class).list();
    var clients = new java.util.concurrent.ConcurrentHashMap<String, SignedInClient>();
    IntConsumer read = i -> clients.computeIfAbsent(Thread.currentThread().getName(),
            name -> new SignedInClient(base, "governor", DemoData.DEMO_PASSWORD))
        .get(path + ids.get(i % ids.size()), accept);
    compare(what, threads, read, read, () -> AuditSwitch.RECORDING.set(false), () -> AuditSwitch.RECORDING.set(true));
  }

  /** Sign-ins through the AuthenticationManager, with the audit module's listeners attached and detached. */
  private void signIns(int threads, boolean succeed) throws InterruptedException {
    var manager = app.getBean(AuthenticationManager.class);
    var accounts = List.copyOf(DemoData.ACCOUNTS.keySet());
    String password = succeed ? DemoData.DEMO_PASSWORD : "not-the-password";
    IntConsumer signIn = i -> {
      try {
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(accounts.get(i % accounts.size()), password));
      } catch (AuthenticationException refused) {
        if (succeed) {
          throw refused;
        }
      }
    };
    var auditListeners = auditListeners();
    var multicaster = app.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
        ApplicationEventMulticaster.class);
    compare(succeed ? "sign-in" : "failed sign-in (wrong password)", threads, signIn, signIn,
        () -> auditListeners.forEach(multicaster::removeApplicationListener),
        () -> auditListeners.forEach(multicaster::addApplicationListener));
  }

  private List<ApplicationListener<?>> auditListeners() {
    var listeners = ((AbstractApplicationContext) app).getApplicationListeners().stream()
        .filter(l -> l instanceof ApplicationListenerMethodAdapter a && a.getListenerId().startsWith("org.bagyt.audit."))
        .toList();
    if (listeners.size() != 3) {
      throw new IllegalStateException("Expected the audit module's three sign-in listeners, found " + listeners);
    }
    return List.copyOf(listeners);
  }

  /**
   * Alternates the two modes round by round and compares each audited round with the unaudited round just
   * before it: the machine's load drifts (other work shares it), and pairing cancels the drift.
   */
  private void compare(String what, int threads, IntConsumer unaudited, IntConsumer audited, Runnable auditOff,
      Runnable auditOn) throws InterruptedException {
    auditOff.run();
    LoadDriver.perSecond(threads, warmUp, unaudited);
    auditOn.run();
    LoadDriver.perSecond(threads, warmUp, audited);
    var off = new double[rounds];
    var on = new double[rounds];
    var ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      auditOff.run();
      off[r] = LoadDriver.perSecond(threads, measure, unaudited);
      auditOn.run();
      on[r] = LoadDriver.perSecond(threads, measure, audited);
      ratio[r] = on[r] / off[r];
      System.out.printf(Locale.ROOT, "%s, %d threads, round %d: unaudited %.1f/s, audited %.1f/s%n",
          what, threads, r + 1, off[r], on[r]);
    }
    report.add(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %.0f%% |", what, threads, median(off),
        median(on), 100 * median(ratio)));
  }

  /** How fast the whole chain, now holding every event the runs above wrote, is verified. */
  private void verification() {
    var client = jdbc();
    long events = client.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    var review = app.getBean(org.bagyt.audit.internal.AuditReview.class);
    long began = System.nanoTime();
    var result = review.verify();
    double seconds = (System.nanoTime() - began) / 1e9;
    report.add("");
    report.add(String.format(Locale.ROOT, "Verification: %,d events checked in %.1f s (%,.0f events/s), intact: %s.",
        result.checked(), seconds, result.checked() / seconds, result.intact()));
    if (!result.intact() || result.checked() != events) {
      throw new IllegalStateException("The chain written under load does not verify: " + result);
    }
  }

  private JdbcClient jdbc() {
    return app.getBean(JdbcClient.class);
  }

  private void write() throws IOException {
    var out = Path.of("target", "bench", "audit.md");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    System.out.println();
    report.forEach(System.out::println);
    System.out.println();
    System.out.println("Written to " + out.toAbsolutePath());
  }

  private static double median(double[] values) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
