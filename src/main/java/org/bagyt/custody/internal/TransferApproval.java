package org.bagyt.custody.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.springframework.stereotype.Component;

/**
 * A transfer to another facility: requested by an officer, applied only when a governor of the prisoner's
 * facility approves, at the prisoner's version the requester saw. An emergency transfer to a cell that breaks hard
 * placement rules carries the rules (and the note, the request's reason, is the override's); the approver sees both,
 * and the placement is checked again when approved.
 */
@Component
public class TransferApproval extends MovementApproval<TransferApproval.Transfer> {

  public static final String KIND = "TRANSFER_PRISONER";

  /** The request as it waits for approval; {@code overridden} is empty for an ordinary transfer. */
  public record Transfer(UUID prisonerId, int version, UUID facilityId, UUID cellId, String note, String requestedBy,
      List<String> overridden) {

    public Transfer {
      overridden = overridden == null ? List.of() : List.copyOf(overridden); // requests stored before overrides
    }
  }

  private final Estate estate;

  TransferApproval(MovementRecorder recorder, MovementScope scope, Estate estate) {
    super(KIND, Transfer.class, recorder, scope);
    this.estate = estate;
  }

  @Override
  public void apply(Transfer t) {
    scope.requireInScope(t.prisonerId());
    recorder.transfer(t.prisonerId(), t.version(), t.facilityId(), t.cellId(), t.note(), t.requestedBy(),
        approver(), t.overridden());
  }

  @Override
  public List<Detail> describe(Transfer t) {
    var location = scope.describe(t.prisonerId());
    var details = new ArrayList<>(List.of(new Detail("movement.prisoner", location.number(), false),
        new Detail("movement.from", location.cellId() == null ? location.facilityCode()
            : scope.describeCell(location.cellId()), false),
        new Detail("movement.to", t.cellId() != null ? scope.describeCell(t.cellId())
            : estate.facility(t.facilityId()).map(FacilitySummary::code).orElse("?"), false)));
    if (!t.overridden().isEmpty()) {
      details.add(new Detail("movement.override.rules", String.join(", ", t.overridden()), false));
    }
    return details;
  }
}
