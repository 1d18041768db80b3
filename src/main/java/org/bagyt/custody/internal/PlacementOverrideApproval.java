package org.bagyt.custody.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An emergency cell move that breaks a hard placement rule: requested with a reason, applied only when a second
 * person holding movement.approve in the prisoner's facility agrees, at the version the requester saw; audited with
 * the rules overridden.
 */
@Component
public class PlacementOverrideApproval extends MovementApproval<PlacementOverrideApproval.EmergencyMove> {

  public static final String KIND = "PLACEMENT_OVERRIDE";

  /** The request as it waits for approval: the hard rules it breaks, as they stood when it was asked. */
  public record EmergencyMove(UUID prisonerId, int version, UUID cellId, String reason, String requestedBy,
      List<String> rules) {}

  PlacementOverrideApproval(MovementRecorder recorder, MovementScope scope) {
    super(KIND, EmergencyMove.class, recorder, scope);
  }

  @Override
  public void apply(EmergencyMove o) {
    scope.requireInScope(o.prisonerId());
    recorder.moveCellOverriding(o.prisonerId(), o.version(), o.cellId(), o.reason(), o.requestedBy(),
        approver(), o.rules());
  }

  @Override
  public List<Detail> describe(EmergencyMove o) {
    var location = scope.describe(o.prisonerId());
    return List.of(new Detail("movement.prisoner", location.number(), false),
        new Detail("movement.from", location.cellId() == null ? location.facilityCode()
            : scope.describeCell(location.cellId()), false),
        new Detail("movement.to", scope.describeCell(o.cellId()), false),
        new Detail("movement.override.rules", String.join(", ", o.rules()), false));
  }
}
