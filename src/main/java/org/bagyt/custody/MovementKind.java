package org.bagyt.custody;

/**
 * What an officer records. Cell moves and temporary absences (and the return from one) apply at once; transfers
 * and releases are sensitive and wait for a second person's approval.
 */
public enum MovementKind {
  CELL_MOVE, TEMPORARY_ABSENCE, RETURN, TRANSFER, RELEASE;

  public boolean needsApproval() {
    return this == TRANSFER || this == RELEASE;
  }
}
