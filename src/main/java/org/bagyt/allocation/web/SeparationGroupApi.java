package org.bagyt.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.SeparationGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Separation groups")
class SeparationGroupApi {

  private final SeparationGroups groups;

  SeparationGroupApi(SeparationGroups groups) {
    this.groups = groups;
  }

  @GetMapping("/api/v1/allocation/groups")
  @Operation(summary = "The separation groups with at least one member in the caller's facilities, with their members")
  List<SeparationGroups.Group> list() {
    return groups.list();
  }

  record Recorded(UUID id) {}

  @PostMapping("/api/v1/allocation/groups")
  @Operation(summary = "Record a group (201): name, kind (NETWORK, GANG, OTHER), basis and members by prisoner number; "
      + "400 naming the field for a missing name or basis, an unknown kind, fewer than 2 or more than 200 members, an "
      + "unknown or released prisoner; 403 when no member is in the caller's facilities")
  ResponseEntity<Recorded> record(@RequestBody SeparationGroups.NewGroup group) {
    return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(groups.record(group)));
  }
}
