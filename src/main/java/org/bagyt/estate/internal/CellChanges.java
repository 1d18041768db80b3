package org.bagyt.estate.internal;

import java.util.UUID;
import org.bagyt.estate.CellChange;
import org.bagyt.estate.CellOccupancy;
import org.bagyt.estate.Occupancy;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.platform.TwoPersonApproval;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to change a cell's beds or floor area, or taking it out of use: capacity and living space are what
 * overcrowding is measured by, so never by one person. A governor asks for their own facilities,
 * headquarters for any; a headquarters officer other than the requester approves. The rules are checked
 * when asked and again when approved, because people may have been placed in the cell in between.
 */
@Component
public class CellChanges {

  static final String REQUESTING = "estate.manage";

  private final Occupancy occupancy;
  private final TwoPersonApproval approvals;

  CellChanges(Occupancy occupancy, TwoPersonApproval approvals) {
    this.occupancy = occupancy;
    this.approvals = approvals;
  }

  /** Whether the person signed in may ask to change this cell: the permission, and the facility in their scope. */
  public boolean mayRequest(CellOccupancy cell) {
    return SignedInUser.holds(REQUESTING) && SignedInUser.current()
        .map(u -> u.worksIn(cell.facilityId())).orElse(false);
  }

  /** The cell as a person about to ask for a change sees it; 404 when unknown, 403 outside their scope. */
  public CellOccupancy cellToChange(UUID cellId) {
    if (!SignedInUser.holds(REQUESTING)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    CellOccupancy cell = occupancy.cell(cellId)
        .orElseThrow(() -> new BagytException(HttpStatus.NOT_FOUND, "unknown-cell", "estate.error.unknown-cell"));
    if (!mayRequest(cell)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "outside-scope", "estate.error.outside-scope");
    }
    return cell;
  }

  /** Stores the request for a second person; refuses it at once if it could not be applied now. */
  @Transactional
  public UUID request(CellChange change, String reason) {
    CellOccupancy cell = cellToChange(change.cellId());
    var problems = change.problems();
    if (!problems.isEmpty()) {
      String field = problems.keySet().iterator().next();
      throw field.equals("version") ? BagytException.invalid("invalid-input", "estate.error.version")
          : BagytException.invalid("invalid-" + field.replace("floorAreaM2", "area").replace("inUse", "in-use"),
              problems.get(field));
    }
    if (change.version() != cell.version()) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    if (change.beds() == cell.beds() && change.floorAreaM2().compareTo(cell.floorAreaM2()) == 0
        && change.inUse() == cell.inUse()) {
      throw BagytException.conflict("no-change", "estate.error.no-change");
    }
    CellChangeKind.refuseIfOccupied(cell, change);
    return approvals.request(CellChangeKind.KIND, change, reason);
  }
}
