package org.bagyt.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.SpringApplication;

/** One embedded PostgreSQL 17 for the whole test JVM, with an empty {@code bagyt} database. */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      postgres = start("bagyt");
      // Not a JVM hook of its own: that one races Spring's, and a context still closing (Modulith looks for
      // incomplete event publications) then waits 30 s for a connection. Boot runs these handlers after
      // every application context has closed.
      SpringApplication.getShutdownHandlers().add(TestDatabase::stop);
    }
    return postgres;
  }

  /** A JDBC URL for the shared test database; server-side statement caching is off so schema resets are safe. */
  public static String url() {
    return postgres().getJdbcUrl("postgres", "bagyt") + "&prepareThreshold=0";
  }

  /** Starts a separate, throw-away PostgreSQL with one database of the given name. */
  public static EmbeddedPostgres start(String database) {
    try {
      var pg = EmbeddedPostgres.builder()
          .setDataDirectory(Files.createTempDirectory("bagyt-test-pg"))
          .setCleanDataDirectory(true)
          .setRegisterShutdownHook(false)
          .setServerConfig("timezone", "UTC")
          .setLocaleConfig("locale", "C.UTF-8")
          .setLocaleConfig("encoding", "UTF8")
          .start();
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
      }
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void stop() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException ignored) {
      // The JVM is ending; the temporary data directory goes with it.
    }
  }
}
