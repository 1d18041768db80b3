package org.bagyt.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.KeepAparts;
import org.bagyt.allocation.NewKeepApart;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Keep-apart pairs")
class KeepApartApi {

  private final KeepAparts keepAparts;

  KeepApartApi(KeepAparts keepAparts) {
    this.keepAparts = keepAparts;
  }

  @GetMapping("/api/v1/keep-aparts")
  @Operation(summary = "One prisoner's pairs (prisonerId, includeClosed), or every open pair with at least one of the "
      + "two in the caller's facilities (at most 500, newest first)")
  List<KeepAparts.Shown> list(@RequestParam(required = false) UUID prisonerId,
      @RequestParam(defaultValue = "false") boolean includeClosed) {
    return keepAparts.list(prisonerId, includeClosed);
  }

  @GetMapping("/api/v1/keep-aparts/{id}")
  @Operation(summary = "One pair; 404 unknown, 403 when neither prisoner is in the caller's facilities")
  KeepAparts.Shown read(@PathVariable UUID id) {
    return keepAparts.read(id);
  }

  record Recorded(UUID id) {}

  @PostMapping("/api/v1/keep-aparts")
  @Operation(summary = "Record a pair (201); 400 unknown prisoner, a prisoner with themself, a missing role, reason, "
      + "scope or review date; 409 keep-apart-exists when an open pair for the two exists in either order; 403 when "
      + "neither is in the caller's facilities")
  ResponseEntity<Recorded> record(@RequestBody NewKeepApart pair) {
    return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(keepAparts.record(pair)));
  }

  record Closing(Integer version, String reason) {}

  @PostMapping("/api/v1/keep-aparts/{id}/close")
  @Operation(summary = "Close a pair with a reason (204); 409 stale-edit or keep-apart-closed")
  ResponseEntity<Void> close(@PathVariable UUID id, @RequestBody Closing closing) {
    keepAparts.close(id, closing.version(), closing.reason());
    return ResponseEntity.noContent().build();
  }
}
