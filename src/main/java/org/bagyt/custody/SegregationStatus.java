package org.bagyt.custody;

import java.util.Set;

/**
 * Where a segregation order is. Each state declares the states it may move to; anything else is refused. An order
 * continues past the limit without review only as EXTENDED, which only an independent decision reaches.
 */
public enum SegregationStatus {
  ACTIVE, EXTENDED, ENDED;

  public Set<SegregationStatus> nextStates() {
    return switch (this) {
      case ACTIVE, EXTENDED -> Set.of(EXTENDED, ENDED);
      case ENDED -> Set.of();
    };
  }
}
