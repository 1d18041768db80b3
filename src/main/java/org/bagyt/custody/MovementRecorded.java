package org.bagyt.custody;

import java.util.UUID;

/**
 * What became of a recorded movement: {@code RECORDED} with the movement's id, or {@code AWAITING_APPROVAL} with the
 * approval request's id; {@code version} is the prisoner's version to send with the next movement.
 */
public record MovementRecorded(Status status, UUID id, int version) {

  public enum Status { RECORDED, AWAITING_APPROVAL }
}
