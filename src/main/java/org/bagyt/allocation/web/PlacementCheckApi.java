package org.bagyt.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.bagyt.allocation.PlacementCheck;
import org.bagyt.custody.PlacementGate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation")
class PlacementCheckApi {

  private final PlacementCheck placementCheck;

  PlacementCheckApi(PlacementCheck placementCheck) {
    this.placementCheck = placementCheck;
  }

  /** What to check: the prisoner, the cell, and the kind of placement (MOVE when left out). */
  record Asked(UUID prisonerId, UUID cellId, PlacementGate.Kind kind) {}

  @PostMapping("/api/v1/allocation/check")
  @Operation(summary = "Every rule placing the prisoner in the cell would break (hard blocks, soft is a cost), each "
      + "with its reason in the caller's language and the others involved; the distance from the family's home region "
      + "and the floor area per person after the placement. Nothing changes. 400 missing or malformed input; 404 "
      + "unknown-prisoner or unknown-cell; 403 when neither the prisoner nor the cell is in the caller's facilities")
  PlacementCheck.Answer check(@RequestBody Asked asked) {
    return placementCheck.check(asked.prisonerId(), asked.cellId(), asked.kind());
  }
}
