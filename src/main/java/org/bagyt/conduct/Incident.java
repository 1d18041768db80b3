package org.bagyt.conduct;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident report as read, with the prisoners and staff involved and the additions made since. */
public record Incident(UUID id, String caseNumber, UUID facilityId, String facilityCode, String place,
    IncidentType type, Instant occurredAt, boolean serious, String description, String injuries, String outcome,
    IncidentStatus status, String reportedBy, Instant reportedAt, String closedBy, Instant closedAt, int version,
    List<Involved> prisoners, List<NewIncident.Staff> staff, List<Addition> additions) {

  /** A prisoner involved, as the register shows them. */
  public record Involved(UUID prisonerId, String number, String name, IncidentRole role) {}

  /** Something learnt later, appended to the report. */
  public record Addition(String text, String addedBy, Instant addedAt) {}

  public boolean editable() {
    return status == IncidentStatus.DRAFT;
  }
}
