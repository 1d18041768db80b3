package org.bagyt.estate;

import java.util.List;
import java.util.UUID;

/** A unit (wing or block) with what it is used for, its figures and its cells, including cells out of use. */
public record UnitOccupancy(UUID id, String code, String name, List<String> usedFor, OccupancyFigures figures,
    List<CellOccupancy> cells) {}
