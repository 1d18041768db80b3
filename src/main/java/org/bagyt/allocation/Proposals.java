package org.bagyt.allocation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.internal.PlacementFactsStore;
import org.bagyt.allocation.solver.ProposalOutcomes;
import org.bagyt.allocation.solver.ProposalSolver;
import org.bagyt.allocation.solver.ProposalStore;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.Movements;
import org.bagyt.custody.NewMovement;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.PrisonerLocations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Placement proposals: a governor (or headquarters, for the whole service) asks the solver to re-balance a facility;
 * the proposal is provisional until a governor confirms it, which records every move through custody's movements in
 * one transaction, refused when anyone arrived in or left the cells involved since the proposal was made.
 */
@Service
public class Proposals {

  public static final String PROPOSE = "allocation.propose";
  public static final String CONFIRM = "allocation.confirm";
  private static final String OUTSIDE = "proposals.error.outside-scope";
  static final String PROPOSAL = "PLACEMENT_PROPOSAL";
  /** The longest a caller may give the solver. */
  static final int MAX_SECONDS = 600;

  private final ProposalStore store;
  private final ProposalSolver solver;
  private final PlacementCheck check;
  private final PlacementFactsStore facts;
  private final Estate estate;
  private final Movements movements;
  private final PrisonerLocations locations;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate transactions;

  Proposals(ProposalStore store, ProposalSolver solver, PlacementCheck check, PlacementFactsStore facts, Estate estate,
      Movements movements, PrisonerLocations locations, AuditTrail audit, MessageSource messages, Clock clock,
      TransactionTemplate transactions) {
    this.store = store;
    this.solver = solver;
    this.check = check;
    this.facts = facts;
    this.estate = estate;
    this.movements = movements;
    this.locations = locations;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.transactions = transactions;
  }

  /**
   * Starts a proposal for one facility, or for every facility when {@code facilityId} is null (service-wide users;
   * facility staff get their own facility), for {@code seconds} (1 to 600; the configured limit when left out); answers its id at once while the
   * solver works. 404 unknown-facility, 403 outside the user's facilities.
   */
  public UUID start(UUID asked, Integer seconds) {
    SignedInUser user = SignedInUser.require(PROPOSE);
    if (seconds != null && (seconds < 1 || seconds > MAX_SECONDS)) {
      InvalidFields.throwIfAny(Map.of("seconds", "proposals.error.seconds"));
    }
    int limit = seconds == null ? solver.limitSeconds() : seconds;
    List<UUID> scope;
    if (asked == null && !user.serviceWide() && user.facilityIds().size() != 1) {
      // Facility staff re-balance their own facility; with several, they must say which.
      InvalidFields.throwIfAny(Map.of("facilityId", "proposals.error.facility-required"));
    }
    UUID facilityId = asked == null && !user.serviceWide() ? user.facilityIds().get(0) : asked;
    if (facilityId == null) {
      scope = estate.facilities().stream().map(FacilitySummary::id).toList();
    } else {
      if (estate.facilities().stream().noneMatch(f -> f.id().equals(facilityId))) {
        throw new BagytException(HttpStatus.NOT_FOUND, "unknown-facility", "proposals.error.unknown-facility");
      }
      if (!user.worksIn(facilityId)) {
        transactions.executeWithoutResult(t -> audit.record(AuditEvent.create(PROPOSAL, facilityId).atFacility(facilityId).denied()));
        throw new OutsideFacility(OUTSIDE);
      }
      scope = List.of(facilityId);
    }
    var facilities = scope.stream().map(check::facility).toList();
    UUID scopeId = facilityId;
    UUID id = UUID.randomUUID();
    transactions.executeWithoutResult(t -> {
      store.insert(id, scopeId, user.username(), clock.instant(), limit);
      audit.record(AuditEvent.create(PROPOSAL, id).atFacility(scopeId));
    });
    solver.start(id, ProposalSolver.problem(facilities), limit, scopeId == null);
    return id;
  }

