package org.bagyt.conduct;

/** What a complaint is about. An allegation of torture or ill-treatment goes to the independent body at once. */
public enum ComplaintCategory {
  CONDITIONS, FOOD, HEALTH_CARE, FAMILY_CONTACT, STAFF_CONDUCT, TORTURE_OR_ILL_TREATMENT, DISCIPLINE, PROPERTY,
  LEGAL_ACCESS, OTHER;

  public boolean allegation() {
    return this == TORTURE_OR_ILL_TREATMENT;
  }
}
