package org.bagyt.accounts.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How signing in is guarded, from {@code BAGYT_LOCKOUT_ATTEMPTS}, {@code BAGYT_LOCKOUT_MINUTES},
 * {@code BAGYT_SESSION_LIFETIME}, {@code BAGYT_ONE_TIME_PASSWORD_HOURS} and {@code BAGYT_SECRET_KEY}.
 *
 * @param lockoutAttempts failed attempts in a row (passwords and second-factor codes) that lock an account
 * @param lockoutMinutes how long a locked account stays locked
 * @param sessionLifetime the longest any session lasts, however active
 * @param oneTimePasswordHours how long a one-time password set by an administrator works
 * @param secretKey base64 of the 32-byte key that encrypts second-factor secrets, or blank for the key file
 */
@ConfigurationProperties("bagyt.sign-in")
public record SignInSettings(int lockoutAttempts, int lockoutMinutes, Duration sessionLifetime, int oneTimePasswordHours,
    String secretKey) {

  public SignInSettings {
    if (lockoutAttempts < 1 || lockoutMinutes < 1) {
      throw new IllegalArgumentException("BAGYT_LOCKOUT_ATTEMPTS and BAGYT_LOCKOUT_MINUTES must be at least 1");
    }
    if (oneTimePasswordHours < 1) {
      throw new IllegalArgumentException("BAGYT_ONE_TIME_PASSWORD_HOURS must be at least 1");
    }
    if (sessionLifetime == null || sessionLifetime.isNegative() || sessionLifetime.isZero()) {
      throw new IllegalArgumentException("BAGYT_SESSION_LIFETIME must be a positive duration such as 10h");
    }
  }

  Duration lockout() {
    return Duration.ofMinutes(lockoutMinutes);
  }
}
