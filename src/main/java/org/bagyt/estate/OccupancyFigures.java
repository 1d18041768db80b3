package org.bagyt.estate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Occupancy of a group of cells in use (a unit, a facility, the service): beds, people, floor area, and the
 * cells below each standard with the people held in them.
 *
 * @param areaPerPerson floor area of the occupied cells per person held in them (rounded down); null when empty
 * @param occupancyPercent beds in use as a share of beds, one decimal
 */
public record OccupancyFigures(
    int cells,
    int beds,
    int occupied,
    BigDecimal floorAreaM2,
    BigDecimal occupiedAreaM2,
    BigDecimal areaPerPerson,
    BigDecimal occupancyPercent,
    int cellsBreachingCpt,
    int peopleBreachingCpt,
    int cellsBreachingIcrc,
    int peopleBreachingIcrc) {

  public static final OccupancyFigures NONE = of(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0);

  static OccupancyFigures of(int cells, int beds, int occupied, BigDecimal area, BigDecimal occupiedArea,
      int cellsCpt, int peopleCpt, int cellsIcrc, int peopleIcrc) {
    BigDecimal percent = beds == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(occupied * 100L).divide(BigDecimal.valueOf(beds), 1, RoundingMode.HALF_UP);
    return new OccupancyFigures(cells, beds, occupied, area, occupiedArea,
        CellOccupancy.areaPerPerson(occupiedArea, occupied), percent, cellsCpt, peopleCpt, cellsIcrc, peopleIcrc);
  }

  /** The figures of these cells; cells out of use are left out. */
  public static OccupancyFigures ofCells(Collection<CellOccupancy> cells) {
    var inUse = cells.stream().filter(CellOccupancy::inUse).toList();
    return of(inUse.size(), inUse.stream().mapToInt(CellOccupancy::beds).sum(),
        inUse.stream().mapToInt(CellOccupancy::occupied).sum(),
        inUse.stream().map(CellOccupancy::floorAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add),
        inUse.stream().filter(c -> c.occupied() > 0).map(CellOccupancy::floorAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add),
        (int) inUse.stream().filter(CellOccupancy::breachesCpt).count(),
        inUse.stream().filter(CellOccupancy::breachesCpt).mapToInt(CellOccupancy::occupied).sum(),
        (int) inUse.stream().filter(CellOccupancy::breachesIcrc).count(),
        inUse.stream().filter(CellOccupancy::breachesIcrc).mapToInt(CellOccupancy::occupied).sum());
  }

  /** The figures of several groups together, e.g. the facilities of a region. */
  public static OccupancyFigures sum(Collection<OccupancyFigures> parts) {
    return of(parts.stream().mapToInt(OccupancyFigures::cells).sum(), parts.stream().mapToInt(OccupancyFigures::beds).sum(),
        parts.stream().mapToInt(OccupancyFigures::occupied).sum(),
        parts.stream().map(OccupancyFigures::floorAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add),
        parts.stream().map(OccupancyFigures::occupiedAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add),
        parts.stream().mapToInt(OccupancyFigures::cellsBreachingCpt).sum(),
        parts.stream().mapToInt(OccupancyFigures::peopleBreachingCpt).sum(),
        parts.stream().mapToInt(OccupancyFigures::cellsBreachingIcrc).sum(),
        parts.stream().mapToInt(OccupancyFigures::peopleBreachingIcrc).sum());
  }
}
