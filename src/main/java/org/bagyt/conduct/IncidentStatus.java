package org.bagyt.conduct;

import java.util.Set;

/**
 * Where an incident report stands. Each state declares the states it may go to; any other step is refused. A
 * governor may send a report awaiting analysis back to its reporter as a draft; a closed report is final.
 */
public enum IncidentStatus {
  DRAFT, AWAITING_ANALYSIS, CLOSED;

  public Set<IncidentStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(AWAITING_ANALYSIS);
      case AWAITING_ANALYSIS -> Set.of(CLOSED, DRAFT);
      case CLOSED -> Set.of();
    };
  }

  public boolean mayGoTo(IncidentStatus target) {
    return next().contains(target);
  }
}
