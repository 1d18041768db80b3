package org.bagyt.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/** Bagyt's own settings, bound from the {@code BAGYT_*} environment variables (see application.properties). */
@ConfigurationProperties("bagyt")
public record BagytProperties(
    Path dataDir,
    Db db,
    Demo demo,
    Locale defaultLanguage,
    ZoneId zone,
    int maxQueryLength,
    String mfa) {

  public BagytProperties {
    if (StringUtils.hasText(mfa) && !mfa.trim().equalsIgnoreCase("required") && !mfa.trim().equalsIgnoreCase("optional")) {
      // Refuse to start rather than guess: a typo must never silently switch the second factor off.
      throw new IllegalArgumentException("BAGYT_MFA must be 'required' or 'optional', not '" + mfa + "'");
    }
  }

  public record Db(String url, String user, String password, int embeddedPort) {
    public boolean external() {
      return StringUtils.hasText(url);
    }
  }

  /** {@code enabled} is blank unless set: demo data then follows the database (embedded yes, external no). */
  public record Demo(String enabled, long seed, int scale) {}

  public boolean demoEnabled() {
    return StringUtils.hasText(demo.enabled()) ? Boolean.parseBoolean(demo.enabled().trim()) : !db.external();
  }

  /** Whether every account needs a second factor: as set, else optional in demo mode only. */
  public boolean mfaRequired() {
    return StringUtils.hasText(mfa) ? mfa.trim().equalsIgnoreCase("required") : !demoEnabled();
  }
}
