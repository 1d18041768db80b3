package org.bagyt.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of tests that run Bagyt for real: the whole application on a random port, on the test JVM's
 * embedded PostgreSQL, with the schema and demo data reset before each test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestExecutionListeners(listeners = ResetDatabase.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
// The demo accounts sign in with their password alone, as in demo mode; tests of the second factor set
// bagyt.mfa=required in a @TestPropertySource of their own, which takes precedence over this one.
@TestPropertySource(properties = {"bagyt.mfa=optional", "db-scheduler.enabled=false"})
public abstract class IntegrationTest {

  public static final long SEED = 20260301L;

  @LocalServerPort
  protected int port;

  @Autowired
  protected JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("bagyt.db.url", TestDatabase::url);
    registry.add("bagyt.db.user", () -> "postgres");
    registry.add("bagyt.db.password", () -> "");
    registry.add("bagyt.demo.enabled", () -> "false");
    registry.add("spring.flyway.clean-disabled", () -> "false");
  }

  /** A new browser-like client with its own cookies, speaking to this application. */
  protected WebClient client() {
    return new WebClient("http://localhost:" + port);
  }
}
