package org.bagyt.allocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bagyt.allocation.AllocationPolicies;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Allocation")
class PolicyApi {

  private final AllocationPolicies policies;

  PolicyApi(AllocationPolicies policies) {
    this.policies = policies;
  }

  @GetMapping("/api/v1/allocation/policies")
  @Operation(summary = "The service default, each of the caller's facilities with its own policy (if any) and every unit "
      + "with the policy in force there and where it comes from (UNIT, FACILITY, SERVICE), and the history of changes")
  AllocationPolicies.Overview list() {
    return policies.overview();
  }

  @PutMapping("/api/v1/allocation/policies")
  @Operation(summary = "Sets the policy of a unit (unitId), a facility (facilityId) or the service (neither): model "
      + "(CONCENTRATION, DISPERSAL, HYBRID), maxDesignatedPerUnit (0 to 1000), maxGroupMembersPerUnit (1 to 1000), "
      + "reason, version of the own row read (left out when there was none). 400 naming the field; 403 outside the "
      + "caller's facilities (the service default is headquarters'); 409 stale-edit; 409 policy-needs-extremist-unit, "
      + "policy-untagged-unit or policy-dispersal-none when the policy contradicts who is held there; nothing is written")
  AllocationPolicies.Changed set(@RequestBody(required = false) AllocationPolicies.Setting setting) {
    return policies.set(setting);
  }

  @DeleteMapping("/api/v1/allocation/policies")
  @Operation(summary = "Removes a unit's or facility's own policy (body: facilityId or unitId, reason, version) so that "
      + "it inherits again; answers what is in force there now. 400 for the service default or a missing reason or "
      + "version; 403 outside the caller's facilities; 409 stale-edit or a contradiction, as for setting")
  AllocationPolicies.Changed remove(@RequestBody(required = false) AllocationPolicies.Removal removal) {
    return policies.remove(removal);
  }
}
