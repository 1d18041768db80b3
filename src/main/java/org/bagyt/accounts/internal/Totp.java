package org.bagyt.accounts.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with HMAC-SHA1, 30-second steps and six digits:
 * the parameters every authenticator app supports.
 */
final class Totp {

  static final int STEP_SECONDS = 30;
  static final int DIGITS = 6;
  /** Steps either side of now that are still accepted, for clocks that drift. */
  static final int DRIFT_STEPS = 1;

  private Totp() {}

  static long step(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS);
  }

  static String code(byte[] secret, long step, int digits) {
    byte[] hash;
    try {
      var mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
        | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
    int otp = (int) (binary % (long) Math.pow(10, digits));
    return String.format("%0" + digits + "d", otp);
  }

  /** The time step whose code this is, within the allowed drift of {@code now}; empty if none matches. */
  static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    if (code == null || code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    long current = step(now);
    OptionalLong matched = OptionalLong.empty();
    for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
      // Compare every candidate in constant time, so timing tells nothing about which step was near.
      if (MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        matched = OptionalLong.of(s);
      }
    }
    return matched;
  }
}
