package org.bagyt.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One audit event as stored: its content, its place in the chain and the two hashes that link it to the
 * event before. Fields hold what the row holds, unvalidated, so that verification can read any row,
 * however it was tampered with.
 */
public record AuditRecord(
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String resourceType,
    String resourceId,
    UUID prisonerId,
    UUID facilityId,
    String purpose,
    String clientAddress,
    String outcome,
    byte[] previousHash,
    byte[] hash) {

  /** The link before the first event. */
  static final byte[] GENESIS = new byte[32];

  /** PostgreSQL counts timestamptz in microseconds from here. */
  private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  /** Bumped only with a new canonical encoding; every hash so far was made with this one. */
  private static final byte FORMAT = 1;

  /** SHA-256 of the previous hash, the place and the canonical content: what {@code hash} must be. */
  public byte[] expectedHash() {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      sha.update(previousHash);
      sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
      return sha.digest(content(occurredAt, actor, action, resourceType, resourceId, prisonerId, facilityId, purpose,
          clientAddress, outcome));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * The canonical content of an event, the one definition of it: the chain hashes the previous hash, the
   * place (8 bytes) and these bytes; a format byte, the time in PostgreSQL's microseconds since 2000 (what
   * timestamptz keeps), then each text as its UTF-8 length (4 bytes) and bytes, or length -1 when absent,
   * ids as their lower-case text. All numbers big-endian. Bagyt sends these bytes with each event; the
   * database links them into the chain (audit_append), and verification computes them again from the row.
   */
  static byte[] content(Instant occurredAt, String actor, String action, String resourceType, String resourceId,
      UUID prisonerId, UUID facilityId, String purpose, String clientAddress, String outcome) {
    var bytes = new ByteArrayOutputStream(256);
    try (var out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeLong(ChronoUnit.MICROS.between(POSTGRES_EPOCH, occurredAt));
      for (String field : new String[] {actor, action, resourceType, resourceId, text(prisonerId), text(facilityId),
          purpose, clientAddress, outcome}) {
        if (field == null) {
          out.writeInt(-1);
        } else {
          byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
          out.writeInt(utf8.length);
          out.write(utf8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public boolean contentMatchesHash() {
    return hash != null && MessageDigest.isEqual(hash, expectedHash());
  }

  public String hashHex() {
    return hash == null ? null : HexFormat.of().formatHex(hash);
  }

  public String previousHashHex() {
    return previousHash == null ? null : HexFormat.of().formatHex(previousHash);
  }

  boolean linksTo(byte[] hashBefore) {
    return previousHash != null && Arrays.equals(previousHash, hashBefore);
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
