package org.bagyt.accounts;

import java.time.Instant;
import java.util.UUID;

/** A sensitive change and the two people behind it: who asked, and who decided. */
public record ApprovalRequest(
    UUID id,
    String kind,
    String payload,
    String requestedBy,
    Instant requestedAt,
    String requestReason,
    Status status,
    String decidedBy,
    Instant decidedAt,
    String decisionReason) {

  public enum Status { PENDING, APPROVED, REJECTED }
}
