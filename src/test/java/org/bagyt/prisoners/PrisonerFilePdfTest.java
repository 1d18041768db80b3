package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvents;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/** The printable file: in the reader's language and script, no more than the reader may see, every copy recorded. */
class PrisonerFilePdfTest extends IntegrationTest {

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  private UUID prisonerIn(String facilityCode) {
    return jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = ? "
        + "ORDER BY p.number LIMIT 1").param(facilityCode).query(UUID.class).single();
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theFilePrintsInKyrgyzWithTheNameInCyrillicAndIsRecordedAsAnExport() throws IOException {
    UUID prisoner = prisonerIn("IK-47");
    var row = jdbc.sql("SELECT number, family_name, given_name FROM prisoner WHERE id = ?").param(prisoner).query().singleRow();
    var pdf = signedIn("governor", "ky").download("/prisoners/" + prisoner + "/file.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition")).contains("attachment").contains(row.get("number") + ".pdf");
    assertThat(pdf.header("Cache-Control")).contains("no-store");
    String text = text(pdf.body());
    assertThat(text).contains((String) row.get("number"), (String) row.get("family_name"), (String) row.get("given_name"))
        .contains("Туулган күнү").contains("governor").contains("КЫЗМАТТЫК ПАЙДАЛАНУУ ҮЧҮН");
    var event = new AuditEvents(jdbc).lastOf(AuditActions.EXPORT);
    assertThat(event.actor()).isEqualTo("governor");
    assertThat(event.prisonerId()).isEqualTo(prisoner);
  }

  @Test
  void healthNotesArePrintedOnlyForThoseWhoMaySeeThem() throws IOException {
    UUID prisoner = prisonerIn("IK-47");
    jdbc.sql("INSERT INTO prisoner_health_note (prisoner_id, written_at, written_by, note) VALUES (?, now(), 'doctor', ?)")
        .params(prisoner, "Needs daily insulin").update();
    assertThat(text(signedIn("officer", "en").download("/prisoners/" + prisoner + "/file.pdf").body()))
        .doesNotContain("Needs daily insulin");
    assertThat(text(signedIn("governor", "en").download("/prisoners/" + prisoner + "/file.pdf").body()))
        .contains("Needs daily insulin");
  }

  @Test
  void anotherFacilitysPrisonerIsNotPrinted() {
    var pdf = signedIn("officer", "en").download("/prisoners/" + prisonerIn("SIZO-1") + "/file.pdf");
    assertThat(pdf.status()).isEqualTo(403);
    assertThat(new AuditEvents(jdbc).last().outcome()).isEqualTo("DENIED");
  }
}
