package org.bagyt.staff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.bagyt.staff.Accreditation;
import org.bagyt.staff.Accreditations;
import org.bagyt.staff.NewAccreditation;
import org.bagyt.staff.internal.StaffRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(name = "Staff")
class StaffApi {

  /** An accreditation for the person named in the path. */
  record AccreditationRequest(String instrumentId, LocalDate issuedOn, LocalDate expiresOn, String issuer) {}

  private final StaffRecords records;
  private final Accreditations accreditations;

  StaffApi(StaffRecords records, Accreditations accreditations) {
    this.records = records;
    this.accreditations = accreditations;
  }

  @GetMapping("/api/v1/staff/{username}/accreditations")
  @Operation(summary = "A person's accreditations, withdrawn ones included, latest issued first (audited read)",
      description = "404 for someone unknown or working outside the caller's facilities.")
  List<Accreditation> accreditations(@PathVariable String username) {
    return records.accreditationsOf(username);
  }

  @PostMapping("/api/v1/staff/{username}/accreditations")
  @Operation(summary = "Record an accreditation for an assessment instrument (201)",
      description = "expiresOn may be left out: the accreditation then runs for the configured validity "
          + "(BAGYT_ACCREDITATION_YEARS, 2 years unless set). 400 invalid-input lists every problem by field; "
          + "409 accreditation-overlaps when the person holds one for the instrument on any of these days. "
          + "Nothing is written unless everything is.")
  ResponseEntity<Accreditation> record(@PathVariable String username, @RequestBody AccreditationRequest body) {
    Accreditation saved = accreditations.record(
        new NewAccreditation(username, body.instrumentId(), body.issuedOn(), body.expiresOn(), body.issuer()));
    URI location = UriComponentsBuilder.fromPath("/api/v1/staff/{username}/accreditations")
        .buildAndExpand(saved.username()).encode().toUri();
    return ResponseEntity.created(location).body(saved);
  }
}
