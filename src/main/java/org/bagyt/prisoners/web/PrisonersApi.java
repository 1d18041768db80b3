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

  PrisonersApi(PrisonerFiles files) {
    this.files = files;
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
