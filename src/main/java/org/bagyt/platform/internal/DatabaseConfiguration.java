package org.bagyt.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.bagyt.platform.BagytProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when {@code BAGYT_DB_URL} is set, otherwise an embedded
 * PostgreSQL 17 that Bagyt starts itself with its data under {@code BAGYT_DATA_DIR/postgres}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  static final String DATABASE = "bagyt";

  @Bean
  DataSource dataSource(BagytProperties properties, Database database) {
    var ds = new HikariDataSource();
    ds.setPoolName("bagyt");
    ds.setJdbcUrl(database.url());
    ds.setUsername(database.user());
    ds.setPassword(database.password());
    ds.setMaximumPoolSize(10);
    return ds;
  }

  @Bean(destroyMethod = "close")
  Database database(BagytProperties properties) throws IOException {
    var db = properties.db();
    if (db.external()) {
      log.info("Using the external PostgreSQL at {}", db.url());
      return new Database(db.url(), db.user(), db.password(), null);
    }
    Path dir = properties.dataDir().toAbsolutePath().normalize();
    Files.createDirectories(dir);
    // Our own shutdown order: Spring closes the pool and the event registry first, then the database.
    var postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("postgres"))
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setOverrideWorkingDirectory(dir.resolve("postgres-bin").toFile())
        .setPort(db.embeddedPort() > 0 ? db.embeddedPort() : 0)
        .setServerConfig("timezone", "UTC")
        // The library turns fsync off, which suits throw-away test databases: Bagyt turns it back on, so a
        // power cut can never corrupt the records. Commits stay asynchronous (at most the last ~0.6 s of
        // commits can be lost in a power cut, never half of one): every audited read is a commit, and a
        // synchronous flush per read would cost more than the read. An external server keeps its own setting.
        .setServerConfig("fsync", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("listen_addresses", "localhost")
        .setLocaleConfig("locale", "C.UTF-8")
        .setLocaleConfig("encoding", "UTF8")
        .start();
    createDatabaseIfMissing(postgres);
    log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir.resolve("postgres"));
    return new Database(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "", postgres);
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
      }
    } catch (SQLException e) {
      throw new IOException("Cannot create the embedded database", e);
    }
  }

  /** Where the database is; closing it stops the embedded server, if Bagyt started one. */
  record Database(String url, String user, String password, EmbeddedPostgres embedded) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (embedded != null) {
        log.info("Stopping embedded PostgreSQL");
        embedded.close();
      }
    }
  }
}
