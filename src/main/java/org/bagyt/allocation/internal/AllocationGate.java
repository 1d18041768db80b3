package org.bagyt.allocation.internal;

import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.PlacementCheck;
import org.bagyt.custody.PlacementGate;
import org.bagyt.custody.PlacementRefusal;
import org.springframework.stereotype.Component;

/** Custody's placement gate: the hard violations of {@link PlacementCheck}, in the caller's transaction. */
@Component
class AllocationGate implements PlacementGate {

  private final PlacementCheck placementCheck;

  AllocationGate(PlacementCheck placementCheck) {
    this.placementCheck = placementCheck;
  }

  @Override
  public List<PlacementRefusal> check(UUID prisonerId, UUID cellId, Kind kind) {
    return placementCheck.evaluate(prisonerId, cellId).hard().stream()
        .map(v -> new PlacementRefusal(v.rule().name(), v.messageKey(), v.arguments(), v.others())).toList();
  }
}
