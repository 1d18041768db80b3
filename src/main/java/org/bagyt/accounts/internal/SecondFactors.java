package org.bagyt.accounts.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each account's TOTP authenticator and recovery codes. A secret is created when enrolment begins and counts
 * only once the person has typed a code from their app; every accepted code moves the account's last used
 * time step forward, so the same code (or an older one) is never accepted twice.
 */
@Repository
public class SecondFactors {

  static final String ISSUER = "Bagyt";
  static final int RECOVERY_CODES = 10;
  /** Crockford's Base32 alphabet: no I, L, O or U to misread. */
  private static final String RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int RECOVERY_LENGTH = 10;
  private static final int SECRET_BYTES = 20;

  private final JdbcClient jdbc;
  private final SecretBox box;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SecondFactors(JdbcClient jdbc, SecretBox box, Clock clock) {
    this.jdbc = jdbc;
    this.box = box;
    this.clock = clock;
  }

  /** What the enrolment page shows: the key for typing in and the otpauth URI the QR code carries. */
  public record Enrolment(String key, String uri) {
    public String groupedKey() {
      return Base32.grouped(key);
    }

    public String qrCode() {
      return QrCode.svgDataUri(uri);
    }
  }

  public enum Outcome { ACCEPTED, RECOVERY_CODE_USED, REFUSED }

  public boolean enrolled(UUID account) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL)")
        .param(account).query(Boolean.class).single();
  }

  /**
   * Begins enrolment, or shows the one already begun so that reloading the page keeps the same key. An
   * account whose authenticator is confirmed gets no new one here: only an administrator's reset removes it.
   */
  public Enrolment beginEnrolment(UUID account, String username) {
    byte[] secret = pendingSecret(account);
    if (secret == null) {
      secret = new byte[SECRET_BYTES];
      random.nextBytes(secret);
      int created = jdbc.sql("""
          INSERT INTO second_factor (account_id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
          .params(account, box.seal(secret, account), Timestamp.from(clock.instant())).update();
      if (created == 0) {
        secret = pendingSecret(account);
        if (secret == null) {
          throw new IllegalStateException("The second factor of " + account + " is already set up");
        }
      }
    }
    String key = Base32.encode(secret);
    String label = enc(ISSUER) + ":" + enc(username);
    return new Enrolment(key, "otpauth://totp/" + label + "?secret=" + key + "&issuer=" + enc(ISSUER)
        + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
  }

  private byte[] pendingSecret(UUID account) {
    return jdbc.sql("SELECT secret FROM second_factor WHERE account_id = ? AND confirmed_at IS NULL").param(account)
        .query(byte[].class).optional().map(sealed -> box.open(sealed, account)).orElse(null);
  }

  /** Confirms enrolment with the first code from the app; from now on sign-in asks for codes. */
  public boolean confirm(UUID account, String code) {
    byte[] secret = pendingSecret(account);
    if (secret == null || code == null || code.length() > 64) {
      return false;
    }
    OptionalLong step = Totp.matchingStep(secret, digits(code), clock.instant());
    return step.isPresent() && jdbc.sql("""
        UPDATE second_factor SET confirmed_at = ?, last_used_step = ? WHERE account_id = ? AND confirmed_at IS NULL""")
        .params(Timestamp.from(clock.instant()), step.getAsLong(), account).update() == 1;
  }

  /** Checks a code at sign-in: a code from the app, or else one of the recovery codes. */
  public Outcome verify(UUID account, String code) {
    if (code == null || code.length() > 64) {
      return Outcome.REFUSED;
    }
    String digits = digits(code);
    if (digits.length() == Totp.DIGITS && digits.chars().allMatch(Character::isDigit)) {
      return acceptTotp(account, digits) ? Outcome.ACCEPTED : Outcome.REFUSED;
    }
    return useRecoveryCode(account, code) ? Outcome.RECOVERY_CODE_USED : Outcome.REFUSED;
  }

  /** Checks a code from the app only (never a recovery code), e.g. to confirm replacing the recovery codes. */
  public boolean acceptAppCode(UUID account, String code) {
    if (code == null || code.length() > 64) {
      return false;
    }
    String digits = digits(code);
    return digits.length() == Totp.DIGITS && digits.chars().allMatch(Character::isDigit) && acceptTotp(account, digits);
  }

  private boolean acceptTotp(UUID account, String code) {
    var sealed = jdbc.sql("SELECT secret FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
        .param(account).query(byte[].class).optional();
    if (sealed.isEmpty()) {
      return false;
    }
    OptionalLong step = Totp.matchingStep(box.open(sealed.get(), account), code, clock.instant());
    // One statement decides, so two requests racing with the same code cannot both pass.
    return step.isPresent() && jdbc.sql("""
        UPDATE second_factor SET last_used_step = :step
        WHERE account_id = :account AND confirmed_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < :step)""")
        .param("step", step.getAsLong()).param("account", account).update() == 1;
  }

  /** New recovery codes replace any earlier ones; they are returned once, to be shown once, and only fingerprints are kept. */
  public List<String> issueRecoveryCodes(UUID account) {
    jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(account).update();
    var codes = new ArrayList<String>();
    while (codes.size() < RECOVERY_CODES) {
      var code = new StringBuilder();
      for (int i = 0; i < RECOVERY_LENGTH; i++) {
        code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
      }
      String c = code.toString();
      if (!codes.contains(c)) {
        codes.add(c);
        jdbc.sql("INSERT INTO recovery_code (account_id, fingerprint) VALUES (?, ?)")
            .params(account, fingerprint(account, c)).update();
      }
    }
    return codes.stream().map(c -> c.substring(0, 5) + "-" + c.substring(5)).toList();
  }

  private boolean useRecoveryCode(UUID account, String typed) {
    String code = recoveryCode(typed);
    return code.length() == RECOVERY_LENGTH && jdbc.sql("""
        UPDATE recovery_code SET used_at = ? WHERE account_id = ? AND fingerprint = ? AND used_at IS NULL""")
        .params(Timestamp.from(clock.instant()), account, fingerprint(account, code)).update() == 1;
  }

  public int unusedRecoveryCodes(UUID account) {
    return jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL").param(account)
        .query(Integer.class).single();
  }

  /** Removes the authenticator and recovery codes; the person sets up a new one at their next sign-in. */
  void reset(UUID account) {
    jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(account).update();
    jdbc.sql("DELETE FROM second_factor WHERE account_id = ?").param(account).update();
  }

  private String fingerprint(UUID account, String code) {
    return box.fingerprint(account + ":" + code);
  }

  /** A typed recovery code in its stored form: lower case, without spaces or hyphens, misreadings mapped. */
  static String recoveryCode(String typed) {
    return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "")
        .replace('o', '0').replace('i', '1').replace('l', '1');
  }

  private static String digits(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
