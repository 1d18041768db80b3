package org.bagyt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** The SHA-1 seed of RFC 6238, Appendix B. */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "at {0} s the RFC 6238 SHA-1 code is {1}")
  @CsvSource({
      "59, 94287082",
      "1111111109, 07081804",
      "1111111111, 14050471",
      "1234567890, 89005924",
      "2000000000, 69279037",
      "20000000000, 65353130"})
  void codesMatchTheTestVectorsOfRfc6238(long seconds, String expected) {
    assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
  }

  @Test
  void sixDigitCodesAreTheLastSixDigitsOfTheRfcCodes() {
    assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
  }

  @Test
  void aCodeOneStepEarlyOrLateIsAcceptedButNotTwo() {
    Instant now = Instant.ofEpochSecond(1_800_000_015);
    long step = Totp.step(now);
    assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step), now)).hasValue(step);
    assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1), now)).hasValue(step - 1);
    assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1), now)).hasValue(step + 1);
    assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2), now)).isEmpty();
  }

  @Test
  void anythingButSixDigitsMatchesNothing() {
    Instant now = Instant.ofEpochSecond(59);
    assertThat(Totp.matchingStep(RFC_SEED, "", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SEED, "94287082", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SEED, "28708a", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SEED, "' OR 1=1 --", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
  }

  @ParameterizedTest(name = "Base32 of \"{0}\" is \"{1}\"")
  @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
  void base32FollowsRfc4648WithoutPadding(String text, String encoded) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(Base32.encode(bytes)).isEqualTo(encoded);
    assertThat(Base32.decode(encoded)).isEqualTo(bytes);
  }

  @Test
  void theKeyIsShownInGroupsOfFour() {
    assertThat(Base32.grouped("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")).isEqualTo("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567");
    assertThat(Base32.decode("abcd efgh")).isEqualTo(Base32.decode("ABCDEFGH"));
  }
}
