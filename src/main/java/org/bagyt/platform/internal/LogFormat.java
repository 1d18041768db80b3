package org.bagyt.platform.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code BAGYT_LOG_FORMAT=json} writes one JSON object per log line (Elastic Common Schema), for log
 * collectors; anything else keeps Boot's readable text. Runs before logging starts.
 */
class LogFormat implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String format = environment.getProperty("BAGYT_LOG_FORMAT", environment.getProperty("bagyt.log-format", ""));
    if (format.trim().toLowerCase(Locale.ROOT).equals("json")) {
      environment.getPropertySources().addFirst(new MapPropertySource("bagytLogFormat",
          Map.of("logging.structured.format.console", "ecs")));
    }
  }
}
