package org.bagyt.assessment;

import java.util.Comparator;
import java.util.List;
import org.bagyt.assessment.internal.AssessmentStore;
import org.bagyt.platform.BagytProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in assessments made before (the demo now; a register import later) through the same aggregate rules as
 * new ones: each is edited, submitted and countersigned in turn, a newer countersigned one supersedes the older,
 * and the latest sets the prisoner's next review. No signed-in person is needed; the caller audits its import.
 */
@Service
public class PastAssessments {

  private final AssessmentStore store;
  private final Instruments instruments;
  private final ReviewSchedule schedule;
  private final BagytProperties properties;

  PastAssessments(AssessmentStore store, Instruments instruments, ReviewSchedule schedule, BagytProperties properties) {
    this.store = store;
    this.instruments = instruments;
    this.schedule = schedule;
    this.properties = properties;
  }

  @Transactional
  public void register(List<PastAssessment> past) {
    // The assessment in force per prisoner and purpose, read once and then kept as the import goes on.
    var inForce = new java.util.HashMap<String, java.util.Optional<Assessment>>();
    for (PastAssessment p : past.stream().sorted(Comparator.comparing(PastAssessment::startedAt)).toList()) {
      Instrument instrument = instruments.newest(p.instrumentId()).orElseThrow();
      Assessment a = Assessment.start(p.prisonerId(), p.facilityId(), instrument, p.author(), p.startedAt());
      store.insert(a);
      store.transition(a.id(), null, AssessmentStatus.DRAFT, p.author(), p.startedAt(), null);
      a.edit(p.content(), p.author(), instrument);
      if (p.status() != AssessmentStatus.DRAFT) {
        a.submit(p.author(), instrument, p.submittedAt());
        store.transition(a.id(), AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, p.author(), p.submittedAt(), null);
      }
      if (p.status().countersigned()) {
        String key = p.prisonerId() + "/" + instrument.purpose();
        var previous = inForce.computeIfAbsent(key, k -> store.current(p.prisonerId(), instrument.purpose()));
        a.countersign(p.countersigner(), instrument, p.countersignedAt(),
            p.countersignedAt().atZone(properties.zone()).toLocalDate(), schedule.intervals());
        previous.ifPresent(older -> {
          older.supersede();
          store.updateState(older);
          store.transition(older.id(), AssessmentStatus.COUNTERSIGNED, AssessmentStatus.SUPERSEDED, p.countersigner(),
              p.countersignedAt(), null);
        });
        store.transition(a.id(), AssessmentStatus.SUBMITTED, AssessmentStatus.COUNTERSIGNED, p.countersigner(),
            p.countersignedAt(), null);
      }
      int version = store.update(a);
      if (p.status().countersigned()) {
        schedule.countersigned(a, instrument);
        inForce.put(p.prisonerId() + "/" + instrument.purpose(), java.util.Optional.of(a.atVersion(version)));
      }
    }
  }

  /** What was due and is not yet done, as the register holds it (an intake screening not yet made, say). */
  @Transactional
  public void registerDue(java.util.UUID prisonerId, InstrumentPurpose purpose, ReviewReason reason,
      java.time.LocalDate dueOn) {
    schedule.makeDue(prisonerId, purpose, reason, dueOn);
  }
}
