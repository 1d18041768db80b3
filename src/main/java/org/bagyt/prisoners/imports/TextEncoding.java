package org.bagyt.prisoners.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encodings legacy registers come in: UTF-8, or Windows-1251 from older Excel and 1C exports. A file that
 * decodes as UTF-8 is UTF-8 (a Windows-1251 Cyrillic text almost never does); anything else is taken as
 * Windows-1251, and the person can override the guess after seeing a preview.
 */
public enum TextEncoding {
  UTF_8(StandardCharsets.UTF_8), WINDOWS_1251(Charset.forName("windows-1251"));

  private static final int BOM_LENGTH = 3;

  private final Charset charset;

  TextEncoding(Charset charset) {
    this.charset = charset;
  }

  public Charset charset() {
    return charset;
  }

  public static TextEncoding detect(byte[] content) {
    if (hasBom(content)) {
      return UTF_8;
    }
    try {
      strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content));
      return UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1251;
    }
  }

  /** The encoding named by a charset (a Content-Type parameter or the form), if it is one Bagyt reads. */
  public static Optional<TextEncoding> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    for (TextEncoding e : values()) {
      if (e.charset.name().equalsIgnoreCase(name.strip()) || e.charset.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name.strip()))
          || e.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(e);
      }
    }
    throw new FileRefused("unknown-encoding");
  }

  /** Where the text starts: after a UTF-8 byte order mark, if any. */
  int textStart(byte[] content) {
    return this == UTF_8 && hasBom(content) ? BOM_LENGTH : 0;
  }

  /** A decoder that refuses bytes the encoding cannot hold, rather than guessing characters. */
  CharsetDecoder decoder() {
    return strict(charset);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean hasBom(byte[] c) {
    return c.length >= BOM_LENGTH && (c[0] & 0xff) == 0xEF && (c[1] & 0xff) == 0xBB && (c[2] & 0xff) == 0xBF;
  }
}
