package org.bagyt.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bagyt.accounts.ApprovalRequest;
import org.bagyt.accounts.Approvals;
import org.bagyt.allocation.ClassificationDecision.Direction;
import org.bagyt.allocation.ClassificationDecision.Kind;
import org.bagyt.allocation.internal.ClassificationStore;
import org.bagyt.allocation.internal.ClassificationStore.Review;
import org.bagyt.assessment.AssessmentCountersigned;
import org.bagyt.assessment.CurrentAssessment;
import org.bagyt.assessment.Level;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.platform.TwoPersonApproval;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifying prisoners, as governors say it: decide the security category, the regime or the violent-extremist-
 * prisoner designation, each with a rationale and on the current countersigned assessment; raising applies at once,
 * lowering waits for a second person's approval; record the prisoner's appeal and decide it. Nothing here sets a level
 * by itself: a new assessment only flags the classification for review, and the offence never enters a decision.
 * Reading needs {@code classification.read} and the file in the reader's scope; deciding needs
 * {@code classification.decide} and the prisoner in one's own facilities. Every read and change is audited.
 */
@Service
public class Classifications {

  public static final String READ = "classification.read";
  public static final String DECIDE = "classification.decide";
  public static final String APPROVE = "classification.approve";
  public static final String APPEAL = "classification.appeal";
  static final String CLASSIFICATION = "CLASSIFICATION";
  static final String APPEAL_RESOURCE = "CLASSIFICATION_APPEAL";
  /** Judgements that call for support and protection, never for more restriction: they do not raise the default. */
  static final Set<String> PROTECTIVE_JUDGEMENTS = Set.of("vulnerability");

