package org.bagyt.conduct;

/** The part a prisoner played in an incident, as reported. */
public enum IncidentRole {
  PERPETRATOR, VICTIM, WITNESS, INVOLVED
}
