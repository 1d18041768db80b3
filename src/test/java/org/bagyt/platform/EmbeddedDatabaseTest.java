package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.bagyt.BagytApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bagyt as a new user runs it: no database configured, so it starts its own PostgreSQL with the data
 * under BAGYT_DATA_DIR; demo data goes only into the empty database; the data survives a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTest {

  private final Path dataDir = createTempDirectory();

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("bagyt-data");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void removeData() throws Exception {
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private ConfigurableApplicationContext start(String... extra) {
    var properties = new java.util.ArrayList<>(java.util.List.of(
        "BAGYT_DATA_DIR=" + dataDir, "server.port=0"));
    properties.addAll(java.util.List.of(extra));
    return new SpringApplicationBuilder(BagytApplication.class).properties(properties.toArray(String[]::new)).run();
  }

  @Test
  void dataSurvivesARestartAndDemoDataIsGeneratedOnlyOnce(CapturedOutput output) throws Exception {
    int port;
    try (var first = start("BAGYT_LOG_FORMAT=json")) {
      var jdbc = JdbcClient.create(first.getBean(DataSource.class));
      assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Integer.class).single()).isEqualTo(31);
      jdbc.sql("UPDATE staff_account SET language = 'ru' WHERE username = 'probation'").update();
      port = Integer.parseInt(jdbc.sql("SHOW port").query(String.class).single());
      // A power cut must never corrupt the records: the embedded server flushes its writes to disk.
      assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
      assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
    }
    assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
    assertThat(output.getOut()).contains("{\"@timestamp\"").contains("Demo data generated");
    // Stopping Bagyt stops its database cleanly: nothing listens on its port any more.
    assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(java.io.IOException.class);

    try (var second = start()) {
      var jdbc = JdbcClient.create(second.getBean(DataSource.class));
      assertThat(jdbc.sql("SELECT count(*) FROM facility").query(Integer.class).single()).isEqualTo(31);
      assertThat(jdbc.sql("SELECT language FROM staff_account WHERE username = 'probation'").query(String.class).single())
          .isEqualTo("ru");
    }
    assertThat(output.getOut()).contains("Database already holds data").doesNotContain(" ERROR ");
  }
}