  private final ClassificationStore store;
  private final CurrentAssessment assessments;
  private final PrisonerFiles files;
  private final PrisonerLocations locations;
  private final TwoPersonApproval twoPersons;
  private final Approvals approvals;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  Classifications(ClassificationStore store, CurrentAssessment assessments, PrisonerFiles files,
      PrisonerLocations locations, TwoPersonApproval twoPersons, Approvals approvals, AuditTrail audit, Clock clock,
      BagytProperties properties) {
    this.store = store;
    this.assessments = assessments;
    this.files = files;
    this.locations = locations;
    this.twoPersons = twoPersons;
    this.approvals = approvals;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /** What the reader may do here, so pages offer only what the server would accept. */
  public record Allowed(boolean decide, boolean lodgeAppeal, boolean decideAppeal) {}

  /** One scale as it stands: the level and decision in force (null when undecided), the default, any review flag. */
  public record Standing(Dimension dimension, ClassificationLevel level, ClassificationDecision decision, int version,
      ClassificationLevel defaultLevel, Review review, List<ClassificationLevel> scale) {}

  /** A decision of the history, with the state of its approval when it was a lowering. */
  public record HistoryEntry(ClassificationDecision decision, ApprovalRequest.Status approval) {}

  /** The classification page: the file, the assessment it rests on, each scale, history and appeals. */
  public record Overview(PrisonerFile file, CurrentAssessment.Current assessment, Level judged,
      Map<Dimension, Standing> standings, List<HistoryEntry> history, List<ClassificationAppeal> appeals,
      Allowed allowed) {

    /** A level's name in the reader's language, as the history shows it; the code for a level no longer in use. */
    public String label(Dimension dimension, String code, String language) {
      Standing s = standings.get(dimension);
      return s == null ? code : s.scale().stream().filter(l -> l.code().equals(code)).findFirst()
          .map(l -> l.label(language)).orElse(code);
    }
  }

  /** What a decision led to: in force at once, or waiting for approval (the request's id). */
  public record Decided(Status status, UUID id, int version) {
    public enum Status { APPLIED, AWAITING_APPROVAL }
  }

  @Transactional(noRollbackFor = OutsideScope.class)
  public Overview overview(UUID prisonerId) {
    requireHolding(READ);
    PrisonerFile file = files.open(prisonerId);
    audit.record(AuditEvent.read(CLASSIFICATION, prisonerId).forPrisoner(prisonerId)
        .atFacility(file.prisoner().facilityId()));
    var assessment = assessments.of(prisonerId).orElse(null);
    var history = store.history(prisonerId).stream()
        .map(d -> new HistoryEntry(d, d.approvalRequestId() == null || d.kind() != Kind.REQUESTED ? null
            : approvals.find(d.approvalRequestId()).map(ApprovalRequest::status).orElse(null))).toList();
    boolean own = inOwnFacilities(file);
    var appeals = store.appeals(prisonerId);
    return new Overview(file, assessment, judged(assessment), standings(prisonerId, assessment), history, appeals,
        new Allowed(own && SignedInUser.holds(DECIDE), own && SignedInUser.holds(APPEAL),
            own && SignedInUser.holds(APPROVE) && appeals.stream().anyMatch(ClassificationAppeal::open)));
  }

  /** Each scale as it stands, for the prisoner's file (read through the file, which is audited there). */
  public Map<Dimension, Standing> standings(UUID prisonerId) {
    requireHolding(READ);
    return standings(prisonerId, assessments.of(prisonerId).orElse(null));
  }

  private Map<Dimension, Standing> standings(UUID prisonerId, CurrentAssessment.Current assessment) {
    var inForce = new EnumMap<Dimension, ClassificationDecision>(Dimension.class);
    store.inForce(prisonerId).forEach(d -> inForce.put(d.dimension(), d));
    var reviews = new EnumMap<Dimension, Review>(Dimension.class);
    store.reviews(prisonerId).forEach(r -> reviews.put(r.dimension(), r));
    var standings = new LinkedHashMap<Dimension, Standing>();
    for (Dimension dimension : Dimension.values()) {
      var scale = store.scale(dimension);
      Classification c = store.standing(prisonerId, dimension);
      var level = scale.stream().filter(l -> l.code().equals(c.level())).findFirst().orElse(null);
      standings.put(dimension, new Standing(dimension, level, inForce.get(dimension), c.version(),
          defaultLevel(scale, judged(assessment)), reviews.get(dimension), scale.stream().filter(ClassificationLevel::inUse).toList()));
    }
    return standings;
  }

  /**
   * The least restrictive level consistent with the judged level: the lowest level the scale marks as the default for
   * it, and the lowest level when there is no assessment. Never from the offence, never from a designation.
   */
  static ClassificationLevel defaultLevel(List<ClassificationLevel> scale, Level judged) {
    var inUse = scale.stream().filter(ClassificationLevel::inUse).toList();
    return inUse.stream().filter(l -> judged != null && l.defaultFor().contains(judged.name())).findFirst()
        .orElse(inUse.isEmpty() ? null : inUse.get(0));
  }

  /** The highest judged level of the assessment's judgements of risk (protective judgements left out). */
  static Level judged(CurrentAssessment.Current assessment) {
    if (assessment == null) {
      return null;
    }
    return assessment.levels().entrySet().stream().filter(e -> !PROTECTIVE_JUDGEMENTS.contains(e.getKey()))
        .map(Map.Entry::getValue).max(Enum::compareTo).orElse(null);
  }

  /**
   * Decides one scale. Refuses, changing nothing, a missing rationale or level, a designation without basis or review
   * date, a stale version (409) and a prisoner without a countersigned assessment (409). Lowering is stored as a
   * request for a second person; anything else is in force at once.
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Decided decide(UUID prisonerId, NewDecision d) {
    String me = requireHolding(DECIDE);
    Location location = inOwnFacilities(prisonerId);
    if (d == null || d.dimension() == null) {
      throw new InvalidFields(Map.of("dimension", "classification.error.dimension-required"));
    }
    Classification current = store.standing(prisonerId, d.dimension());
    Direction direction = current.decide(d, store.scale(d.dimension()), today());
    var assessment = assessments.of(prisonerId)
        .orElseThrow(() -> BagytException.conflict("no-assessment", "classification.error.no-assessment"));
    Instant now = clock.instant();
    boolean designating = d.dimension() == Dimension.DESIGNATION && ClassificationLevel.DESIGNATED.equals(d.level());
    var decision = new ClassificationDecision(null, prisonerId, location.facilityId(), d.dimension(), current.level(),
        d.level(), direction, direction == Direction.LOWER ? Kind.REQUESTED : Kind.APPLIED, d.rationale().strip(),
        assessment.assessmentId(), designating ? d.basis().strip() : null, designating ? d.startsOn() : null,
        designating ? d.reviewOn() : null, me, now, null, null);
    if (direction == Direction.LOWER) {
      UUID request = twoPersons.request(LoweringApproval.KIND, new LoweringApproval.Lowering(prisonerId, d.dimension(),
          current.level(), d.level(), current.version(), d.rationale().strip(), assessment.assessmentId(), me),
          d.rationale());
      store.insertDecision(withRequest(decision, request));
      audit.record(AuditEvent.of(AuditActions.CLASSIFICATION_LOWERING_REQUESTED, CLASSIFICATION, prisonerId)
          .forPrisoner(prisonerId).atFacility(location.facilityId()).withPurpose(d.dimension() + ": " + d.level()));
      return new Decided(Decided.Status.AWAITING_APPROVAL, request, current.version());
    }
    UUID id = store.insertDecision(decision);
    int version = store.putInForce(prisonerId, d.dimension(), d.level(), id, current.version());
    audit.record(AuditEvent.of(AuditActions.CLASSIFICATION_DECIDED, CLASSIFICATION, prisonerId).forPrisoner(prisonerId)
        .atFacility(location.facilityId()).withPurpose(d.dimension() + ": " + d.level()));
    return new Decided(Decided.Status.APPLIED, id, version);
  }

  /** A second person approved a lowering: it is applied now, if nothing was decided on the scale since it was asked. */
  void applyApproved(LoweringApproval.Lowering l, String approver) {
    Location location = inOwnFacilities(l.prisonerId());
    Classification current = store.standing(l.prisonerId(), l.dimension());
    if (current.version() != l.version()) {
      throw BagytException.conflict("stale-edit", "classification.error.stale");
    }
    var decision = new ClassificationDecision(null, l.prisonerId(), location.facilityId(), l.dimension(), l.fromLevel(),
        l.toLevel(), Direction.LOWER, Kind.APPROVED, l.rationale(), l.assessmentId(), null, null, null, l.requestedBy(),
        clock.instant(), null, approver);
    UUID id = store.insertDecision(decision);
    store.putInForce(l.prisonerId(), l.dimension(), l.toLevel(), id, l.version());
    audit.record(AuditEvent.of(AuditActions.CLASSIFICATION_DECIDED, CLASSIFICATION, l.prisonerId())
        .forPrisoner(l.prisonerId()).atFacility(location.facilityId()).withPurpose(l.dimension() + ": " + l.toLevel()));
  }

  /** The prisoner appeals a decision in force; one open appeal per decision. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public UUID lodgeAppeal(UUID prisonerId, UUID decisionId, LocalDate lodgedOn, String grounds) {
    String me = requireHolding(APPEAL);
    Location location = inOwnFacilities(prisonerId);
    var errors = new LinkedHashMap<String, String>();
    Optional<ClassificationDecision> decision = decisionId == null ? Optional.empty() : store.decision(decisionId)
        .filter(d -> d.prisonerId().equals(prisonerId) && d.inForce());
    if (decision.isEmpty()) {
      errors.put("appeal-decision", "classification.error.decision-required");
    }
    if (lodgedOn == null) {
      errors.put("lodged-on", "classification.error.date-required");
    } else if (lodgedOn.isAfter(today())) {
      errors.put("lodged-on", "classification.error.date-future");
    }
    if (grounds == null || grounds.isBlank()) {
      errors.put("grounds", "classification.error.grounds-required");
    } else if (grounds.length() > Classification.MAX_TEXT) {
      errors.put("grounds", "classification.error.too-long");
    }
    InvalidFields.throwIfAny(errors);
    if (store.openAppeal(decisionId)) {
      throw BagytException.conflict("appeal-open", "classification.error.appeal-open");
    }
    UUID id = store.lodge(decisionId, prisonerId, lodgedOn, grounds.strip(), me, clock.instant());
    audit.record(AuditEvent.of(AuditActions.CLASSIFICATION_APPEAL_LODGED, APPEAL_RESOURCE, id).forPrisoner(prisonerId)
        .atFacility(location.facilityId()));
    return id;
  }

  /**
   * A governor or headquarters decides an appeal with reasons; never the person who made or approved the decision.
   * Reconsider flags the scale for a new decision; it does not change the level.
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public void decideAppeal(UUID prisonerId, UUID appealId, Integer version, ClassificationAppeal.Outcome outcome,
      String reason) {
    String me = requireHolding(APPROVE);
    Location location = inOwnFacilities(prisonerId);
    ClassificationAppeal appeal = store.appeal(appealId).filter(a -> a.prisonerId().equals(prisonerId))
        .orElseThrow(BagytException::notFound);
    ClassificationDecision decision = store.decision(appeal.decisionId()).orElseThrow();
    if (me.equals(decision.decidedBy()) || me.equals(decision.approvedBy())) {
      throw new BagytException(HttpStatus.FORBIDDEN, "decide-own", "classification.error.decide-own");
    }
    var errors = new LinkedHashMap<String, String>();
    if (outcome == null) {
      errors.put("outcome", "classification.error.outcome-required");
    }
    if (reason == null || reason.isBlank()) {
      errors.put("outcome-reason", "classification.error.rationale-required");
    } else if (reason.length() > Classification.MAX_TEXT) {
      errors.put("outcome-reason", "classification.error.too-long");
    }
    if (version == null) {
      errors.put("outcome", "classification.error.version-required");
    }
    InvalidFields.throwIfAny(errors);
    if (!appeal.open()) {
      throw BagytException.conflict("appeal-decided", "classification.error.appeal-decided");
    }
    store.decideAppeal(appealId, version, outcome, reason.strip(), today(), me);
    if (outcome == ClassificationAppeal.Outcome.RECONSIDER) {
      store.flag(prisonerId, decision.dimension(), "APPEAL", decision.assessmentId(), clock.instant());
    }
    audit.record(AuditEvent.of(AuditActions.CLASSIFICATION_APPEAL_DECIDED, APPEAL_RESOURCE, appealId)
        .forPrisoner(prisonerId).atFacility(location.facilityId()).withPurpose(outcome.name()));
  }

  /** A new countersigned assessment: every scale of the prisoner is flagged for review; no level changes. */
  @EventListener
  void on(AssessmentCountersigned countersigned) {
    for (Dimension dimension : Dimension.values()) {
      store.flag(countersigned.prisonerId(), dimension, "NEW_ASSESSMENT", countersigned.assessmentId(), clock.instant());
    }
  }

  /** Decisions made before (the demo now; a paper register later), in force at once; the caller audits its import. */
  @Transactional
  public void registerPast(List<ClassificationDecision> past) {
    var sorted = new ArrayList<>(past);
    sorted.sort(java.util.Comparator.comparing(ClassificationDecision::decidedAt));
    for (ClassificationDecision d : sorted) {
      Classification current = store.standing(d.prisonerId(), d.dimension());
      UUID id = store.insertDecision(d);
      if (d.inForce()) {
        store.putInForce(d.prisonerId(), d.dimension(), d.toLevel(), id, current.version());
      }
    }
  }

  /** Appeals lodged before, with their outcome where decided (the demo). */
  @Transactional
  public void registerPastAppeal(ClassificationAppeal a) {
    UUID id = store.lodge(a.decisionId(), a.prisonerId(), a.lodgedOn(), a.grounds(), a.recordedBy(), a.recordedAt());
    if (a.outcome() != null) {
      store.decideAppeal(id, 0, a.outcome(), a.outcomeReason(), a.decidedOn(), a.decidedBy());
    }
  }

  private static ClassificationDecision withRequest(ClassificationDecision d, UUID request) {
    return new ClassificationDecision(d.id(), d.prisonerId(), d.facilityId(), d.dimension(), d.fromLevel(), d.toLevel(),
        d.direction(), d.kind(), d.rationale(), d.assessmentId(), d.basis(), d.startsOn(), d.reviewOn(), d.decidedBy(),
        d.decidedAt(), request, d.approvedBy());
  }

  /** Deciding is for the prisoner's own facilities; break-glass opens a file for reading only. */
  Location inOwnFacilities(UUID prisonerId) {
    SignedInUser user = SignedInUser.current().orElseThrow(Classifications::forbidden);
    Location location = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    if (!user.worksIn(location.facilityId())) {
      audit.record(AuditEvent.update(CLASSIFICATION, prisonerId).forPrisoner(prisonerId)
          .atFacility(location.facilityId()).denied());
      throw new OutsideScope();
    }
    if (location.released()) {
      throw BagytException.conflict("released", "classification.error.released");
    }
    return location;
  }

  private static boolean inOwnFacilities(PrisonerFile file) {
    SignedInUser user = SignedInUser.current().orElseThrow();
    return file.releasedAt() == null && user.worksIn(file.prisoner().facilityId());
  }

  static String requireHolding(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw forbidden();
    }
    return SignedInUser.current().orElseThrow(Classifications::forbidden).username();
  }

  private static BagytException forbidden() {
    return new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }
}
