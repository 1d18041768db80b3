package org.bagyt.conduct;

/** The part a member of staff played in an incident. */
public enum IncidentStaffRole {
  RESPONDED, WITNESS, VICTIM, USED_FORCE, INVOLVED
}
