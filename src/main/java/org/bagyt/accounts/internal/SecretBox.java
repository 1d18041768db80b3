package org.bagyt.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bagyt.platform.BagytProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Protects second-factor secrets at rest: AES-256-GCM with the account id as associated data, so a copied
 * database alone reveals no secret and a secret moved to another account no longer opens. The same key,
 * through HMAC, fingerprints recovery codes. The key comes from {@code BAGYT_SECRET_KEY}, or else from a
 * key file Bagyt makes once under {@code BAGYT_DATA_DIR}.
 */
@Component
class SecretBox {

  private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
  static final String KEY_FILE = "secret.key";
  private static final byte FORMAT = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey encryption;
  private final SecretKey fingerprints;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  SecretBox(SignInSettings settings, BagytProperties properties) {
    this(masterKey(settings.secretKey(), properties.dataDir()));
  }

  SecretBox(byte[] master) {
    if (master.length != 32) {
      throw new IllegalArgumentException("BAGYT_SECRET_KEY must be the base64 of exactly 32 bytes");
    }
    // Separate keys for separate purposes, both derived from the one master key.
    this.encryption = new SecretKeySpec(hmac(master, "bagyt second-factor secrets"), "AES");
    this.fingerprints = new SecretKeySpec(hmac(master, "bagyt recovery codes"), "HmacSHA256");
  }

  byte[] seal(byte[] secret, UUID account) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(account.toString().getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(secret);
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  byte[] open(byte[] sealed, UUID account) {
    if (sealed.length < 1 + IV_BYTES || sealed[0] != FORMAT) {
      throw new IllegalStateException("Unknown format of a sealed secret");
    }
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
      cipher.updateAAD(account.toString().getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A second-factor secret does not open with this key: was BAGYT_SECRET_KEY changed?", e);
    }
  }

  /** A keyed fingerprint: without the key, a copied fingerprint cannot be tested against guesses. */
  String fingerprint(String value) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(fingerprints);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] hmac(byte[] key, String purpose) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  static byte[] masterKey(String configured, Path dataDir) {
    if (StringUtils.hasText(configured)) {
      try {
        return Base64.getDecoder().decode(configured.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("BAGYT_SECRET_KEY must be base64 (e.g. from: openssl rand -base64 32)", e);
      }
    }
    Path file = dataDir.toAbsolutePath().normalize().resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        createKeyFile(file);
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key file " + file, e);
    }
  }

  private static void createKeyFile(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      log.warn("Created the key file {} for second-factor secrets. Back it up with the database; "
          + "with several nodes, set BAGYT_SECRET_KEY on each instead.", file);
    } catch (FileAlreadyExistsException raced) {
      // Another node or thread made it first: use theirs.
    }
  }
}
