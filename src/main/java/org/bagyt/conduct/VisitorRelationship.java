package org.bagyt.conduct;

/** Who a visitor is to a prisoner. */
public enum VisitorRelationship {
  SPOUSE, PARENT, CHILD, SIBLING, OTHER_RELATIVE, FRIEND, LAWYER, OTHER;

  public boolean family() {
    return this == SPOUSE || this == PARENT || this == CHILD || this == SIBLING || this == OTHER_RELATIVE;
  }
}
