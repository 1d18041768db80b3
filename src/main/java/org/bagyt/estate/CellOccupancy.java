package org.bagyt.estate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One cell now: its beds and floor area, how many beds are in use, the space each person has, and whether
 * that space is below each standard's minimum. An empty cell breaches nothing; a cell out of use counts nowhere.
 *
 * @param areaPerPerson m² per person, rounded down so that a shown figure never looks better than it is;
 *     null when nobody is in the cell
 */
public record CellOccupancy(
    UUID id,
    UUID facilityId,
    String facilityCode,
    UUID unitId,
    String unitCode,
    String code,
    int beds,
    int occupied,
    BigDecimal floorAreaM2,
    boolean single,
    boolean sanitaryAnnex,
    boolean accessible,
    boolean inUse,
    int version,
    BigDecimal areaPerPerson,
    boolean breachesCpt,
    boolean breachesIcrc) {

  static BigDecimal areaPerPerson(BigDecimal area, int people) {
    return people == 0 ? null : area.divide(BigDecimal.valueOf(people), 2, RoundingMode.FLOOR);
  }

  public boolean breaches(OccupancyStandard standard) {
    return standard == OccupancyStandard.CPT ? breachesCpt : breachesIcrc;
  }
}
