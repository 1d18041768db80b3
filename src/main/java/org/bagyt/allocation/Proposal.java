package org.bagyt.allocation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A placement proposal as stored, with its progress while the solver works: status, the score before and the best
 * so far, elapsed against the limit, every move with its reasons and, where no placement keeps every rule, the
 * prisoners and rules in conflict. Reasons are in the reader's language. A proposal for the whole service is decided
 * facility by facility: its moves are in its parts, one per facility, each with {@code parentId} pointing back.
 */
public record Proposal(UUID id, UUID facilityId, Status status, String requestedBy, Instant requestedAt,
    int limitSeconds, long elapsedSeconds, String scoreBefore, String score, Integer people, Integer crowdedBefore,
    Integer crowdedAfter, Long kmBefore, Long kmAfter, List<Move> moves, List<Conflict> conflicts, String decidedBy,
    Instant decidedAt, int version, UUID parentId, List<Part> parts) {

  public enum Status {
    SOLVING, PROPOSED, INFEASIBLE, FAILED, CONFIRMED, REJECTED;

    public boolean provisional() {
      return this == PROPOSED || this == INFEASIBLE;
    }
  }

  /** One move: who, from which cell to which, and why. */
  public record Move(UUID prisonerId, String number, UUID fromCellId, String fromCell, UUID toCellId, String toCell,
      List<String> reasons) {}

  /** One facility's part of a proposal for the whole service. */
  public record Part(UUID id, String facilityCode, Status status, int moves, Integer crowdedBefore,
      Integer crowdedAfter) {}

  /** A prisoner no placement could house lawfully, the rules in conflict and the others they involve. */
  public record Conflict(UUID prisonerId, String number, List<String> rules, List<String> others) {}

  public boolean wholeService() {
    return facilityId == null;
  }

  public boolean solving() {
    return status == Status.SOLVING;
  }

  /** Progress while solving, 0 to 100, by time spent against the limit. */
  public int percent() {
    return status == Status.SOLVING ? (int) Math.min(99, elapsedSeconds * 100 / Math.max(1, limitSeconds)) : 100;
  }
}
