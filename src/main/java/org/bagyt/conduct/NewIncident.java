package org.bagyt.conduct;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as reported (or a draft as corrected). The facility may be left out by someone who works in one
 * facility only. Each prisoner is named by id or by number.
 */
public record NewIncident(IncidentType type, Instant occurredAt, UUID facilityId, String place, Boolean serious,
    String description, String injuries, String outcome, List<Prisoner> prisoners, List<Staff> staff) {

  /** A prisoner involved: by id (the API) or by number (the form), with their role. */
  public record Prisoner(UUID prisonerId, String number, IncidentRole role) {}

  /** A member of staff involved, by name, with their role. */
  public record Staff(String name, IncidentStaffRole role) {}
}
