package org.bagyt.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.bagyt.BagytApplication;
import org.bagyt.demo.DemoData;
import org.bagyt.prisoners.imports.PrisonerImports;
import org.bagyt.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports a generated register of {@code bench.rows} people (default 100,000) into the demo-sized service
 * through the import service the page and the API use: first the dry run, then the real import (check
 * again, register all rows in one transaction, audit). The target: 100,000 rows in under 60 s.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=org.bagyt.bench.ImportBenchmark}.
 */
public final class ImportBenchmark {

  private static final List<String> FAMILY = List.of("Асанов", "Осмонов", "Жусупов", "Мамытов", "Исаков", "Үсөнов",
      "Турдубаев", "Иванов", "Петров", "Юсупов", "Каримов", "Сыдыков", "Төлөгөнов", "Эсенбеков");
  private static final List<String> GIVEN = List.of("Азамат", "Бакыт", "Нурлан", "Эрлан", "Чыңгыз", "Сергей", "Алексей",
      "Шерзод", "Фарход", "Үмүт", "Өмүрбек", "Данияр");
  /** Mandela Rule 11: the untried go to pre-trial centres, the convicted to colonies and settlements. */
  private static final List<String> PRE_TRIAL = List.of("SIZO-1", "SIZO-21", "SIZO-13");
  private static final List<String> SENTENCED = List.of("IK-47", "IK-1", "IK-3", "KP-22", "KP-23");

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 100_000);
    EmbeddedPostgres postgres = TestDatabase.start("bagyt_import");
    var app = new SpringApplicationBuilder(BagytApplication.class).run(
        "--bagyt.db.url=" + postgres.getJdbcUrl("postgres", "bagyt_import"), "--bagyt.db.user=postgres",
        "--bagyt.db.password=", "--bagyt.demo.enabled=true", "--server.port=0", "--logging.level.root=WARN",
        "--logging.level.org.bagyt.bench=INFO");
    try {
      var jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
      var manager = app.getBean(AuthenticationManager.class);
      SecurityContextHolder.getContext().setAuthentication(
          manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("hq", DemoData.DEMO_PASSWORD)));
      byte[] register = register(rows, jdbc);
      var imports = app.getBean(PrisonerImports.class);
      long before = jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single();

      long start = System.nanoTime();
      var dryRun = imports.importCsv(register, "UTF-8", true);
      double checkSeconds = (System.nanoTime() - start) / 1e9;
      if (dryRun.badRows() != 0) {
        throw new IllegalStateException("The generated register has bad rows: " + dryRun.problems().subList(0, 5));
      }
      start = System.nanoTime();
      var imported = imports.importCsv(register, "UTF-8", false);
      double importSeconds = (System.nanoTime() - start) / 1e9;
      long after = jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single();
      if (after - before != rows || imported.imported() != rows) {
        throw new IllegalStateException("Expected " + rows + " new prisoners, found " + (after - before));
      }
      String report = String.format(Locale.ROOT, """
          Java %s, %d processors, PostgreSQL %s (embedded), demo service at scale 1 (%,d prisoners before), load average %.1f.

          | step | rows | file | seconds | rows/s |
          |---|---:|---:|---:|---:|
          | dry run (read and check every row) | %,d | %.1f MB | %.1f | %,.0f |
          | import (check again, register in one transaction, audit) | %,d | %.1f MB | %.1f | %,.0f |
          """, Runtime.version(), Runtime.getRuntime().availableProcessors(),
          jdbc.sql("SHOW server_version").query(String.class).single(), before,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          rows, register.length / 1e6, checkSeconds, rows / checkSeconds,
          rows, register.length / 1e6, importSeconds, rows / importSeconds);
      System.out.println(report);
      Files.createDirectories(Path.of("target/bench"));
      Files.writeString(Path.of("target/bench/import.md"), report);
    } finally {
      SecurityContextHolder.clearContext();
      app.close();
      postgres.close();
    }
  }

  /** A register as headquarters would export it: Kyrgyz headers, semicolons, one in fifty convicted placed in a free cell. */
  private static byte[] register(int rows, JdbcClient jdbc) {
    var freeCells = jdbc.sql("""
        SELECT f.code AS facility, c.code AS cell, c.beds - c.occupied AS free FROM cell c JOIN unit u ON u.id = c.unit_id
        JOIN facility f ON f.id = u.facility_id WHERE c.in_use AND c.beds > c.occupied AND f.code = 'IK-47' AND 'GENERAL' = ANY(u.used_for)
        ORDER BY c.code""").query().listOfRows();
    var random = new Random(20260301L);
    var csv = new StringBuilder(rows * 160);
    csv.append("Фамилиясы;Аты;Атасынын аты;Туулган күнү;Жынысы;Жарандыгы;Укуктук абалы;Мекеменин коду;Камеранын коду;"
        + "Кабыл алынган күнү;Чечим чыгарган орган;Документтин номери;Документтин датасы\n");
    int cellIndex = 0;
    int usedInCell = 0;
    for (int i = 0; i < rows; i++) {
      boolean untried = random.nextInt(3) == 0;
      String facility = untried ? PRE_TRIAL.get(random.nextInt(PRE_TRIAL.size())) : SENTENCED.get(random.nextInt(SENTENCED.size()));
      String cell = "";
      if (!untried && i % 50 == 0 && cellIndex < freeCells.size()) {
        var c = freeCells.get(cellIndex);
        facility = (String) c.get("facility");
        cell = (String) c.get("cell");
        if (++usedInCell >= ((Number) c.get("free")).intValue()) {
          cellIndex++;
          usedInCell = 0;
        }
      }
      int year = 1960 + random.nextInt(45);
      csv.append(FAMILY.get(random.nextInt(FAMILY.size()))).append(';')
          .append(GIVEN.get(random.nextInt(GIVEN.size()))).append(';')
          .append(random.nextBoolean() ? "Асанбекович" : "").append(';')
          .append(String.format(Locale.ROOT, "%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year)).append(';')
          .append("эркек;KG;").append(untried ? "тергөөдө" : "соттолгон").append(';')
          .append(facility).append(';').append(cell).append(';')
          .append(String.format(Locale.ROOT, "2025-%02d-%02d", 2 + random.nextInt(10), 10 + random.nextInt(18))).append(';')
          .append("Бишкек шаарынын Биринчи май райондук соту;").append("1-").append(i).append("/25;")
          .append("2025-01-").append(10 + random.nextInt(20)).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
