package org.bagyt.estate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.bagyt.estate.CellChange;
import org.bagyt.estate.CellOccupancy;
import org.bagyt.estate.FacilityOccupancy;
import org.bagyt.estate.Occupancy;
import org.bagyt.estate.OvercrowdingReport;
import org.bagyt.estate.internal.CellChanges;
import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/estate")
@Tag(name = "Estate")
class OccupancyApi {

  private final Occupancy occupancy;
  private final CellChanges changes;

  OccupancyApi(Occupancy occupancy, CellChanges changes) {
    this.occupancy = occupancy;
    this.changes = changes;
  }

  @GetMapping("/overcrowding")
  @Operation(summary = "Occupancy and overcrowding: totals, each facility, and the cells below the CPT and ICRC minimums",
      description = "Filter by region code or facility id. Lists are the most crowded cells first, at most `limit` "
          + "(1 to 1000); the totals count every breaching cell. 400 for an unknown region or facility.")
  OvercrowdingReport overcrowding(@RequestParam(required = false) String region,
      @RequestParam(required = false) String facility, @RequestParam(defaultValue = "200") int limit) {
    return occupancy.overcrowding(OccupancyController.blankToNull(region), OccupancyController.facilityId(facility), limit);
  }

  @GetMapping("/facilities/{id}")
  @Operation(summary = "A facility's occupancy, unit by unit and cell by cell; 404 when unknown")
  FacilityOccupancy facility(@PathVariable UUID id) {
    return occupancy.facility(id).orElseThrow(BagytException::notFound);
  }

  @GetMapping("/cells/{id}")
  @Operation(summary = "One cell: beds, people, floor area, m² per person and breaches; 404 when unknown")
  CellOccupancy cell(@PathVariable UUID id) {
    return occupancy.cell(id)
        .orElseThrow(() -> new BagytException(HttpStatus.NOT_FOUND, "unknown-cell", "estate.error.unknown-cell"));
  }

  /** What a client sends to ask for a cell change; every field is required. */
  record ChangeRequest(Integer beds, BigDecimal floorAreaM2, Boolean inUse, Integer version, String reason) {}

  @PostMapping("/cells/{id}/change-requests")
  @Operation(summary = "Ask for a cell's beds, floor area or use to change; it applies when a second person approves",
      description = "Needs estate.manage and the cell's facility in the caller's scope. 400 for invalid values, "
          + "404 for an unknown cell, 409 when beds would fall below the people in the cell, when an occupied cell "
          + "would go out of use, when nothing changes, or when the cell changed since `version`.")
  ResponseEntity<Map<String, Object>> requestChange(@PathVariable UUID id, @RequestBody ChangeRequest body) {
    UUID request = changes.request(new CellChange(id, body.version(), body.beds(), body.floorAreaM2(), body.inUse()),
        body.reason());
    return ResponseEntity.created(URI.create("/approvals#" + request))
        .body(Map.of("approvalRequest", request, "status", "PENDING"));
  }
}