  /** A proposal with its progress, moves and conflicts in the reader's language. 404 unknown-proposal. */
  @Transactional(noRollbackFor = OutsideFacility.class)
  public Proposal find(UUID id) {
    SignedInUser.require(PROPOSE);
    ProposalStore.Row row = readable(id);
    audit.record(AuditEvent.read(PROPOSAL, id).atFacility(row.facilityId()));
    return view(row);
  }

  /**
   * The latest proposals the user may read, newest first: headquarters every proposal asked for (a whole service's
   * parts are on its page), facility staff their facilities' proposals and parts.
   */
  @Transactional(readOnly = true)
  public List<Proposal> latest() {
    SignedInUser user = SignedInUser.require(PROPOSE);
    return store.latest(20, user.serviceWide() ? null : user.facilityIds()).stream()
        .map(r -> view(r, List.of(), List.of(), List.of())).toList();
  }

  /**
   * Confirms a proposal: every move recorded as a cell move, all in this one transaction. 409 when it is not
   * provisional, infeasible, changed since it was read ({@code version}), or when anyone arrived in or left the cells
   * involved since it was made (stale); nothing changes then.
   */
  @Transactional(noRollbackFor = OutsideFacility.class)
  public Proposal confirm(UUID id, Integer version) {
    SignedInUser user = SignedInUser.require(CONFIRM);
    ProposalStore.Row row = decidable(id, version, user);
    if (row.status().equals(Proposal.Status.INFEASIBLE.name())) {
      throw BagytException.conflict("proposal-infeasible", "proposals.error.infeasible");
    }
    var moves = store.moves(id);
    var facility = check.facility(row.facilityId());
    var where = new HashMap<UUID, UUID>();
    facility.placed().forEach(p -> where.put(p.prisoner().id(), p.cell().id()));
    if (!ProposalOutcomes.fingerprint(where, ProposalOutcomes.cellsOf(moves)).equals(row.fingerprint())) {
      throw BagytException.conflict("proposal-stale", "proposals.error.stale");
    }
    if (!store.decide(id, row.version(), Proposal.Status.CONFIRMED.name(), user.username(), clock.instant())) {
      throw BagytException.conflict("stale", "proposals.error.changed");
    }
    String note = messages.getMessage("proposals.movement-note", new Object[] {id}, LocaleContextHolder.getLocale());
    for (MoveOrder.Step step : MoveOrder.sequence(facility, moves)) {
      var location = locations.find(step.prisonerId()).orElseThrow(BagytException::notFound);
      movements.record(step.prisonerId(), new NewMovement(MovementKind.CELL_MOVE, location.version(), step.cellId(),
          null, null, null, note));
    }
    audit.record(AuditEvent.update(PROPOSAL, id).atFacility(row.facilityId()).withPurpose("CONFIRM"));
    return view(store.find(id).orElseThrow());
  }

  /** Rejects a provisional proposal; nothing moves. */
  @Transactional(noRollbackFor = OutsideFacility.class)
  public Proposal reject(UUID id, Integer version) {
    SignedInUser user = SignedInUser.require(CONFIRM);
    ProposalStore.Row row = decidable(id, version, user);
    if (!store.decide(id, row.version(), Proposal.Status.REJECTED.name(), user.username(), clock.instant())) {
      throw BagytException.conflict("stale", "proposals.error.changed");
    }
    audit.record(AuditEvent.update(PROPOSAL, id).atFacility(row.facilityId()).withPurpose("REJECT"));
    return view(store.find(id).orElseThrow());
  }

  private ProposalStore.Row decidable(UUID id, Integer version, SignedInUser user) {
    ProposalStore.Row row = readable(id);
    if (row.facilityId() == null) {
      // Decided facility by facility, by each facility's governor, on its part.
      throw BagytException.conflict("proposal-by-facility", "proposals.error.by-facility");
    }
    if (version == null) {
      throw BagytException.invalid("version-required", "proposals.error.version-required");
    }
    if (row.status().equals(Proposal.Status.SOLVING.name())) {
      throw BagytException.conflict("proposal-solving", "proposals.error.still-solving");
    }
    if (!Proposal.Status.valueOf(row.status()).provisional()) {
      throw BagytException.conflict("proposal-decided", "proposals.error.not-provisional");
    }
    if (row.version() != version) {
      throw BagytException.conflict("stale", "proposals.error.changed");
    }
    return row;
  }

