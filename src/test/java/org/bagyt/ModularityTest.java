package org.bagyt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(BagytApplication.class);

  @Test
  void noModuleReachesIntoAnother() {
    modules.verify();
  }

  @Test
  void everyModuleOfTheArchitectureExistsAndSaysWhatItDoes() {
    assertThat(modules.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder(
        "platform", "accounts", "audit", "estate", "prisoners", "custody", "assessment", "allocation", "conduct",
        "interventions", "staff", "reintegration", "sharing", "reporting", "demo");
    modules.forEach(m -> assertThat(Path.of("src/main/java/org/bagyt", m.getName(), "package-info.java"))
        .as(m.getName()).satisfies(p -> assertThat(Files.readString(p)).contains("/**")));
  }
}
