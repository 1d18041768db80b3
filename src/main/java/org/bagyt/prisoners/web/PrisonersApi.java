package org.bagyt.prisoners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerMatch;
import org.bagyt.prisoners.PrisonerSearch;
import org.bagyt.prisoners.PrisonerSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/prisoners")
@Tag(name = "Prisoners")
class PrisonersApi {

  record BreakGlass(@NotBlank @Size(max = 2000) String reason) {}

  record Access(Instant until) {}

  private final PrisonerFiles files;
  private final PrisonerSearch search;

  PrisonersApi(PrisonerFiles files, PrisonerSearch search) {
    this.files = files;
    this.search = search;
  }

  @GetMapping("/search")
  @Operation(summary = "Prisoners ranked by how well they match a number or a name in any script and common spelling, "
      + "optionally born on dob (yyyy-mm-dd); limit 1 to 100 (20); released=true includes people released (flagged). "
      + "Scoped to the caller's facilities; every search is audited without its text")
  List<PrisonerMatch> search(@RequestParam(required = false) String q, @RequestParam(required = false) String dob,
      @RequestParam(required = false) String limit, @RequestParam(defaultValue = "false") boolean released) {
    return search.search(q, SearchParameters.dateOfBirth(dob), SearchParameters.limit(limit), released);
  }

  @GetMapping
  @Operation(summary = "Prisoners in custody in the caller's facilities, by number or part of a name")
  List<PrisonerSummary> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
    return files.list(q, page);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A prisoner's file, as far as the caller may see it (audited); 403 outside-scope needs break-glass")
  PrisonerFile file(@PathVariable UUID id) {
    return files.open(id);
  }

  @PostMapping("/{id}/break-glass")
  @Operation(summary = "Open a prisoner held outside the caller's facilities for a limited time, with a reason")
  Access breakGlass(@PathVariable UUID id, @Valid @RequestBody BreakGlass request) {
    return new Access(files.breakGlass(id, request.reason()));
  }
}
