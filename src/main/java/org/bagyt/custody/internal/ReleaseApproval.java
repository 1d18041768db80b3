package org.bagyt.custody.internal;

import java.util.List;
import java.util.UUID;
import org.bagyt.platform.SensitiveChange;
import org.bagyt.prisoners.ReleaseType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** A release from custody: requested by an officer, applied only when a governor of the prisoner's facility approves. */
@Component
public class ReleaseApproval implements SensitiveChange<ReleaseApproval.Release> {

  public static final String KIND = "RELEASE_PRISONER";

  /** The request as it waits for approval. */
  public record Release(UUID prisonerId, int version, ReleaseType type, String note, String requestedBy) {}

  private final MovementRecorder recorder;
  private final MovementScope scope;

  ReleaseApproval(MovementRecorder recorder, MovementScope scope) {
    this.recorder = recorder;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String approvingPermission() {
    return MovementScope.APPROVE;
  }

  @Override
  public Class<Release> payloadType() {
    return Release.class;
  }

  @Override
  public void apply(Release r) {
    scope.requireInScope(r.prisonerId());
    recorder.release(r.prisonerId(), r.version(), r.type(), r.note(), r.requestedBy(),
        SecurityContextHolder.getContext().getAuthentication().getName());
  }

  @Override
  public List<Detail> describe(Release r) {
    var location = scope.describe(r.prisonerId());
    return List.of(new Detail("movement.prisoner", location.number(), false),
        new Detail("movement.from", location.facilityCode(), false),
        new Detail("movement.release-type", "release-type." + r.type(), true));
  }
}
