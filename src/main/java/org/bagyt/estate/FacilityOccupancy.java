package org.bagyt.estate;

import java.util.List;

/** A facility's occupancy now, unit by unit and cell by cell, measured against {@code thresholds}. */
public record FacilityOccupancy(FacilitySummary facility, String address, OccupancyFigures figures,
    List<UnitOccupancy> units, OccupancyThresholds thresholds) {}
