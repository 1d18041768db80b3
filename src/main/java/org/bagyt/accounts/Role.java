package org.bagyt.accounts;

/** The roles of people who use Bagyt. What each may do is the access matrix, kept as data. */
public enum Role {
  ADMINISTRATOR(false),
  GOVERNOR(true),
  OFFICER(true),
  ASSESSOR(true),
  ANALYST(true),
  FACILITATOR(true),
  HEADQUARTERS(false),
  PROBATION(false),
  INSPECTOR(false);

  private final boolean facilityScoped;

  Role(boolean facilityScoped) {
    this.facilityScoped = facilityScoped;
  }

  /** Facility staff see only their facilities; headquarters roles and the inspector see the whole service. */
  public boolean facilityScoped() {
    return facilityScoped;
  }
}
