package org.bagyt.support;

import java.util.List;
import javax.sql.DataSource;
import org.bagyt.demo.DemoData;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives every test class the same starting point: the schema built by its migrations and the demo
 * service generated from the fixed seed. The first reset in a test JVM builds it and keeps a copy of
 * every table in a {@code snapshot} schema; later resets copy the rows back, which takes a fraction of
 * the time generation does.
 */
public class ResetDatabase extends AbstractTestExecutionListener {

  private static boolean snapshotTaken;

  @Override
  public void beforeTestClass(TestContext context) {
    reset(context);
  }

  @Override
  public void beforeTestMethod(TestContext context) {
    if (context.getTestClass().isAnnotationPresent(FreshDatabaseForEachTest.class)) {
      reset(context);
    }
  }

  private static synchronized void reset(TestContext context) {
    var app = context.getApplicationContext();
    var jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    if (!snapshotTaken) {
      var flyway = app.getBean(Flyway.class);
      flyway.clean();
      flyway.migrate();
      app.getBean(DemoData.class).generate(IntegrationTest.SEED, 1);
      jdbc.execute("DROP SCHEMA IF EXISTS snapshot CASCADE");
      jdbc.execute("CREATE SCHEMA snapshot");
      for (String table : tables(jdbc)) {
        jdbc.execute("CREATE TABLE snapshot." + table + " AS TABLE public." + table);
      }
      jdbc.execute("CREATE TABLE snapshot.sequence_values AS SELECT sequencename AS name, last_value, "
          + "last_value IS NOT NULL AS called FROM pg_sequences WHERE schemaname = 'public'");
      snapshotTaken = true;
      return;
    }
    // Replica mode switches off foreign-key checks while rows are copied back; triggers that fire always (the
    // audit trail's append-only guard) are switched off for the copy and back on exactly as they were.
    var alwaysOn = jdbc.queryForList("SELECT format('%I ON %I', t.tgname, c.relname) FROM pg_trigger t "
        + "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        + "WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgenabled = 'A'", String.class);
    jdbc.execute((java.sql.Connection c) -> {
      try (var s = c.createStatement()) {
        for (String trigger : alwaysOn) {
          String[] parts = trigger.split(" ON ");
          s.execute("ALTER TABLE " + parts[1] + " DISABLE TRIGGER " + parts[0]);
        }
        s.execute("SET session_replication_role = replica");
        var tables = tables(jdbc);
        s.execute("TRUNCATE " + String.join(", ", tables.stream().map(t -> "public." + t).toList()));
        for (String table : tables) {
          s.execute("INSERT INTO public." + table + " SELECT * FROM snapshot." + table);
        }
        s.execute("SELECT setval('public.' || name, coalesce(last_value, 1), called) FROM snapshot.sequence_values");
        s.execute("SET session_replication_role = DEFAULT");
        for (String trigger : alwaysOn) {
          String[] parts = trigger.split(" ON ");
          s.execute("ALTER TABLE " + parts[1] + " ENABLE ALWAYS TRIGGER " + parts[0]);
        }
      }
      return null;
    });
  }

  private static List<String> tables(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
        + "AND tablename <> 'flyway_schema_history' ORDER BY tablename", String.class);
  }
}
