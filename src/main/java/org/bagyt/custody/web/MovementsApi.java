package org.bagyt.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.custody.Movement;
import org.bagyt.custody.MovementRecorded;
import org.bagyt.custody.Movements;
import org.bagyt.custody.NewMovement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Movements")
class MovementsApi {

  private final Movements movements;

  MovementsApi(Movements movements) {
    this.movements = movements;
  }

  @GetMapping("/api/v1/prisoners/{id}/movements")
  @Operation(summary = "A prisoner's movements, latest first (audited read of the file)")
  List<Movement> history(@PathVariable UUID id) {
    return movements.history(id);
  }

  @PostMapping("/api/v1/prisoners/{id}/movements")
  @Operation(summary = "Record a cell move, temporary absence or return at once (201), or request a transfer or "
      + "release for approval (202); 409 cell-full, separation-*, stale-edit; 403 outside the caller's facilities")
  ResponseEntity<MovementRecorded> record(@PathVariable UUID id, @RequestBody NewMovement movement) {
    MovementRecorded done = movements.record(id, movement);
    return ResponseEntity.status(done.status() == MovementRecorded.Status.RECORDED ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
        .body(done);
  }

  /** An emergency move past hard placement rules: the cell, the version seen and the reason. */
  record EmergencyMove(Integer version, UUID cellId, String reason) {}

  @PostMapping("/api/v1/prisoners/{id}/movements/override")
  @Operation(summary = "Request an emergency cell move that breaks hard placement rules (202): it waits for a second "
      + "person holding movement.approve; 400 without a reason, 409 override-not-needed when no hard rule is broken")
  ResponseEntity<MovementRecorded> override(@PathVariable UUID id, @RequestBody EmergencyMove move) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(movements.requestOverride(id, move.version(), move.cellId(), move.reason()));
  }

  /** An emergency transfer past hard placement rules: the facility and its cell, the version seen and the reason. */
  record EmergencyTransfer(Integer version, UUID facilityId, UUID cellId, String reason) {}

  @PostMapping("/api/v1/prisoners/{id}/movements/transfer-override")
  @Operation(summary = "Request an emergency transfer to a cell of another facility that breaks hard placement rules "
      + "(202): it waits for the transfer's second-person approval, carrying the rules and the reason, and is checked "
      + "again when approved; 400 without a reason, 409 override-not-needed when no hard rule is broken")
  ResponseEntity<MovementRecorded> transferOverride(@PathVariable UUID id, @RequestBody EmergencyTransfer transfer) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(movements.requestTransferOverride(id, transfer.version(),
        transfer.facilityId(), transfer.cellId(), transfer.reason()));
  }
}
