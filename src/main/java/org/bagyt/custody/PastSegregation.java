package org.bagyt.custody;

import java.util.List;

/** An order made before Bagyt recorded it (demo, paper registers), with its daily log and any review. */
public record PastSegregation(SegregationOrder order, List<SegregationDay> days, String loggedBy, ReviewDecision review,
    String reviewedBy) {}
