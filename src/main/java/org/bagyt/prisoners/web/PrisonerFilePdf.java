package org.bagyt.prisoners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bagyt.platform.PdfDocuments;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.PrisonerFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A prisoner's file as a PDF in the reader's language: the same sections the reader may see on the page,
 * never more, each copy recorded in the audit trail as an export and marked with who printed it and when.
 */
@Controller
class PrisonerFilePdf {

  private final PrisonerFiles files;
  private final FileSections sections;
  private final PdfDocuments pdf;
  private final Clock clock;

  PrisonerFilePdf(PrisonerFiles files, FileSections sections, PdfDocuments pdf, Clock clock) {
    this.files = files;
    this.sections = sections;
    this.pdf = pdf;
    this.clock = clock;
  }

  @GetMapping("/prisoners/{id}/file.pdf")
  ResponseEntity<byte[]> file(@PathVariable UUID id, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    var file = files.export(id);
    byte[] document = pdf.render("prisoners/file-pdf", Map.of(
        "file", file,
        "sections", sections.visibleFor(id),
        "printedBy", SignedInUser.current().map(SignedInUser::username).orElseThrow(),
        "printedAt", clock.instant()), locale, request, response);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header("Content-Disposition", ContentDisposition.attachment()
            .filename(file.prisoner().number() + ".pdf").build().toString())
        .body(document);
  }
}
