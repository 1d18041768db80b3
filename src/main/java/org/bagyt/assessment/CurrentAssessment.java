package org.bagyt.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.assessment.internal.AssessmentStore;
import org.springframework.stereotype.Component;

/**
 * The prisoner's current countersigned assessment for a purpose, for decisions that must rest on one
 * (classification). The caller checks the reader's permission and scope and audits its own use; no item text or
 * rating leaves this module, only the judged levels.
 */
@Component
public class CurrentAssessment {

  /** The assessment in force: which one, on what, when countersigned, and the judged level of each judgement. */
  public record Current(UUID assessmentId, InstrumentPurpose purpose, String instrumentId, Instant countersignedAt,
      Map<String, Level> levels) {}

  private final AssessmentStore store;

  CurrentAssessment(AssessmentStore store) {
    this.store = store;
  }

  public Optional<Current> of(UUID prisonerId, InstrumentPurpose purpose) {
    return store.current(prisonerId, purpose)
        .map(a -> new Current(a.id(), a.purpose(), a.instrumentId(), a.countersignedAt(), a.levels()));
  }

  /** The full risk and needs assessment in force, or failing that the intake screening. */
  public Optional<Current> of(UUID prisonerId) {
    return of(prisonerId, InstrumentPurpose.EXTREMISM_RISK_NEEDS)
        .or(() -> of(prisonerId, InstrumentPurpose.INTAKE_SCREENING));
  }

  /** The judged levels of {@link #of(UUID)} for many prisoners at once; those with none are left out. */
  public Map<UUID, Map<String, Level>> levels(java.util.Collection<UUID> prisonerIds) {
    return prisonerIds.isEmpty() ? Map.of() : store.currentLevels(prisonerIds);
  }
}
