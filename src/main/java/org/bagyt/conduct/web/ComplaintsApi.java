package org.bagyt.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.Complaint;
import org.bagyt.conduct.Complaints;
import org.bagyt.conduct.NewComplaint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Complaints")
class ComplaintsApi {

  record Reply(Integer version, String reply) {}

  private final Complaints complaints;

  ComplaintsApi(Complaints complaints) {
    this.complaints = complaints;
  }

  @GetMapping("/api/v1/complaints")
  @Operation(summary = "Complaints in the caller's facilities (the whole service for headquarters and the inspector): "
      + "open allegations first, then open ones by reply deadline; overdue=true lists open complaints past it")
  List<Complaint> register(@RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "false") boolean allegations, @RequestParam(defaultValue = "false") boolean open) {
    return complaints.register(overdue, allegations, open);
  }

  @GetMapping("/api/v1/complaints/{id}")
  @Operation(summary = "One complaint; 403 outside the caller's facilities")
  Complaint complaint(@PathVariable UUID id) {
    return complaints.complaint(id);
  }

  @PostMapping("/api/v1/prisoners/{id}/complaints")
  @Operation(summary = "Record a prisoner's complaint (201) with its case number and reply deadline; an allegation of "
      + "torture or ill-treatment is referred to the inspector at once; 404 unknown prisoner, 400 invalid-input")
  ResponseEntity<Complaint> record(@PathVariable UUID id, @RequestBody NewComplaint complaint) {
    return ResponseEntity.status(HttpStatus.CREATED).body(complaints.record(id, complaint));
  }

  @PostMapping("/api/v1/complaints/{id}/answer")
  @Operation(summary = "Reply to a complaint and close it (governor); 409 allegation-independent for an allegation of "
      + "torture or ill-treatment, complaint-closed, stale-edit")
  Complaint answer(@PathVariable UUID id, @RequestBody Reply reply) {
    return complaints.answer(id, IncidentsApi.version(reply.version()), reply.reply());
  }

  @PostMapping("/api/v1/complaints/{id}/decision")
  @Operation(summary = "Close an allegation of torture or ill-treatment with the independent body's outcome "
      + "(inspector); 409 not-an-allegation, complaint-closed, stale-edit")
  Complaint decide(@PathVariable UUID id, @RequestBody Reply reply) {
    return complaints.decide(id, IncidentsApi.version(reply.version()), reply.reply());
  }
}
