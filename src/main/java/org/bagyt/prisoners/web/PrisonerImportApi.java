package org.bagyt.prisoners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.bagyt.prisoners.imports.PrisonerImports;
import org.bagyt.prisoners.imports.RowProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The same import for machines: a CSV body whose header row names the columns, answered with a JSON report. */
@RestController
@RequestMapping("/api/v1/imports/prisoners")
@Tag(name = "Prisoner import")
class PrisonerImportApi {

  /** One problem, translated into the caller's language (Accept-Language). */
  record Problem(long row, String column, String field, String message) {}

  record Report(int rows, int badRows, int imported, List<Problem> errors) {}

  private final PrisonerImports imports;
  private final ImportTexts texts;

  PrisonerImportApi(PrisonerImports imports, ImportTexts texts) {
    this.imports = imports;
    this.texts = texts;
  }

  @PostMapping(consumes = "text/csv")
  @Operation(summary = "Check (dryRun=true) or import a CSV register, all rows or none; 422 lists every bad row")
  ResponseEntity<?> importCsv(@RequestParam(defaultValue = "true") boolean dryRun,
      @RequestHeader(value = "Content-Type", required = false) String contentType, HttpServletRequest request)
      throws IOException {
    byte[] body = read(request.getInputStream(), imports.maxBytes());
    String charset = contentType == null ? null : MediaType.parseMediaType(contentType).getParameter("charset");
    try {
      var report = imports.importCsv(body, charset, dryRun);
      return ResponseEntity.ok(new Report(report.rows(), report.badRows(), report.imported(), translated(report.problems())));
    } catch (org.bagyt.platform.BagytException refused) {
      if (!"import-rows-refused".equals(refused.type())) {
        throw refused;
      }
      var problems = imports.refusedRows(refused);
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
          texts.message(refused.messageKey(), refused.arguments()));
      problem.setType(URI.create("/problems/import-rows-refused"));
      problem.setTitle(texts.message("import.error.rows-refused.title", List.of()));
      problem.setInstance(URI.create(request.getRequestURI()));
      problem.setProperty("rows", problems.rows());
      problem.setProperty("badRows", problems.badRows());
      problem.setProperty("errors", translated(problems.problems()));
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
  }

  private List<Problem> translated(List<RowProblem> problems) {
    return problems.stream().map(p -> new Problem(p.row(), texts.column(p), p.column() == null ? null : p.column().name(),
        texts.reason(p))).toList();
  }

  /** Reads at most the limit, so a body of any size costs no more than the limit to refuse. */
  private byte[] read(InputStream in, long maxBytes) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (body.length > maxBytes) {
      throw new org.bagyt.platform.BagytException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "import.error.too-large",
          maxBytes / (1024 * 1024));
    }
    return body;
  }
}
