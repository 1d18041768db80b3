package org.bagyt.estate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A requested change to a cell: its beds, its floor area and whether it is in use, as they should be
 * after approval. {@code version} is the cell's version the requester saw; a cell changed since is refused.
 * Boxed fields, because a request from a form or the API may leave any of them out.
 */
public record CellChange(UUID cellId, Integer version, Integer beds, BigDecimal floorAreaM2, Boolean inUse) {

  public static final int MAX_BEDS = 500;
  /** The largest area {@code cell.floor_area_m2 numeric(6, 2)} holds. */
  static final BigDecimal MAX_AREA = new BigDecimal("9999.99");

  /** What is wrong with the request on its own, by field: message keys, in form order; empty when fine. */
  public Map<String, String> problems() {
    var problems = new LinkedHashMap<String, String>();
    if (beds == null || beds < 1 || beds > MAX_BEDS) {
      problems.put("beds", "estate.error.beds");
    }
    if (floorAreaM2 == null || floorAreaM2.signum() <= 0 || floorAreaM2.compareTo(MAX_AREA) > 0
        || floorAreaM2.stripTrailingZeros().scale() > 2) {
      problems.put("floorAreaM2", "estate.error.area");
    }
    if (inUse == null) {
      problems.put("inUse", "estate.error.in-use");
    }
    if (version == null) {
      problems.put("version", "error.stale-edit");
    }
    return problems;
  }
}
