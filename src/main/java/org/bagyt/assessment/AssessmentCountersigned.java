package org.bagyt.assessment;

import java.util.Map;
import java.util.UUID;

/** An assessment became the prisoner's current one; published in the countersigning transaction (for classification). */
public record AssessmentCountersigned(UUID assessmentId, UUID prisonerId, InstrumentPurpose purpose, Map<String, Level> levels) {}
