package org.bagyt.estate.internal;

import java.math.BigDecimal;
import java.util.List;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.estate.CellChange;
import org.bagyt.estate.CellOccupancy;
import org.bagyt.estate.Occupancy;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SensitiveChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A cell change as the approvals mechanism applies it, once a second person approves (see {@link CellChanges}). */
@Component
class CellChangeKind implements SensitiveChange<CellChange> {

  static final String KIND = "CHANGE_CELL";

  private final JdbcClient jdbc;
  private final Occupancy occupancy;
  private final AuditTrail audit;

  CellChangeKind(JdbcClient jdbc, Occupancy occupancy, AuditTrail audit) {
    this.jdbc = jdbc;
    this.occupancy = occupancy;
    this.audit = audit;
  }

  static void refuseIfOccupied(CellOccupancy cell, CellChange change) {
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
