package org.bagyt.allocation;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.SeparationRules;

/**
 * What the placement rules look at in a cell: where it is (unit, facility and the facility's region), its beds and
 * floor area, whether it is in use, its unit's tags and the allocation policy in force there.
 */
public record CellFacts(UUID id, String code, UUID unitId, Set<String> unitTags, UUID facilityId, HeldSex facilitySex,
    boolean juvenileFacility, PrisonerFacts.Place facilityPlace, int beds, BigDecimal floorAreaM2, boolean inUse,
    AllocationPolicy policy) {

  /** The unit tag that marks a unit for designated violent extremist prisoners. */
  public static final String EXTREMIST_UNIT = "VIOLENT_EXTREMIST";

  public CellFacts {
    unitTags = Set.copyOf(unitTags);
  }

  public boolean extremistUnit() {
    return unitTags.contains(EXTREMIST_UNIT);
  }

  public SeparationRules.Facility facility() {
    return new SeparationRules.Facility(facilitySex, juvenileFacility);
  }

  /** The closest level two cells share: CELL, UNIT or FACILITY; null when in different facilities. */
  public KeepApart.Scope shared(CellFacts other) {
    if (id.equals(other.id)) {
      return KeepApart.Scope.CELL;
    }
    if (unitId.equals(other.unitId)) {
      return KeepApart.Scope.UNIT;
    }
    return facilityId.equals(other.facilityId) ? KeepApart.Scope.FACILITY : null;
  }
}
