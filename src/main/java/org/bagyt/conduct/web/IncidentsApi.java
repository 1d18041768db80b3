package org.bagyt.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.Incident;
import org.bagyt.conduct.IncidentStatus;
import org.bagyt.conduct.Incidents;
import org.bagyt.conduct.NewIncident;
import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Incidents")
class IncidentsApi {

  record Correction(Integer version, NewIncident incident) {}

  record Step(Integer version, String outcome) {}

  record Addition(String text) {}

  private final Incidents incidents;

  IncidentsApi(Incidents incidents) {
    this.incidents = incidents;
  }

  @GetMapping("/api/v1/incidents")
  @Operation(summary = "Incident reports in the caller's facilities (the whole service for headquarters and the "
      + "inspector), latest first; optionally of one status, or serious ones only")
  List<Incident> register(@RequestParam(required = false) IncidentStatus status,
      @RequestParam(defaultValue = "false") boolean serious) {
    return incidents.register(status, serious);
  }

  @GetMapping("/api/v1/incidents/{id}")
  @Operation(summary = "One incident report with the people involved and the additions; 403 outside the caller's facilities")
  Incident incident(@PathVariable UUID id) {
    return incidents.incident(id);
  }

  @PostMapping("/api/v1/incidents")
  @Operation(summary = "Report an incident (201), as a draft or, with submit=true, for analysis; a serious one makes a "
      + "review of each involved prisoner's assessment due; 400 invalid-input (unknown-prisoner at 'prisoners')")
  ResponseEntity<Incident> report(@RequestBody NewIncident incident,
      @RequestParam(defaultValue = "false") boolean submit) {
    return ResponseEntity.status(HttpStatus.CREATED).body(incidents.report(incident, submit));
  }

  @PutMapping("/api/v1/incidents/{id}")
  @Operation(summary = "Correct a draft; 409 incident-not-editable once submitted or closed, stale-edit")
  Incident correct(@PathVariable UUID id, @RequestBody Correction correction) {
    return incidents.correct(id, version(correction.version()), correction.incident());
  }

  @PostMapping("/api/v1/incidents/{id}/submit")
  @Operation(summary = "Send a draft for analysis; 409 illegal-transition, stale-edit")
  Incident submit(@PathVariable UUID id, @RequestBody Step step) {
    return incidents.move(id, version(step.version()), IncidentStatus.AWAITING_ANALYSIS, step.outcome());
  }

  @PostMapping("/api/v1/incidents/{id}/close")
  @Operation(summary = "Close a report awaiting analysis, with its outcome (governor); 409 illegal-transition, stale-edit")
  Incident close(@PathVariable UUID id, @RequestBody Step step) {
    return incidents.move(id, version(step.version()), IncidentStatus.CLOSED, step.outcome());
  }

  @PostMapping("/api/v1/incidents/{id}/return")
  @Operation(summary = "Return a report awaiting analysis to its reporter as a draft (governor); 409 illegal-transition")
  Incident sendBack(@PathVariable UUID id, @RequestBody Step step) {
    return incidents.move(id, version(step.version()), IncidentStatus.DRAFT, step.outcome());
  }

  @PostMapping("/api/v1/incidents/{id}/additions")
  @Operation(summary = "Append what was learnt later (201), in any state; the report itself is never changed")
  ResponseEntity<Incident> add(@PathVariable UUID id, @RequestBody Addition addition) {
    return ResponseEntity.status(HttpStatus.CREATED).body(incidents.add(id, addition == null ? null : addition.text()));
  }

  static int version(Integer version) {
    if (version == null) {
      throw BagytException.invalid("version-required", "movement.error.version-required");
    }
    return version;
  }
}
