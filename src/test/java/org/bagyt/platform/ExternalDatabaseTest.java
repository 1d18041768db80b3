package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.bagyt.BagytApplication;
import org.bagyt.support.TestDatabase;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bagyt on a separately started PostgreSQL, set up the way the README tells an administrator to:
 * a role and a database it owns. Bagyt migrates the schema and adds demo data only when asked.
 */
class ExternalDatabaseTest {

  private static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws SQLException {
    server = TestDatabase.start("postgres_admin_only");
    try (Connection c = server.getPostgresDatabase().getConnection()) {
      // The README's set-up, as the database administrator runs it.
      c.createStatement().execute("CREATE ROLE bagyt LOGIN PASSWORD 'a-long-secret-password'");
      c.createStatement().execute("CREATE DATABASE bagyt OWNER bagyt ENCODING 'UTF8' TEMPLATE template0");
      c.createStatement().execute("CREATE DATABASE bagyt_demo OWNER bagyt ENCODING 'UTF8' TEMPLATE template0");
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private static ConfigurableApplicationContext start(String database, String... extra) {
    var properties = new java.util.ArrayList<>(java.util.List.of(
        "BAGYT_DB_URL=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
        "BAGYT_DB_USER=bagyt",
        "BAGYT_DB_PASSWORD=a-long-secret-password",
        "server.port=0"));
    properties.addAll(java.util.List.of(extra));
    return new SpringApplicationBuilder(BagytApplication.class).properties(properties.toArray(String[]::new)).run();
  }

  @Test
  void migratesTheSchemaAndRunsWithoutDemoData() {
    try (var app = start("bagyt")) {
      var jdbc = JdbcClient.create(app.getBean(DataSource.class));
      assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("bagyt");
      assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
          .isGreaterThanOrEqualTo(5);
      assertThat(jdbc.sql("SELECT extname FROM pg_extension ORDER BY extname").query(String.class).list())
          .contains("pg_trgm", "pgcrypto");
      assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Integer.class).single()).isZero();
      assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Integer.class).single()).isZero();
      assertThat(jdbc.sql("SELECT count(*) FROM region").query(Integer.class).single()).isEqualTo(9);

      var web = new WebClient("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
      var readiness = web.get("/actuator/health/readiness", "Accept", "application/json");
      assertThat(readiness.status()).isEqualTo(200);
      assertThat(readiness.body()).contains("\"UP\"");
    }
  }

  @Test
  void addsDemoDataWhenAskedTo() {
    try (var app = start("bagyt_demo", "BAGYT_DEMO=true")) {
      var jdbc = JdbcClient.create(app.getBean(DataSource.class));
      assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Integer.class).single()).isEqualTo(31);
      assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE demo").query(Integer.class).single())
          .isGreaterThanOrEqualTo(9);
    }
  }
}
