package org.bagyt.assessment;

import java.util.Set;

/**
 * Where an assessment is in its workflow. Each state declares the states it may move to; anything else is
 * refused. Only a draft or a returned assessment may be edited, and only by its author.
 */
public enum AssessmentStatus {
  DRAFT, SUBMITTED, RETURNED, COUNTERSIGNED, SUPERSEDED;

  public Set<AssessmentStatus> nextStates() {
    return switch (this) {
      case DRAFT, RETURNED -> Set.of(SUBMITTED);
      case SUBMITTED -> Set.of(COUNTERSIGNED, RETURNED);
      case COUNTERSIGNED -> Set.of(SUPERSEDED);
      case SUPERSEDED -> Set.of();
    };
  }

  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** Countersigned: the assessment in force (until a newer one supersedes it). */
  public boolean countersigned() {
    return this == COUNTERSIGNED || this == SUPERSEDED;
  }
}
