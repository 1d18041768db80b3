package org.bagyt.prisoners.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.EarlyReleaseRule;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.Sentence;
import org.bagyt.prisoners.SentenceCalculator;
import org.springframework.stereotype.Component;

/**
 * Recalculates sentences whose inputs changed outside the sentence itself (a new conviction, a changed
 * article or early-release rule). Only sentences whose figures change get a new calculation, each kept
 * in the history with the reason and audited against the prisoner. Runs inside the caller's transaction.
 */
@Component
class SentenceRecalculation {

  static final String SENTENCE = "SENTENCE";

  private final SentenceRecords records;
  private final AuditTrail audit;
  private final Clock clock;

  SentenceRecalculation(SentenceRecords records, AuditTrail audit, Clock clock) {
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every sentence being served, under the rules as they now are; returns how many changed. */
  int everySentenceServed(String actor, SentenceRecords.Why why) {
    var rules = records.rules();
    int changed = 0;
    for (var served : records.served()) {
      if (apply(served.prisonerId(), served.facilityId(), served.sentence(), served.convicted(), rules, actor, why)) {
        changed++;
      }
    }
    return changed;
  }

  /** One prisoner's sentence, if recorded, after a change to their convictions. */
  void one(UUID prisonerId, UUID facilityId, String actor, SentenceRecords.Why why) {
    records.sentence(prisonerId).ifPresent(current -> apply(prisonerId, facilityId, current,
        records.convictedCategories(prisonerId), records.rules(), actor, why));
  }

  private boolean apply(UUID prisonerId, UUID facilityId, Sentence current, Set<OffenceCategory> convicted,
      Map<OffenceCategory, EarlyReleaseRule> rules, String actor, SentenceRecords.Why why) {
    if (convicted.isEmpty()) {
      return false; // a sentence always rests on a conviction; nothing to decide the rule by
    }
    var term = new SentenceCalculator.Term(current.years(), current.months(), current.days());
    Sentence next = GoverningRule.calculate(current.startsOn(), term, current.remandDays(),
        GoverningRule.of(convicted, rules), current.version());
    if (next.equals(current)) {
      return false;
    }
    if (!records.save(prisonerId, next, current.version(), actor, clock.instant(), why)) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.of(AuditActions.SENTENCE_RECALCULATED, SENTENCE, prisonerId).forPrisoner(prisonerId)
        .atFacility(facilityId));
    return true;
  }
}
