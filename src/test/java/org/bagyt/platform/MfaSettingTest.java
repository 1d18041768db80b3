package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** BAGYT_MFA: required or optional; unset, optional only in demo mode. */
class MfaSettingTest {

  private static BagytProperties with(String mfa, String demo, String dbUrl) {
    return new BagytProperties(Path.of("data"), new BagytProperties.Db(dbUrl, "bagyt", "", 0),
        new BagytProperties.Demo(demo, 1, 1), Locale.ENGLISH, ZoneId.of("Asia/Bishkek"), 8192, mfa);
  }

  @Test
  void unsetItIsOptionalInDemoModeAndRequiredOtherwise() {
    assertThat(with("", "", "").mfaRequired()).as("embedded database: demo").isFalse();
    assertThat(with("", "", "jdbc:postgresql://db/bagyt").mfaRequired()).as("external database: service").isTrue();
    assertThat(with(null, "false", "").mfaRequired()).as("demo switched off").isTrue();
    assertThat(with("", "true", "jdbc:postgresql://db/bagyt").mfaRequired()).as("demo on an external database").isFalse();
  }

  @Test
  void anExplicitValueWinsEitherWay() {
    assertThat(with("required", "true", "").mfaRequired()).isTrue();
    assertThat(with(" Optional ", "false", "jdbc:postgresql://db/bagyt").mfaRequired()).isFalse();
  }

  @Test
  void anyOtherValueStopsBagytFromStarting() {
    assertThatThrownBy(() -> with("requried", "", "")).hasMessageContaining("BAGYT_MFA");
    assertThatThrownBy(() -> with("off", "", "")).hasMessageContaining("BAGYT_MFA");
  }
}
