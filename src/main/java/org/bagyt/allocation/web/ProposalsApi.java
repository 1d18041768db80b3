package org.bagyt.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.Proposal;
import org.bagyt.allocation.Proposals;
import org.bagyt.allocation.Recommendation;
import org.bagyt.allocation.Recommendations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation")
class ProposalsApi {

  private final Proposals proposals;
  private final Recommendations recommendations;

  ProposalsApi(Proposals proposals, Recommendations recommendations) {
    this.proposals = proposals;
    this.recommendations = recommendations;
  }

  /** The scope of a proposal: one facility, or (left out) the whole service; the time limit, when not the default. */
  record Asked(UUID facilityId, Integer seconds) {}

  /** The proposal's version as read, for a confirm or reject. */
  record Decision(Integer version) {}

  @GetMapping("/api/v1/allocation/recommendations")
  @Operation(summary = "The best three cells of the prisoner's facility, best first, each with its reasons. 404 "
      + "unknown-prisoner; 403 outside the caller's facilities")
  List<Recommendation> recommend(@RequestParam(required = false) UUID prisonerId) {
    return recommendations.recommend(prisonerId);
  }

  @PostMapping("/api/v1/allocation/proposals")
  @Operation(summary = "Starts a placement proposal for a facility (or the whole service); 202 with its id and Location "
      + "while the solver works. 404 unknown-facility; 403 outside the caller's facilities")
  ResponseEntity<Map<String, UUID>> start(@RequestBody(required = false) Asked asked) {
    UUID id = proposals.start(asked == null ? null : asked.facilityId(), asked == null ? null : asked.seconds());
    return ResponseEntity.accepted().location(URI.create("/api/v1/allocation/proposals/" + id)).body(Map.of("id", id));
  }

  @GetMapping("/api/v1/allocation/proposals/{id}")
  @Operation(summary = "A proposal: status (SOLVING with the best score so far and elapsed against the limit, PROPOSED, "
      + "INFEASIBLE with the prisoners and rules in conflict, CONFIRMED, REJECTED), moves with reasons; for the whole "
      + "service, one part per facility (each a proposal of its own, with parentId). 404 unknown-proposal")
  Proposal find(@PathVariable UUID id) {
    return proposals.find(id);
  }

  @PostMapping("/api/v1/allocation/proposals/{id}/confirm")
  @Operation(summary = "Confirms a provisional proposal: every move recorded in one transaction. 409 proposal-stale when "
      + "occupancy of the cells involved changed since it was made, proposal-infeasible, proposal-decided, "
      + "proposal-by-facility for the whole service (confirm each facility's part); nothing changes")
  Proposal confirm(@PathVariable UUID id, @RequestBody Decision decision) {
    return proposals.confirm(id, decision.version());
  }

  @PostMapping("/api/v1/allocation/proposals/{id}/reject")
  @Operation(summary = "Rejects a provisional proposal; nobody moves")
  Proposal reject(@PathVariable UUID id, @RequestBody Decision decision) {
    return proposals.reject(id, decision.version());
  }
}
