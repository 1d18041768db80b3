package org.bagyt.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Two prisoners who must be kept apart: a role for each, a reason (violent-extremism reasons among them), the
 * authoriser's words, a review date, a nested scope and the activities they must not share. Open until closed with a
 * reason; at most one open pair for the same two people, in either order.
 */
public record KeepApart(UUID id, UUID firstId, Role firstRole, UUID secondId, Role secondRole, Reason reason,
    String comment, Scope scope, Set<Activity> activities, LocalDate reviewOn, String authorisedBy,
    Instant authorisedAt, String closedBy, Instant closedAt, String closedReason, int version) {

  public enum Role { VICTIM, PERPETRATOR, RECRUITER, TARGET, RIVAL, FORMER_MEMBER, GROUP_MEMBER, NOT_RELEVANT }

  public enum Reason {
    RISK_OF_RECRUITING_OR_INFLUENCING, RIVAL_NETWORKS, THREAT_TO_FORMER_MEMBER, VIOLENCE, GANG, OTHER;

    /** The reasons that come from violent extremism, shown first. */
    public boolean violentExtremism() {
      return this == RISK_OF_RECRUITING_OR_INFLUENCING || this == RIVAL_NETWORKS || this == THREAT_TO_FORMER_MEMBER;
    }
  }

  /** Nested: apart in the cell; in the unit (so also the cell); in the facility (so also unit and cell). */
  public enum Scope {
    CELL, UNIT, FACILITY;

    public boolean includes(Scope other) {
      return compareTo(other) >= 0;
    }
  }

  public enum Activity { EXERCISE, WORSHIP, EDUCATION, WORK }

  public boolean open() {
    return closedAt == null;
  }

  public boolean involves(UUID prisonerId) {
    return firstId.equals(prisonerId) || secondId.equals(prisonerId);
  }
}
