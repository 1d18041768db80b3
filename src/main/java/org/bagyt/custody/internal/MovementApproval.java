package org.bagyt.custody.internal;

import org.bagyt.platform.SensitiveChange;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A movement that waits for a second person holding movement.approve in the prisoner's facility (a transfer, a
 * release, an emergency cell move): the kind, the permission and the payload type are the same shape for each, so
 * each kind says only what it applies and what the approver must see.
 */
abstract class MovementApproval<P> implements SensitiveChange<P> {

  private final String kind;
  private final Class<P> payloadType;
  protected final MovementRecorder recorder;
  protected final MovementScope scope;

  MovementApproval(String kind, Class<P> payloadType, MovementRecorder recorder, MovementScope scope) {
    this.kind = kind;
    this.payloadType = payloadType;
    this.recorder = recorder;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String approvingPermission() {
    return MovementScope.APPROVE;
  }

  @Override
  public Class<P> payloadType() {
    return payloadType;
  }

  /** Who is approving: the signed-in person applying the change. */
  protected static String approver() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }
}
