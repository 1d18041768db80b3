package org.bagyt.accounts.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/** Plays the person's authenticator app in tests: it knows the key shown at enrolment and tells codes. */
public final class Authenticator {

  private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

  private final byte[] secret;

  private Authenticator(byte[] secret) {
    this.secret = secret;
  }

  /** The app, set up by typing the key shown on the enrolment page (groups of four, as shown). */
  public static Authenticator withKey(String shownKey) {
    return new Authenticator(Base32.decode(shownKey.replace(" ", "")));
  }

  /** The secret behind a key as shown on the enrolment page. */
  public static byte[] keyBytes(String shownKey) {
    return Base32.decode(shownKey.replace(" ", ""));
  }

  /** The code now, or {@code steps} of 30 seconds away from now. */
  public String code(int steps) {
    return Totp.code(secret, Totp.step(Instant.now()) + steps);
  }

  public String code() {
    return code(0);
  }

  /**
   * Waits, if need be, until a new 30-second step has just begun, so that the next few seconds of a test fall
   * in one step and codes one step either side stay within the server's window.
   */
  public static void waitForAFreshStep() {
    long intoStep = System.currentTimeMillis() % (Totp.STEP_SECONDS * 1000L);
    if (intoStep > 20_000) {
      try {
        Thread.sleep(Totp.STEP_SECONDS * 1000L - intoStep + 50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Reads a QR code image (the SVG data URI Bagyt shows) the way a phone camera reads the screen. */
  public static String readQrCode(String dataUri) {
    String svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)), StandardCharsets.UTF_8);
    var box = VIEW_BOX.matcher(svg);
    if (!box.find()) {
      throw new IllegalArgumentException("not a Bagyt QR code image");
    }
    int size = Integer.parseInt(box.group(1));
    int scale = 4;
    byte[] pixels = new byte[size * scale * size * scale];
    java.util.Arrays.fill(pixels, (byte) 255);
    var module = MODULE.matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
        }
      }
    }
    int side = size * scale;
    var source = new LuminanceSource(side, side) {
      @Override
      public byte[] getRow(int y, byte[] row) {
        byte[] r = row != null && row.length >= side ? row : new byte[side];
        System.arraycopy(pixels, y * side, r, 0, side);
        return r;
      }

      @Override
      public byte[] getMatrix() {
        return pixels;
      }
    };
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    } catch (com.google.zxing.ReaderException unreadable) {
      throw new IllegalArgumentException("The QR code cannot be read", unreadable);
    }
  }
}
