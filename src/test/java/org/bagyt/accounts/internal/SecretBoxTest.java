package org.bagyt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

  private static final byte[] KEY = new byte[32];
  private final SecretBox box = new SecretBox(KEY);
  private final UUID account = UUID.randomUUID();
  private final byte[] secret = "a twenty-byte secret".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aSealedSecretOpensOnlyForItsOwnAccount() {
    byte[] sealed = box.seal(secret, account);
    assertThat(box.open(sealed, account)).isEqualTo(secret);
    assertThatThrownBy(() -> box.open(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSealedFormRevealsNothingAndDiffersEachTime() {
    byte[] once = box.seal(secret, account);
    byte[] twice = box.seal(secret, account);
    assertThat(once).isNotEqualTo(twice);
    assertThat(new String(once, StandardCharsets.ISO_8859_1)).doesNotContain("secret");
  }

  @Test
  void aTamperedSecretDoesNotOpen() {
    byte[] sealed = box.seal(secret, account);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> box.open(sealed, account)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    byte[] other = new byte[32];
    other[0] = 1;
    assertThatThrownBy(() -> new SecretBox(other).open(box.seal(secret, account), account))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void fingerprintsDependOnTheKey() {
    byte[] other = new byte[32];
    other[0] = 1;
    assertThat(box.fingerprint("abcde12345")).isEqualTo(box.fingerprint("abcde12345"))
        .isNotEqualTo(new SecretBox(other).fingerprint("abcde12345"))
        .doesNotContain("abcde12345");
  }

  @Test
  void withoutAConfiguredKeyAKeyFileReadableOnlyByBagytIsMadeOnceAndKept(@TempDir Path dataDir) throws Exception {
    byte[] first = SecretBox.masterKey("", dataDir);
    byte[] second = SecretBox.masterKey(null, dataDir);
    assertThat(first).hasSize(32).isEqualTo(second);
    Path file = dataDir.resolve(SecretBox.KEY_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void aConfiguredKeyIsUsedAndABadOneRefused(@TempDir Path dataDir) {
    byte[] key = new byte[32];
    key[5] = 7;
    assertThat(SecretBox.masterKey(Base64.getEncoder().encodeToString(key), dataDir)).isEqualTo(key);
    assertThat(dataDir.resolve(SecretBox.KEY_FILE)).doesNotExist();
    assertThatThrownBy(() -> SecretBox.masterKey("not base64!", dataDir)).hasMessageContaining("BAGYT_SECRET_KEY");
    assertThatThrownBy(() -> new SecretBox(new byte[16])).hasMessageContaining("32 bytes");
  }
}
