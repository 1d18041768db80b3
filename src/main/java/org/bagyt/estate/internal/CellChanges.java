package org.bagyt.estate.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.estate.CellChange;
import org.bagyt.estate.CellOccupancy;
import org.bagyt.estate.Occupancy;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SensitiveChange;
import org.bagyt.platform.SignedInUser;
import org.bagyt.platform.TwoPersonApproval;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a cell's beds or floor area, or taking it out of use: capacity and living space are what
 * overcrowding is measured by, so never by one person. A governor asks for their own facilities,
 * headquarters for any; a headquarters officer other than the requester approves. The rules are checked
 * when asked and again when approved, because people may have been placed in the cell in between.
 */
@Component
public class CellChanges implements SensitiveChange<CellChange> {

  static final String KIND = "CHANGE_CELL";
  static final String REQUESTING = "estate.manage";

  private final JdbcClient jdbc;
  private final Occupancy occupancy;
  private final TwoPersonApproval approvals;
  private final AuditTrail audit;

  CellChanges(JdbcClient jdbc, Occupancy occupancy, TwoPersonApproval approvals, AuditTrail audit) {
    this.jdbc = jdbc;
    this.occupancy = occupancy;
    this.approvals = approvals;
    this.audit = audit;
  }

  /** Whether the person signed in may ask to change this cell: the permission, and the facility in their scope. */
  public boolean mayRequest(CellOccupancy cell) {
    return SignedInUser.holds(REQUESTING) && SignedInUser.current()
        .map(u -> u.serviceWide() || u.facilityIds().contains(cell.facilityId())).orElse(false);
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
    refuseIfOccupied(cell, change);
    return approvals.request(KIND, change, reason);
  }

  private static void refuseIfOccupied(CellOccupancy cell, CellChange change) {
    if (!change.inUse() && cell.occupied() > 0) {
      throw BagytException.conflict("cell-occupied", "estate.error.cell-occupied");
    }
    if (change.beds() < cell.occupied()) {
      throw BagytException.conflict("beds-below-occupied", "estate.error.beds-below-occupied");
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String approvingPermission() {
    return "estate.approve";
  }

  @Override
  public Class<CellChange> payloadType() {
    return CellChange.class;
  }

  /**
   * One conditional update, so a placement racing the approval either takes its bed first (and the change
   * is refused) or finds the new capacity: the row lock orders them.
   */
  @Override
  public void apply(CellChange change) {
    int updated = jdbc.sql("""
        UPDATE cell SET beds = ?, floor_area_m2 = ?, in_use = ?, version = version + 1
        WHERE id = ? AND version = ? AND occupied <= ? AND (? OR occupied = 0)""")
        .params(change.beds(), change.floorAreaM2(), change.inUse(), change.cellId(), change.version(), change.beds(),
            change.inUse())
        .update();
    CellOccupancy cell = occupancy.cell(change.cellId())
        .orElseThrow(() -> BagytException.conflict("unknown-cell", "estate.error.unknown-cell"));
    if (updated == 0) {
      if (cell.version() != change.version()) {
        throw BagytException.conflict("stale-edit", "error.stale-edit");
      }
      refuseIfOccupied(cell, change);
      throw new IllegalStateException("cell " + change.cellId() + " not changed for no known reason");
    }
    audit.record(AuditEvent.update("CELL", cell.id()).atFacility(cell.facilityId()).withPurpose(
        "%s: beds %d, floor area %s m², %s".formatted(KIND, change.beds(), change.floorAreaM2().toPlainString(),
            change.inUse() ? "in use" : "out of use")));
  }

  @Override
  public List<Detail> describe(CellChange change) {
    var cell = occupancy.cell(change.cellId());
    if (cell.isEmpty()) {
      return List.of(new Detail("estate.cell", change.cellId().toString(), false));
    }
    CellOccupancy c = cell.get();
    return List.of(
        new Detail("estate.cell", c.facilityCode() + " · " + c.unitCode() + " · " + c.code(), false),
        new Detail("estate.change.beds", c.beds() + " → " + change.beds(), false),
        new Detail("estate.change.area", plain(c.floorAreaM2()) + " → " + plain(change.floorAreaM2()), false),
        new Detail("estate.change.use", change.inUse() ? "estate.in-use" : "estate.out-of-use", true),
        new Detail("estate.occupied", Integer.toString(c.occupied()), false));
  }

  private static String plain(BigDecimal area) {
    return area.stripTrailingZeros().toPlainString();
  }
}
