package org.bagyt.prisoners.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.PrisonerPhotos;

/**
 * Turns an uploaded file into a clean JPEG. The header is read first: a file that is not a JPEG or PNG, or
 * declares more pixels than allowed (a decompression bomb), is refused before any pixel is decoded.
 */
final class PhotoImage {

  private static final Set<String> FORMATS = Set.of("jpeg", "png");
  private static final long MAX_PIXELS = 24_000_000L;
  private static final float QUALITY = 0.88f;

  final byte[] jpeg;
  final int width;
  final int height;

  private PhotoImage(byte[] jpeg, int width, int height) {
    this.jpeg = jpeg;
    this.width = width;
    this.height = height;
  }

  static PhotoImage reencode(byte[] upload) {
    if (upload == null || upload.length == 0) {
      throw BagytException.invalid("photo-missing", "photo.error.missing");
    }
    if (upload.length > PrisonerPhotos.MAX_BYTES) {
      throw BagytException.invalid("photo-too-large", "photo.error.too-large");
    }
    BufferedImage decoded;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw notAnImage();
      }
      ImageReader reader = readers.next();
      try {
        if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
          throw notAnImage();
        }
        reader.setInput(in, true, true); // ignore metadata: it is never kept
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || w > PrisonerPhotos.MAX_SIDE || h > PrisonerPhotos.MAX_SIDE || (long) w * h > MAX_PIXELS) {
          throw BagytException.invalid("photo-too-many-pixels", "photo.error.too-many-pixels");
        }
        decoded = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException broken) {
      if (broken instanceof BagytException refused) {
        throw refused;
      }
      throw notAnImage();
    }
    return new PhotoImage(jpeg(opaque(decoded)), decoded.getWidth(), decoded.getHeight());
  }

  /** JPEG has no transparency: a PNG's transparent parts become white, and any colour model becomes RGB. */
  private static BufferedImage opaque(BufferedImage image) {
    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private static byte[] jpeg(BufferedImage image) {
    var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var out = new ByteArrayOutputStream();
    try (var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(image, null, null), param); // no metadata given, none written
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static BagytException notAnImage() {
    return BagytException.invalid("not-an-image", "photo.error.not-an-image");
  }
}
