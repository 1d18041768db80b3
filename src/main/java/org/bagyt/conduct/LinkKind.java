package org.bagyt.conduct;

/** How two prisoners in the association network are known to be linked. */
public enum LinkKind {
  /** Charged or convicted in the same criminal case. */
  CO_DEFENDANT,
  /** Held in the same cell at the same time. */
  SHARED_CELL,
  /** Visited, called or written to by the same person. */
  SAME_VISITOR,
  /** Involved in the same incident. */
  INCIDENT,
  /** Linked by a graded intelligence item. */
  INTELLIGENCE
}
