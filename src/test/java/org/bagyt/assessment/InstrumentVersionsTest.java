package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service's own instrument files (BAGYT_INSTRUMENTS_DIR): a new version is loaded beside the old, assessments keep
 * the version they answered, a changed file under an old version number stops the load, and so does a forbidden item.
 * Each check loads into a separate catalogue on the test database, so the running application keeps its own.
 */
class InstrumentVersionsTest extends IntegrationTest {

  private static final Path SHIPPED = Path.of("src/main/resources/assessment/instruments/bagyt-risk-needs-v1.yaml");

  @Autowired
  Clock clock;

  @Autowired
  TransactionTemplate transactions;

  @TempDir
  Path directory;

  @AfterEach
  void forgetTheirVersions() {
    jdbc.sql("DELETE FROM instrument WHERE version > 1 OR id = 'service-own'").update();
    ActingAs.nobody();
  }

  private Instruments catalogueWith(String file, String yaml) throws IOException {
    Files.writeString(directory.resolve(file), yaml, StandardCharsets.UTF_8);
    return new Instruments(jdbc, clock, transactions, directory.toString());
  }

  private int stored() {
    return jdbc.sql("SELECT count(*) FROM instrument").query(Integer.class).single();
  }

  @Test
  void aNewVersionLoadsBesideTheOldAndOldAssessmentsKeepTheirs() throws IOException {
    String v1 = Files.readString(SHIPPED, StandardCharsets.UTF_8);
    String v2 = v1.replaceFirst("(?m)^version: 1$", "version: 2");
    assertThat(v2).isNotEqualTo(v1);
    Instrument original = Instruments.check("v1", v1);
    String oldTitle = original.item("BA1").orElseThrow().title().en();
    v2 = v2.replace("en: \"" + oldTitle + "\"", "en: \"Revised wording of the first item\"");
    Integer answered = jdbc.sql("SELECT min(instrument_version) FROM assessment WHERE instrument_id = 'bagyt-risk-needs'")
        .query(Integer.class).single();
    assertThat(answered).isEqualTo(1);

    var catalogue = catalogueWith("risk-needs-v2.yaml", v2);
    catalogue.load();

    assertThat(catalogue.newest("bagyt-risk-needs")).get().extracting(Instrument::version).isEqualTo(2);
    assertThat(catalogue.newest("bagyt-risk-needs").orElseThrow().item("BA1").orElseThrow().title().en())
        .isEqualTo("Revised wording of the first item");
    assertThat(catalogue.get("bagyt-risk-needs", 1).item("BA1").orElseThrow().title().en()).isEqualTo(oldTitle);
    assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE instrument_id = 'bagyt-risk-needs' AND instrument_version = 2")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void aChangedFileUnderAVersionAlreadyLoadedIsRefused() throws IOException {
    String changed = Files.readString(SHIPPED, StandardCharsets.UTF_8).replaceFirst("(?m)^plan: true$", "plan: false");
    int before = stored();
    var catalogue = catalogueWith("risk-needs-changed.yaml", changed);
    assertThatThrownBy(catalogue::load).isInstanceOfSatisfying(InstrumentRefused.class,
        refused -> assertThat(refused.keys()).containsExactly("instrument.problem.version-changed"));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aServiceFileWithAForbiddenItemIsRefusedAtLoadAndNothingIsStored() throws IOException {
    String own = Files.readString(SHIPPED, StandardCharsets.UTF_8).replaceFirst("(?m)^id: bagyt-risk-needs$", "id: service-own")
        .replaceFirst("rates: \\[[A-Z_, ]+]", "rates: [ETHNICITY]");
    int before = stored();
    var catalogue = catalogueWith("own.yaml", own);
    assertThatThrownBy(catalogue::load).isInstanceOfSatisfying(InstrumentRefused.class, refused -> {
      assertThat(refused.keys()).containsExactly("instrument.problem.forbidden-input");
      assertThat(refused.file()).endsWith("own.yaml");
    });
    assertThat(stored()).isEqualTo(before);
  }
}
