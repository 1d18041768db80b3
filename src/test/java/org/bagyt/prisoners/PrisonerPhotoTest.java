package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/** The prisoner's photo: re-encoded as a clean JPEG, refused when it is not a picture, scoped and audited. */
class PrisonerPhotoTest extends IntegrationTest {

  private static final String SECRET = "GPS 42.8746N 74.5698E camera serial 0042";

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  private UUID prisonerIn(String facilityCode, int n) {
    return jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = ? "
        + "ORDER BY p.number OFFSET ? LIMIT 1").params(facilityCode, n).query(UUID.class).single();
  }

  private static byte[] image(String format, int width, int height, int type) throws IOException {
    var picture = new BufferedImage(width, height, type);
    var g = picture.createGraphics();
    g.setColor(new Color(40, 90, 160, 200));
    g.fillRect(0, 0, width / 2, height);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(picture, format, out);
    return out.toByteArray();
  }

  /** A camera's JPEG: an APP1 (Exif) segment with location and serial number right after the start marker. */
  private static byte[] jpegWithExif() throws IOException {
    byte[] jpeg = image("jpeg", 320, 400, BufferedImage.TYPE_INT_RGB);
    byte[] payload = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.US_ASCII);
    var out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
    out.write(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A tiny PNG whose header claims 50,000 × 50,000 pixels: decoding it would need ten gigabytes. */
  private static byte[] decompressionBomb() throws IOException {
    byte[] png = image("png", 1, 1, BufferedImage.TYPE_INT_RGB);
    ByteBuffer header = ByteBuffer.wrap(png);
    header.putInt(16, 50_000).putInt(20, 50_000);
    var crc = new CRC32();
    crc.update(png, 12, 17); // "IHDR" and its 13 bytes of data
    header.putInt(29, (int) crc.getValue());
    return png;
  }

  private int photos(UUID prisoner) {
    return jdbc.sql("SELECT count(*) FROM prisoner_photo WHERE prisoner_id = ?").param(prisoner).query(Integer.class).single();
  }

  @Test
  void anUploadedPhotoIsKeptAsAJpegWithoutItsMetadataAndEveryViewIsAudited() throws IOException {
    UUID prisoner = prisonerIn("IK-47", 0);
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner);
    byte[] upload = jpegWithExif();
    assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(SECRET);

    var saved = officer.postFile("/prisoners/" + prisoner + "/photo", "photo", "camera.jpg", "image/jpeg", upload);
    assertThat(saved.status()).isEqualTo(302);
    var file = officer.follow(saved);
    assertThat(file.html().select(".govuk-notification-banner").text()).contains("The photo has been saved.");
    assertThat(file.html().select("img.bagyt-photo").attr("src")).isEqualTo("/prisoners/" + prisoner + "/photo");

    var photo = officer.download("/prisoners/" + prisoner + "/photo");
    assertThat(photo.status()).isEqualTo(200);
    assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("no-store").contains("private");
    byte[] kept = photo.body();
    assertThat(kept[0] & 0xFF).isEqualTo(0xFF);
    assertThat(kept[1] & 0xFF).isEqualTo(0xD8);
    String raw = new String(kept, StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain(SECRET).doesNotContain("Exif");
    var decoded = ImageIO.read(new ByteArrayInputStream(kept));
    assertThat(decoded.getWidth()).isEqualTo(320);
    assertThat(decoded.getHeight()).isEqualTo(400);

    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PHOTO_UPLOADED' AND actor = 'officer' AND prisoner_id = ?")
        .param(prisoner).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND resource_type = 'PRISONER_PHOTO' "
        + "AND actor = 'officer' AND prisoner_id = ?").param(prisoner).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aTransparentPngBecomesAJpeg() throws IOException {
    UUID prisoner = prisonerIn("IK-47", 1);
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner);
    officer.postFile("/prisoners/" + prisoner + "/photo", "photo", "scan.png", "image/png",
        image("png", 200, 250, BufferedImage.TYPE_INT_ARGB));
    byte[] kept = jdbc.sql("SELECT jpeg FROM prisoner_photo WHERE prisoner_id = ?").param(prisoner).query(byte[].class).single();
    var readers = ImageIO.getImageReaders(ImageIO.createImageInputStream(new ByteArrayInputStream(kept)));
    assertThat(readers.next().getFormatName()).isEqualToIgnoringCase("jpeg");
  }

  @Test
  void aFileThatIsNotAPictureOrIsADecompressionBombIsRefusedAndNothingIsSaved() throws IOException {
    UUID prisoner = prisonerIn("IK-47", 2);
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner);
    var text = officer.follow(officer.postFile("/prisoners/" + prisoner + "/photo", "photo", "photo.jpg", "image/jpeg",
        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    assertThat(text.html().select(".govuk-error-summary").text()).contains("The file is not a JPEG or PNG picture.");

    var bomb = officer.follow(officer.postFile("/prisoners/" + prisoner + "/photo", "photo", "photo.png", "image/png",
        decompressionBomb()));
    assertThat(bomb.html().select(".govuk-error-summary").text()).contains("more than 6000 pixels wide or high");

    var empty = officer.follow(officer.postFile("/prisoners/" + prisoner + "/photo", "photo", "", "application/octet-stream",
        new byte[0]));
    assertThat(empty.html().select(".govuk-error-summary").text()).contains("Choose a photo to upload.");
    assertThat(photos(prisoner)).isZero();
  }

  @Test
  void photosAreScopedToTheFacilityAndTakingOneNeedsItsPermission() throws IOException {
    UUID elsewhere = prisonerIn("SIZO-1", 0);
    jdbc.sql("INSERT INTO prisoner_photo (prisoner_id, jpeg, width, height, taken_at, taken_by) VALUES (?, ?, 1, 1, now(), 'x')")
        .params(elsewhere, image("jpeg", 1, 1, BufferedImage.TYPE_INT_RGB)).update();
    var officer = signedIn("officer");
    assertThat(officer.download("/prisoners/" + elsewhere + "/photo").status()).isEqualTo(403);
    officer.get("/prisoners");
    var upload = officer.postFile("/prisoners/" + elsewhere + "/photo", "photo", "a.jpg", "image/jpeg",
        image("jpeg", 10, 10, BufferedImage.TYPE_INT_RGB));
    assertThat(upload.status()).isEqualTo(403);
    assertThat(jdbc.sql("SELECT taken_by FROM prisoner_photo WHERE prisoner_id = ?").param(elsewhere).query(String.class)
        .single()).isEqualTo("x");

    UUID own = prisonerIn("IK-47", 3);
    var assessor = signedIn("assessor");
    assessor.get("/prisoners/" + own);
    assertThat(assessor.postFile("/prisoners/" + own + "/photo", "photo", "a.jpg", "image/jpeg",
        image("jpeg", 10, 10, BufferedImage.TYPE_INT_RGB)).status()).isEqualTo(403);
    assertThat(photos(own)).isZero();
  }
}
