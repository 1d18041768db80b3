package org.bagyt.estate;

/** The living-space standards occupancy is measured against: the CPT's minimum, and the ICRC's shown alongside. */
public enum OccupancyStandard { CPT, ICRC }
