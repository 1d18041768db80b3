package org.bagyt.allocation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bagyt.custody.Movements;
import org.bagyt.custody.PlacementGate;
import org.bagyt.estate.CellOccupancy;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.estate.Occupancy;
import org.bagyt.estate.UnitOccupancy;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement page of one prisoner: where they are and what the one placement check says about it, the cell the
 * officer picks (facility, then unit, then cell, among the facilities the officer works in) and the check for it.
 * Placing goes through custody's {@link Movements}, which runs the same check again in its own transaction.
 */
@Service
public class PlacementPage {

  /** The facility, unit and cell chosen so far, and what may be chosen at each step. */
  public record Choice(List<FacilitySummary> facilities, UUID facilityId, List<UnitOccupancy> units, UUID unitId,
      List<CellOccupancy> cells, UUID cellId) {}

  /**
   * What the page shows: the prisoner's movements overview (file, location, version, whether the reader may move
   * them), the check of the current cell, the choice and the check of the chosen cell (null until one is chosen).
   */
  public record View(Movements.Overview overview, PlacementCheck.Answer here, Choice choice,
      PlacementCheck.Answer checked, boolean sameFacility) {

    public boolean mayPlace() {
      return overview.mayRecord() && checked != null && !Objects.equals(checked.cellId(), overview.location().cellId());
    }
  }

  private final Movements movements;
  private final PlacementCheck placementCheck;
  private final Estate estate;
  private final Occupancy occupancy;

  PlacementPage(Movements movements, PlacementCheck placementCheck, Estate estate, Occupancy occupancy) {
    this.movements = movements;
    this.placementCheck = placementCheck;
    this.estate = estate;
    this.occupancy = occupancy;
  }

  /** The page; the file's own scope check and audited opening come first (break-glass included). */
  @Transactional(noRollbackFor = OutsideScope.class)
  public View view(UUID prisonerId, UUID facilityId, UUID unitId, UUID cellId) {
    SignedInUser.require(PlacementCheck.CHECK);
    Movements.Overview overview = movements.overview(prisonerId);
    var location = overview.location();
    PlacementCheck.Answer here = location.released() || location.cellId() == null ? null
        : placementCheck.check(prisonerId, location.cellId(), PlacementGate.Kind.MOVE);
    Choice choice = choice(facilityId == null && cellId == null ? location.facilityId() : facilityId, unitId, cellId);
    PlacementCheck.Answer checked = null;
    boolean sameFacility = Objects.equals(choice.facilityId(), location.facilityId());
    if (choice.cellId() != null && !location.released()) {
      checked = placementCheck.check(prisonerId, choice.cellId(),
          sameFacility ? PlacementGate.Kind.MOVE : PlacementGate.Kind.TRANSFER);
    }
    return new View(overview, here, choice, checked, sameFacility);
  }

  /**
   * The choice: facilities the reader works in; the units of the chosen one; the cells of the chosen unit. A chosen
   * cell decides its unit and facility; a unit of another facility is forgotten. No prisoner is read.
   */
  @Transactional(readOnly = true)
  public Choice choice(UUID facilityId, UUID unitId, UUID cellId) {
    SignedInUser.require(PlacementCheck.CHECK);
    SignedInUser user = SignedInUser.current().orElseThrow();
    var facilities = estate.facilities().stream().filter(f -> user.worksIn(f.id())).toList();
    if (cellId != null) {
      CellOccupancy cell = occupancy.cell(cellId).orElseThrow(() ->
          new BagytException(HttpStatus.NOT_FOUND, "unknown-cell", "placement.error.unknown-cell"));
      // A form sent without htmx may carry a cell of the facility or unit chosen before: the newer choice wins.
      if ((facilityId != null && !facilityId.equals(cell.facilityId())) || (unitId != null && !unitId.equals(cell.unitId()))) {
        cellId = null;
      } else {
        facilityId = cell.facilityId();
        unitId = cell.unitId();
      }
    }
    UUID chosenFacility = facilityId;
    if (chosenFacility == null || facilities.stream().noneMatch(f -> f.id().equals(chosenFacility))) {
      return new Choice(facilities, null, List.of(), null, List.of(), null);
    }
    var units = occupancy.facility(chosenFacility).map(f -> f.units()).orElse(List.of());
    UUID chosenUnit = unitId;
    var unit = units.stream().filter(u -> u.id().equals(chosenUnit)).findFirst();
    if (unit.isEmpty()) {
      return new Choice(facilities, chosenFacility, units, null, List.of(), null);
    }
    return new Choice(facilities, chosenFacility, units, chosenUnit, unit.get().cells(), cellId);
  }
}
