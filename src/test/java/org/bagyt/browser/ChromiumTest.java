package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium, browser tests are skipped on a developer's machine and fail on a build server. */
class ChromiumTest {

  @TempDir
  Path dir;

  @Test
  void aMissingBrowserSkipsTheTestsAndSaysHowToInstallIt() throws IOException {
    var env = Map.of("BAGYT_CHROMIUM", dir.resolve("no-chromium").toString(), "BAGYT_CHROMEDRIVER", executable("chromedriver"));

    var result = Chromium.decide(env);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).get().asString().contains("no-chromium").contains("apt-get install -y chromium chromium-driver")
        .doesNotContain("chromedriver]");
  }

  @Test
  void aMissingDriverFailsUnderCi() throws IOException {
    var env = Map.of("BAGYT_CHROMIUM", executable("chromium"), "BAGYT_CHROMEDRIVER", dir.resolve("none").toString(),
        "CI", "true");

    assertThatThrownBy(() -> Chromium.decide(env)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("CI=true").hasMessageContaining(dir.resolve("none").toString());
  }

  @Test
  void aFileThatCannotRunCountsAsMissing() throws IOException {
    Path notExecutable = Files.createFile(dir.resolve("chromium"));
    var env = Map.of("BAGYT_CHROMIUM", notExecutable.toString(), "BAGYT_CHROMEDRIVER", executable("chromedriver"),
        "CI", "false");

    assertThat(Chromium.decide(env).isDisabled()).isTrue();
  }

  @Test
  void bothPresentRunsTheTestsEvenUnderCi() throws IOException {
    var env = Map.of("BAGYT_CHROMIUM", executable("chromium"), "BAGYT_CHROMEDRIVER", executable("chromedriver"),
        "CI", "true");

    assertThat(Chromium.decide(env).isDisabled()).isFalse();
  }

  private String executable(String name) throws IOException {
    return Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x"))).toString();
  }
}
