package org.bagyt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The BAGYT_* environment variables of application.properties reach the sign-in settings. */
class SignInSettingsTest {

  private static SignInSettings bind(Map<String, Object> environment) throws Exception {
    var env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("environment", environment));
    new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
        .forEach(env.getPropertySources()::addLast);
    return Binder.get(env).bind("bagyt.sign-in", SignInSettings.class).get();
  }

  @Test
  void byDefaultFiveAttemptsLockForFifteenMinutesAndSessionsLastTenHours() throws Exception {
    var settings = bind(Map.of());
    assertThat(settings.lockoutAttempts()).isEqualTo(5);
    assertThat(settings.lockout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.sessionLifetime()).isEqualTo(Duration.ofHours(10));
    assertThat(settings.secretKey()).isEmpty();
  }

  @Test
  void eachIsSetByItsEnvironmentVariable() throws Exception {
    var settings = bind(Map.of("BAGYT_LOCKOUT_ATTEMPTS", "3", "BAGYT_LOCKOUT_MINUTES", "30",
        "BAGYT_SESSION_LIFETIME", "8h", "BAGYT_SECRET_KEY", "c2VjcmV0"));
    assertThat(settings.lockoutAttempts()).isEqualTo(3);
    assertThat(settings.lockout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.sessionLifetime()).isEqualTo(Duration.ofHours(8));
    assertThat(settings.secretKey()).isEqualTo("c2VjcmV0");
  }
}
