package org.bagyt.custody.internal;

import java.util.List;
import java.util.UUID;
import org.bagyt.prisoners.ReleaseType;
import org.springframework.stereotype.Component;

/** A release from custody: requested by an officer, applied only when a governor of the prisoner's facility approves. */
@Component
public class ReleaseApproval extends MovementApproval<ReleaseApproval.Release> {

  public static final String KIND = "RELEASE_PRISONER";

  /** The request as it waits for approval. */
  public record Release(UUID prisonerId, int version, ReleaseType type, String note, String requestedBy) {}


  ReleaseApproval(MovementRecorder recorder, MovementScope scope) {
    super(KIND, Release.class, recorder, scope);
  }

  @Override
  public void apply(Release r) {
    scope.requireInScope(r.prisonerId());
    recorder.release(r.prisonerId(), r.version(), r.type(), r.note(), r.requestedBy(),
        approver());
  }

  @Override
  public List<Detail> describe(Release r) {
    var location = scope.describe(r.prisonerId());
    return List.of(new Detail("movement.prisoner", location.number(), false),
        new Detail("movement.from", location.facilityCode(), false),
        new Detail("movement.release-type", "release-type." + r.type(), true));
  }
}
