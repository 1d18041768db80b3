package org.bagyt.custody.internal;

import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.estate.Occupancy;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may move whom: the permission to record or approve, and the facility scope. Facility staff move only people
 * held in their own facilities; break-glass opens a file for reading, never for moving anyone.
 */
@Component
public class MovementScope {

  public static final String RECORD = "movement.record";
  public static final String APPROVE = "movement.approve";

  private final PrisonerLocations locations;
  private final AuditTrail audit;
  private final Occupancy occupancy;

  MovementScope(PrisonerLocations locations, AuditTrail audit, Occupancy occupancy) {
    this.locations = locations;
    this.audit = audit;
    this.occupancy = occupancy;
  }

  public SignedInUser require(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  /** The prisoner's location if they are held in the signed-in person's facilities; a refusal is audited. */
  public Location requireInScope(UUID prisonerId) {
    SignedInUser user = SignedInUser.current()
        .orElseThrow(() -> new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden"));
    Location location = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    if (!user.worksIn(location.facilityId())) {
      audit.record(AuditEvent.update(MovementRecorder.MOVEMENT, prisonerId).forPrisoner(prisonerId)
          .atFacility(location.facilityId()).denied());
      throw new OutsideScope();
    }
    return location;
  }

  /** The location for showing a request to the person deciding it. */
  Location describe(UUID prisonerId) {
    return locations.find(prisonerId).orElseThrow(BagytException::notFound);
  }

  /** A cell as the approver reads it: facility, unit and cell codes. */
  String describeCell(UUID cellId) {
    return occupancy.cell(cellId).map(c -> c.facilityCode() + " · " + c.unitCode() + " · " + c.code()).orElse("?");
  }
}
