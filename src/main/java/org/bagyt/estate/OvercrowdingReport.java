package org.bagyt.estate;

import java.util.List;
import java.util.UUID;

/**
 * Overcrowding across the service, or the region or facility chosen: totals, each facility, and the cells
 * below each standard, most crowded first. {@code totals} count every breaching cell even when a list is
 * cut at {@code limit}.
 */
public record OvercrowdingReport(
    OccupancyThresholds thresholds,
    String region,
    UUID facilityId,
    OccupancyFigures totals,
    List<FacilityRow> facilities,
    List<CellOccupancy> breachingCpt,
    List<CellOccupancy> breachingIcrc,
    int limit) {

  public record FacilityRow(FacilitySummary facility, OccupancyFigures figures) {}
}
