package org.bagyt.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.solver.Recommender;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerLocations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The best three cells for one prisoner in their facility, from the solver, each with its reasons: the rules it would
 * break in the check's own words, then free beds, floor area per person and distance from the family's home. Needs
 * {@value PlacementCheck#CHECK} and the prisoner in the user's facilities; audited as a read of the prisoner.
 */
@Service
public class Recommendations {

  static final int HOW_MANY = 3;
  static final String RECOMMENDATION = "PLACEMENT_RECOMMENDATION";

  private final PlacementCheck check;
  private final Recommender recommender;
  private final PrisonerLocations locations;
  private final AuditTrail audit;
  private final MessageSource messages;

  Recommendations(PlacementCheck check, Recommender recommender, PrisonerLocations locations, AuditTrail audit,
      MessageSource messages) {
    this.check = check;
    this.recommender = recommender;
    this.locations = locations;
    this.audit = audit;
    this.messages = messages;
  }

  /** The best three cells, best first; 404 unknown-prisoner, 409 released, 403 outside the user's facilities. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public List<Recommendation> recommend(UUID prisonerId) {
    SignedInUser.require(PlacementCheck.CHECK);
    var location = prisonerId == null ? null : locations.find(prisonerId).orElse(null);
    if (location == null) {
      throw new BagytException(HttpStatus.NOT_FOUND, "unknown-prisoner", "placement.error.unknown-prisoner");
    }
    if (location.released()) {
      throw BagytException.conflict("released", "movement.error.released");
    }
    if (!SignedInUser.current().orElseThrow().worksIn(location.facilityId())) {
      audit.record(AuditEvent.read(RECOMMENDATION, prisonerId).forPrisoner(prisonerId)
          .atFacility(location.facilityId()).denied());
      throw new OutsideScope();
    }
    PlacementCheck.Facility facility = check.facility(location.facilityId());
    PrisonerFacts prisoner = facility.placed().stream().map(PlacementRules.Placed::prisoner)
        .filter(p -> p.id().equals(prisonerId)).findFirst()
        .orElseGet(() -> check.evaluate(prisonerId, location.cellId()).prisoner());
    var others = facility.placed().stream().filter(p -> !p.prisoner().id().equals(prisonerId)).toList();
    var result = new ArrayList<Recommendation>();
    for (var ranked : recommender.best(facility, prisoner, HOW_MANY)) {
      CellFacts cell = ranked.cell().facts();
      var rules = facility.rules();
      var violations = rules.check(prisoner, cell, others);
      int people = (int) others.stream().filter(o -> o.cell().id().equals(cell.id())).count() + 1;
      var reasons = new ArrayList<String>();
      violations.forEach(v -> reasons.add(check.reason(v)));
      var km = rules.kilometresFromHome(prisoner, cell);
      var m2 = rules.m2PerPerson(cell, people);
      reasons.add(text("proposals.reason.beds", Math.max(0, cell.beds() - people + 1), cell.beds()));
      reasons.add(text("proposals.reason.space", m2, rules.minimumM2(cell)));
      reasons.add(km.isPresent() ? text("proposals.reason.distance", Math.round(km.getAsDouble()))
          : text("proposals.reason.distance-unknown"));
      boolean allowed = violations.stream().noneMatch(Violation::hard);
      result.add(new Recommendation(result.size() + 1, cell.id(), cell.code(), allowed, ranked.score().toString(),
          reasons, Math.max(0, cell.beds() - people + 1), m2, km.isPresent() ? Math.round(km.getAsDouble()) : null));
    }
    audit.record(AuditEvent.read(RECOMMENDATION, prisonerId).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return result;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
