package org.bagyt.estate;

import java.util.Set;
import java.util.UUID;

/** A cell in use with its beds, and what its facility and unit are for: what placing someone needs to know. */
public record CellPlaces(UUID facilityId, UUID cellId, int beds, FacilityType type, HeldSex sex, boolean juvenile,
    Set<String> unitUsedFor) {}
