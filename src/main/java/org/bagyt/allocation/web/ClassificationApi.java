package org.bagyt.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.bagyt.allocation.ClassificationAppeal;
import org.bagyt.allocation.Classifications;
import org.bagyt.allocation.NewDecision;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Classification")
class ClassificationApi {

  private final Classifications classifications;

  ClassificationApi(Classifications classifications) {
    this.classifications = classifications;
  }

  /** The classification as the API gives it: each scale as it stands, the history and the appeals. */
  record Classification(UUID prisonerId, UUID assessmentId, java.util.Map<org.bagyt.allocation.Dimension, Classifications.Standing> standings,
      java.util.List<Classifications.HistoryEntry> history, java.util.List<ClassificationAppeal> appeals) {}

  @GetMapping("/api/v1/prisoners/{id}/classification")
  @Operation(summary = "The prisoner's security category, regime and designation, each decision's history and the "
      + "appeals (audited read); 403 outside the caller's scope without break-glass, 404 unknown prisoner")
  Classification read(@PathVariable UUID id) {
    var o = classifications.overview(id);
    return new Classification(id, o.assessment() == null ? null : o.assessment().assessmentId(), o.standings(),
        o.history(), o.appeals());
  }

  @PostMapping("/api/v1/prisoners/{id}/classification/decisions")
  @Operation(summary = "Decide one scale: in force at once (201) when first, raising or the same, or waiting for a "
      + "second person's approval (202) when lowering; 400 rationale, level, basis or review date missing; 409 "
      + "stale-edit, no-assessment; 403 outside the caller's facilities")
  ResponseEntity<Classifications.Decided> decide(@PathVariable UUID id, @RequestBody NewDecision decision) {
    var done = classifications.decide(id, decision);
    return ResponseEntity.status(done.status() == Classifications.Decided.Status.APPLIED ? HttpStatus.CREATED
        : HttpStatus.ACCEPTED).body(done);
  }

  record NewAppeal(UUID decisionId, LocalDate lodgedOn, String grounds) {}

  record AppealLodged(UUID id) {}

  @PostMapping("/api/v1/prisoners/{id}/classification/appeals")
  @Operation(summary = "Record the prisoner's appeal against a decision in force (201); 409 appeal-open")
  ResponseEntity<AppealLodged> lodge(@PathVariable UUID id, @RequestBody NewAppeal appeal) {
    return ResponseEntity.status(HttpStatus.CREATED).body(new AppealLodged(
        classifications.lodgeAppeal(id, appeal.decisionId(), appeal.lodgedOn(), appeal.grounds())));
  }

  record AppealDecision(Integer version, ClassificationAppeal.Outcome outcome, String reason) {}

  @PostMapping("/api/v1/prisoners/{id}/classification/appeals/{appealId}/decision")
  @Operation(summary = "Decide an appeal with reasons (204), never by the decision's maker or approver (403); "
      + "409 stale-edit, appeal-decided")
  ResponseEntity<Void> decideAppeal(@PathVariable UUID id, @PathVariable UUID appealId, @RequestBody AppealDecision d) {
    classifications.decideAppeal(id, appealId, d.version(), d.outcome(), d.reason());
    return ResponseEntity.noContent().build();
  }
}