  private ProposalStore.Row readable(UUID id) {
    ProposalStore.Row row = (id == null ? null : store.find(id).orElse(null));
    if (row == null) {
      throw new BagytException(HttpStatus.NOT_FOUND, "unknown-proposal", "proposals.error.unknown-proposal");
    }
    SignedInUser user = SignedInUser.current().orElseThrow();
    if (row.facilityId() == null ? !user.serviceWide() : !user.worksIn(row.facilityId())) {
      audit.record(AuditEvent.read(PROPOSAL, id).atFacility(row.facilityId()).denied());
      throw new OutsideFacility(OUTSIDE);
    }
    return row;
  }

  private Proposal view(ProposalStore.Row r) {
    return view(r, store.moves(r.id()), store.conflicts(r.id()), r.facilityId() == null ? parts(r.id()) : List.of());
  }

  private List<Proposal.Part> parts(UUID id) {
    var rows = store.parts(id);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, Integer> moves = store.moveCounts(rows.stream().map(ProposalStore.Row::id).toList());
    Map<UUID, String> codes = new HashMap<>();
    estate.facilities().forEach(f -> codes.put(f.id(), f.code()));
    return rows.stream().map(p -> new Proposal.Part(p.id(), codes.get(p.facilityId()),
        Proposal.Status.valueOf(p.status()), moves.getOrDefault(p.id(), 0), p.crowdedBefore(), p.crowdedAfter())).toList();
  }

  private Proposal view(ProposalStore.Row r, List<ProposalStore.MoveRow> moves, List<ProposalStore.ConflictRow> conflicts,
      List<Proposal.Part> parts) {
    var people = new ArrayList<UUID>();
    moves.forEach(m -> people.add(m.prisonerId()));
    conflicts.forEach(c -> {
      people.add(c.prisonerId());
      people.addAll(c.others());
    });
    Map<UUID, String> numbers = people.isEmpty() ? Map.of() : facts.numbers(people.stream().distinct().toList());
    Map<UUID, String> cells = store.cellCodes(ProposalOutcomes.cellsOf(moves));
    var shownMoves = moves.stream().map(m -> new Proposal.Move(m.prisonerId(), numbers.get(m.prisonerId()),
        m.fromCellId(), cells.get(m.fromCellId()), m.toCellId(), cells.get(m.toCellId()), reasons(m))).toList();
    var shownConflicts = conflicts.stream().map(c -> new Proposal.Conflict(c.prisonerId(), numbers.get(c.prisonerId()),
        c.rules().stream().map(this::text).toList(), c.others().stream().map(numbers::get).toList())).toList();
    boolean solving = r.status().equals(Proposal.Status.SOLVING.name());
    long elapsed = Duration.between(r.requestedAt(), solving ? clock.instant() : r.finishedAt() == null
        ? r.requestedAt() : r.finishedAt()).toSeconds();
    String score = solving ? solver.bestSoFar(r.id()) : r.score();
    return new Proposal(r.id(), r.facilityId(), Proposal.Status.valueOf(r.status()), r.requestedBy(), r.requestedAt(),
        r.limitSeconds(), elapsed, r.scoreBefore(), score, r.people(), r.crowdedBefore(), r.crowdedAfter(),
        r.kmBefore(), r.kmAfter(), shownMoves, shownConflicts, r.decidedBy(), r.decidedAt(), r.version(), r.parentId(),
        parts);
  }

  private List<String> reasons(ProposalStore.MoveRow m) {
    var reasons = new ArrayList<String>();
    m.ends().forEach(key -> reasons.add(text("proposals.reason.ends", text(key))));
    if (m.kmBefore() != null && m.kmAfter() != null && m.kmAfter() < m.kmBefore()) {
      reasons.add(text("proposals.reason.nearer", m.kmAfter(), m.kmBefore()));
    }
    if (reasons.isEmpty()) {
      reasons.add(text("proposals.reason.makes-room"));
    }
    return reasons;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
