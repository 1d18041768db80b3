package org.bagyt.allocation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.internal.PlacementFactsStore;
import org.bagyt.assessment.CurrentAssessment;
import org.bagyt.assessment.Level;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.custody.PlacementGate;
import org.bagyt.estate.OccupancyStandard;
import org.bagyt.estate.OccupancyThresholds;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one placement check: loads the facts of a prisoner, a cell and the people held in the cell's facility, and
 * answers every rule of {@link PlacementRules} the placement would break, each with its reason in the user's
 * language and the others involved, plus the distance from the family's home and the floor area per person after
 * the placement. Admissions, cell moves and transfers reach it through custody's {@link PlacementGate}; the API and
 * pages through {@link #check}, which needs {@value #CHECK} and a prisoner or cell in the user's facilities.
 */
@Service
public class PlacementCheck {

  public static final String CHECK = "allocation.check";
  static final String PLACEMENT = "PLACEMENT_CHECK";
  /** The judgements that count, by their code in the assessment instruments. */
  static final String INFLUENCE = "influence";
  static final String VULNERABILITY = "vulnerability";

  private final PlacementFactsStore store;
  private final CurrentAssessment assessments;
  private final OccupancyThresholds thresholds;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;
  private final BagytProperties properties;

  PlacementCheck(PlacementFactsStore store, CurrentAssessment assessments, OccupancyThresholds thresholds,
      AuditTrail audit, MessageSource messages, Clock clock, BagytProperties properties) {
    this.store = store;
    this.assessments = assessments;
    this.thresholds = thresholds;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.properties = properties;
  }

  /** Another prisoner a violation involves. */
  public record Involved(UUID id, String number) {}

  /** One violation as the user reads it. */
  public record Finding(PlacementRule.Code rule, boolean hard, String reason, List<Involved> others) {}

  /** The answer: allowed when no hard rule is broken; distance null when the family's home region is unknown. */
  public record Answer(UUID prisonerId, UUID cellId, String cellCode, boolean allowed, List<Finding> violations,
      Long kilometresFromHome, BigDecimal m2PerPerson, BigDecimal minimumM2) {}

  /** The facts and what the rules found, for callers in this module (the solver starts from the same facts). */
  public record Evaluated(PrisonerFacts prisoner, UUID heldIn, CellFacts cell, List<PlacementRules.Placed> others,
      List<Violation> violations, PlacementRules rules) {

    public List<Violation> hard() {
      return violations.stream().filter(Violation::hard).toList();
    }
  }

  /** The rules in force today, with the service's CPT minimums. */
  public PlacementRules rules() {
    return new PlacementRules(LocalDate.now(clock.withZone(properties.zone())),
        thresholds.minimum(OccupancyStandard.CPT, true), thresholds.minimum(OccupancyStandard.CPT, false));
  }

  /** The API's and the pages' check: permission, facility scope, the answer translated, audited. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Answer check(UUID prisonerId, UUID cellId, PlacementGate.Kind kind) {
    SignedInUser.require(CHECK);
    var errors = new java.util.LinkedHashMap<String, String>();
    if (prisonerId == null) {
      errors.put("prisonerId", "placement.error.prisoner-required");
    }
    if (cellId == null) {
      errors.put("cellId", "placement.error.cell-required");
    }
    InvalidFields.throwIfAny(errors);
    Evaluated e = evaluate(prisonerId, cellId);
    SignedInUser user = SignedInUser.current().orElseThrow();
    if (!user.worksIn(e.cell().facilityId()) && !user.worksIn(e.heldIn())) {
      audit.record(AuditEvent.read(PLACEMENT, cellId).forPrisoner(prisonerId).atFacility(e.cell().facilityId()).denied());
      throw new OutsideScope();
    }
    audit.record(AuditEvent.read(PLACEMENT, cellId).forPrisoner(prisonerId).atFacility(e.cell().facilityId())
        .withPurpose(kind == null ? PlacementGate.Kind.MOVE.name() : kind.name()));
    return answer(e);
  }

  /**
   * Every violation of holding {@code prisonerId} in {@code cellId}, everyone else staying where they are; no
   * permission check or audit (the caller's). 404 naming which when the prisoner or the cell is unknown, 409 for a
   * released prisoner.
   */
  @Transactional(readOnly = true)
  public Evaluated evaluate(UUID prisonerId, UUID cellId) {
    UUID facilityId = store.facilityOfCell(cellId).orElseThrow(() ->
        new BagytException(HttpStatus.NOT_FOUND, "unknown-cell", "placement.error.unknown-cell"));
    var people = store.peopleIn(facilityId, prisonerId);
    var self = people.stream().filter(p -> p.facts().id().equals(prisonerId)).findFirst().orElseThrow(() ->
        new BagytException(HttpStatus.NOT_FOUND, "unknown-prisoner", "placement.error.unknown-prisoner"));
    if (self.released()) {
      throw BagytException.conflict("released", "movement.error.released");
    }
    Map<UUID, CellFacts> cells = store.cellsOf(facilityId);
    CellFacts cell = cells.get(cellId);
    var others = new ArrayList<PlacementRules.Placed>();
    for (var p : people) {
      if (!p.facts().id().equals(prisonerId) && !p.released() && cells.containsKey(p.cellId())) {
        // Judgements count only between cellmates: read them only for the people in the cell.
        PrisonerFacts facts = p.cellId().equals(cellId) ? judged(p.facts()) : p.facts();
        others.add(new PlacementRules.Placed(facts, cells.get(p.cellId())));
      }
    }
    PrisonerFacts prisoner = judged(self.facts());
    PlacementRules rules = rules();
    var found = rules.check(prisoner, cell, others).stream()
        .sorted(Comparator.comparing((Violation v) -> !v.hard())).toList();
    return new Evaluated(prisoner, self.facilityId(), cell, others, found, rules);
  }

  /** A facility as the rules see it: every cell, everyone held there (with judgements), the rules in force. */
  public record Facility(UUID facilityId, Map<UUID, CellFacts> cells, List<PlacementRules.Placed> placed,
      PlacementRules rules) {}

  /**
   * The facts of a whole facility, for the solver (the same facts {@link #evaluate} reads for one placement); no
   * permission check or audit (the caller's). Judgements are read per person: fine for a facility, not yet for the
   * whole service at once.
   */
  @Transactional(readOnly = true)
  public Facility facility(UUID facilityId) {
    Map<UUID, CellFacts> cells = store.cellsOf(facilityId);
    var held = store.peopleIn(facilityId, null).stream()
        .filter(p -> !p.released() && cells.containsKey(p.cellId())).toList();
    var levels = assessments.levels(held.stream().map(p -> p.facts().id()).toList());
    var placed = held.stream().map(p -> new PlacementRules.Placed(
        judged(p.facts(), levels.getOrDefault(p.facts().id(), Map.of())), cells.get(p.cellId()))).toList();
    return new Facility(facilityId, cells, placed, rules());
  }

  /** The facts with the judgements of the current countersigned assessment: HIGH influence, HIGH vulnerability. */
  public PrisonerFacts judged(PrisonerFacts f) {
    return judged(f, assessments.of(f.id()).map(CurrentAssessment.Current::levels).orElse(Map.of()));
  }

  private static PrisonerFacts judged(PrisonerFacts f, Map<String, Level> levels) {
    return new PrisonerFacts(f.id(), f.sex(), f.dateOfBirth(), f.legalStatus(), f.designated(),
        levels.get(INFLUENCE) == Level.HIGH, levels.get(VULNERABILITY) == Level.HIGH, f.groups(), f.keptApartFrom(),
        f.home());
  }

  /** One violation in the user's language. */
  public String reason(Violation v) {
    return messages.getMessage(v.messageKey(), v.arguments().toArray(), LocaleContextHolder.getLocale());
  }

  private Answer answer(Evaluated e) {
    var involved = store.numbers(e.violations().stream().flatMap(v -> v.others().stream()).distinct().toList());
    var findings = e.violations().stream().map(v -> new Finding(v.rule(), v.hard(), reason(v),
        v.others().stream().map(id -> new Involved(id, involved.get(id))).toList())).toList();
    int people = (int) e.others().stream().filter(o -> o.cell().id().equals(e.cell().id())).count() + 1;
    var km = e.rules().kilometresFromHome(e.prisoner(), e.cell());
    return new Answer(e.prisoner().id(), e.cell().id(), e.cell().code(), e.hard().isEmpty(), findings,
        km.isPresent() ? Math.round(km.getAsDouble()) : null, e.rules().m2PerPerson(e.cell(), people),
        e.rules().minimumM2(e.cell()));
  }
}
