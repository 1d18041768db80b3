package org.bagyt.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bagyt.assessment.Assessments;
import org.bagyt.platform.PdfDocuments;
import org.bagyt.platform.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A countersigned assessment as a PDF: the instrument's texts in the reader's language, what the assessors wrote as
 * they wrote it, marked with who printed it and when; every copy is audited as an export. A draft does not print
 * (409, shown as the error page).
 */
@Controller
class AssessmentPdf {

  private final Assessments assessments;
  private final PdfDocuments pdf;
  private final Clock clock;

  AssessmentPdf(Assessments assessments, PdfDocuments pdf, Clock clock) {
    this.assessments = assessments;
    this.pdf = pdf;
    this.clock = clock;
  }

  @GetMapping("/assessments/{id}/pdf")
  ResponseEntity<byte[]> print(@PathVariable UUID id, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    var view = assessments.export(id);
    byte[] document = pdf.render("assessment/pdf", Map.of(
        "sheet", new AssessmentSheet(view, locale.getLanguage()),
        "printedBy", SignedInUser.current().map(SignedInUser::username).orElseThrow(),
        "printedAt", clock.instant()), locale, request, response);
    String name = view.file().prisoner().number() + "-" + view.instrument().id() + "-"
        + view.assessment().countersignedAt().toString().substring(0, 10) + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
        .body(document);
  }
}
