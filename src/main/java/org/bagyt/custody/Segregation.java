package org.bagyt.custody;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.custody.internal.MovementScope;
import org.bagyt.custody.internal.SegregationStore;
import org.bagyt.custody.internal.SegregationStore.LoggedDay;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerSummary;
import org.bagyt.prisoners.Sex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segregation as governors order it, officers log it and headquarters reviews it independently; the register of
 * everyone segregated now, for their facility's staff and, across the service, for headquarters and the inspector.
 * Every read and change is audited; every refusal changes nothing.
 */
@Service
public class Segregation {

  public static final String READ = "segregation.read";
  public static final String ORDER = "segregation.order";
  public static final String LOG = "segregation.log";
  public static final String REVIEW = "segregation.review";

  static final String RESOURCE = "SEGREGATION_ORDER";
  static final String REGISTER = "SEGREGATION_REGISTER";

  /** Kinds of daily visit a segregated person must have. */
  public enum VisitKind { HEALTH, MANAGEMENT }

  /** A day on which a required visit is not logged. */
  public record MissedVisit(LocalDate day, VisitKind kind) {}

  /**
   * One line of the register: who, under what order, how far into it, and how far from each limit (negative: passed).
   * {@code daysToDisciplinaryLimit} is null for orders that are not disciplinary.
   */
  public record RegisterRow(UUID orderId, UUID prisonerId, String number, String name, String facilityCode,
      SegregationType type, SegregationStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn,
      long dayNumber, int consecutiveSolitaryDays, long daysToReview, Long daysToDisciplinaryLimit, long daysToEnd,
      long daysToLimitWithoutReview, int missedVisits) {}

  /** What the order page shows. */
  public record OrderView(SegregationOrder order, String number, String name, String facilityCode, long dayNumber,
      int consecutiveSolitaryDays, List<LoggedDay> days, List<SegregationStore.Review> reviews, List<MissedVisit> missed,
      LocalDate lastDayWithoutReview, LocalDate lastDisciplinaryDay, boolean inForce, boolean mayLog, boolean mayChange,
      boolean mayReview) {}

  /** What the ordering form needs to know of the person. */
  public record Candidate(PrisonerSummary prisoner, Sex sex, List<SegregationOrder> orders) {}

  private final SegregationStore store;
  private final MovementScope scope;
  private final PrisonerFiles files;
  private final Estate estate;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;
  private final SegregationLimits limits;

  Segregation(SegregationStore store, MovementScope scope, PrisonerFiles files, Estate estate, AuditTrail audit,
      Clock clock, BagytProperties properties, SegregationLimits limits) {
    this.store = store;
    this.scope = scope;
    this.files = files;
    this.estate = estate;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
    this.limits = limits;
  }

  public SegregationLimits limits() {
    return limits;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  /** Everyone segregated today within the reader's facilities (the whole service for service-wide roles). */
  @Transactional
  public List<RegisterRow> register() {
    SignedInUser user = scope.require(READ);
    LocalDate today = today();
    var orders = store.inForce(today, user.serviceWide() ? null : user.facilityIds());
    Map<UUID, PrisonerSummary> people = files.summaries(orders.stream().map(SegregationOrder::prisonerId).toList())
        .stream().collect(Collectors.toMap(PrisonerSummary::id, Function.identity(), (a, b) -> a));
    Map<UUID, String> facilities = estate.facilities().stream()
        .collect(Collectors.toMap(FacilitySummary::id, FacilitySummary::code));
    Map<UUID, List<LoggedDay>> days = store.days(orders.stream().map(SegregationOrder::id).toList()).stream()
        .collect(Collectors.groupingBy(LoggedDay::orderId));
    var rows = new ArrayList<RegisterRow>();
    for (SegregationOrder o : orders) {
      PrisonerSummary p = people.get(o.prisonerId());
      var log = days.getOrDefault(o.id(), List.of());
      rows.add(new RegisterRow(o.id(), o.prisonerId(), p == null ? "" : p.number(), p == null ? "" : p.name(),
          facilities.getOrDefault(o.facilityId(), ""), o.type(), o.status(), o.startsOn(), o.endsOn(), o.reviewOn(),
          o.dayNumber(today), consecutiveSolitaryDays(o, log, today, limits), ChronoUnit.DAYS.between(today, o.reviewOn()),
          o.type() == SegregationType.DISCIPLINARY
              ? ChronoUnit.DAYS.between(today, limits.lastDisciplinaryDay(o.startsOn())) : null,
          ChronoUnit.DAYS.between(today, o.lastDay()),
          ChronoUnit.DAYS.between(today, limits.lastDayWithoutReview(o.startsOn())),
          missedVisits(o, log, today).size()));
    }
    rows.sort(Comparator.comparing(RegisterRow::facilityCode).thenComparing(RegisterRow::startsOn)
        .thenComparing(RegisterRow::number));
    audit.record(AuditEvent.read(REGISTER, null).atFacility(user.serviceWide() || user.facilityIds().size() != 1
        ? null : user.facilityIds().get(0)));
    return rows;
  }

  /** One order with its log and reviews; facility staff see only their facilities' orders. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public OrderView order(UUID id) {
    scope.require(READ);
    SegregationOrder o = inScope(id, AuditActions.READ);
    LocalDate today = today();
    var log = store.days(List.of(id));
    PrisonerSummary p = files.summaries(List.of(o.prisonerId())).stream().findFirst().orElse(null);
    audit.record(AuditEvent.read(RESOURCE, id).forPrisoner(o.prisonerId()).atFacility(o.facilityId()));
    boolean inForce = o.inForceOn(today);
    return new OrderView(o, p == null ? "" : p.number(), p == null ? "" : p.name(),
        estate.facility(o.facilityId()).map(FacilitySummary::code).orElse(""), o.dayNumber(today),
        consecutiveSolitaryDays(o, log, today, limits), log, store.reviews(id), missedVisits(o, log, today),
        limits.lastDayWithoutReview(o.startsOn()), limits.lastDisciplinaryDay(o.startsOn()), inForce,
        SignedInUser.holds(LOG) && !today.isBefore(o.startsOn()),
        SignedInUser.holds(ORDER) && o.status() != SegregationStatus.ENDED,
        SignedInUser.holds(REVIEW) && o.status() != SegregationStatus.ENDED);
  }

  /** The person's file as the ordering form shows it, with their orders so far. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Candidate candidate(UUID prisonerId) {
    scope.require(ORDER);
    scope.requireInScope(prisonerId);
    PrisonerFile file = files.open(prisonerId);
    return new Candidate(file.prisoner(), file.sex(), store.ofPrisoner(prisonerId));
  }

  /** A governor orders segregation of a prisoner held in their facility; refused with the reason when unlawful. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public SegregationOrder orderSegregation(UUID prisonerId, NewSegregationOrder request) {
    SignedInUser user = scope.require(ORDER);
    if (request == null) {
      throw new InvalidFields(Map.of("type", "segregation.error.type-required"));
    }
    var location = scope.requireInScope(prisonerId);
    if (location.released()) {
      throw BagytException.conflict("released", "movement.error.released");
    }
    PrisonerFile file = files.open(prisonerId);
    var person = new SegregationOrder.Person(prisonerId, location.facilityId(), file.prisoner().dateOfBirth(), file.sex());
    SegregationOrder order = SegregationOrder.order(person, request, store.ofPrisoner(prisonerId), user.username(),
        clock.instant(), today(), limits);
    store.insert(order, new SegregationStore.Declaration(false, false, false, false));
    audit.record(AuditEvent.of(AuditActions.SEGREGATION_ORDERED, RESOURCE, order.id()).forPrisoner(prisonerId)
        .atFacility(location.facilityId()));
    return order;
  }

  /** An officer logs a day: contact, time out of cell, and the visits made. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public void logDay(UUID orderId, SegregationDay entry) {
    SignedInUser user = scope.require(LOG);
    SegregationOrder o = inScope(orderId, AuditActions.SEGREGATION_DAY_LOGGED);
    LocalDate today = today();
    SegregationDay day = validated(entry, today);
    o.requireLoggable(day.day(), today);
    store.addDay(orderId, day, user.username(), clock.instant());
    audit.record(AuditEvent.of(AuditActions.SEGREGATION_DAY_LOGGED, RESOURCE, orderId).forPrisoner(o.prisonerId())
        .atFacility(o.facilityId()));
  }

  /** The governor moves the planned end later, within what needs no independent decision. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public SegregationOrder extend(UUID orderId, int version, LocalDate endsOn) {
    scope.require(ORDER);
    SegregationOrder o = inScope(orderId, AuditActions.SEGREGATION_EXTENDED);
    current(o, version);
    o.extendTo(endsOn, today(), limits);
    store.update(o, version);
    audit.record(AuditEvent.of(AuditActions.SEGREGATION_EXTENDED, RESOURCE, orderId).forPrisoner(o.prisonerId())
        .atFacility(o.facilityId()));
    return o;
  }

  /** The governor ends an order, with a reason. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public SegregationOrder end(UUID orderId, int version, String reason) {
    SignedInUser user = scope.require(ORDER);
    SegregationOrder o = inScope(orderId, AuditActions.SEGREGATION_ENDED);
    current(o, version);
    o.end(user.username(), reason, today());
    store.update(o, version);
    audit.record(AuditEvent.of(AuditActions.SEGREGATION_ENDED, RESOURCE, orderId).forPrisoner(o.prisonerId())
        .atFacility(o.facilityId()));
    return o;
  }

  /** Records an independent reviewer's decision: continue (past day 15 only this way) or end. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public SegregationOrder recordReview(UUID orderId, int version, ReviewDecision decision) {
    SignedInUser user = scope.require(REVIEW);
    SegregationOrder o = inScope(orderId, AuditActions.SEGREGATION_REVIEWED);
    current(o, version);
    if (decision == null) {
      throw new InvalidFields(Map.of("decision", "segregation.error.decision-required"));
    }
    o.recordReview(decision, user.username(), today(), limits);
    store.update(o, version);
    store.addReview(orderId, decision, user.username(), clock.instant());
    audit.record(AuditEvent.of(AuditActions.SEGREGATION_REVIEWED, RESOURCE, orderId).forPrisoner(o.prisonerId())
        .atFacility(o.facilityId()));
    return o;
  }

  /** Records earlier orders and their logs without the rules for new ones (demo, import of paper registers). */
  @Transactional
  public void recordPast(List<PastSegregation> past) {
    for (PastSegregation p : past) {
      store.insert(p.order(), new SegregationStore.Declaration(false, false, false, false));
      for (SegregationDay d : p.days()) {
        store.addDay(p.order().id(), d, p.loggedBy(), p.order().authorisedAt());
      }
      if (p.review() != null) {
        store.addReview(p.order().id(), p.review(), p.reviewedBy(), p.order().authorisedAt());
      }
    }
  }

  /**
   * Consecutive days of solitary confinement up to today (or the order's last day): a day counts when its logged
   * meaningful contact is under 24 minus the solitary hours (2 h by default), or when nothing is logged for it (no
   * record of contact is no contact). A day with enough contact ends the run.
   */
  public static int consecutiveSolitaryDays(SegregationOrder o, List<LoggedDay> log, LocalDate today,
      SegregationLimits limits) {
    Map<LocalDate, BigDecimal> contact = new HashMap<>();
    log.forEach(d -> contact.put(d.day().day(), d.day().contactHours()));
    LocalDate last = o.lastDay().isBefore(today) ? o.lastDay() : today;
    int run = 0;
    for (LocalDate d = o.startsOn(); !d.isAfter(last); d = d.plusDays(1)) {
      BigDecimal hours = contact.get(d);
      run = hours != null && hours.compareTo(limits.meaningfulContactHours()) >= 0 ? 0 : run + 1;
    }
    return run;
  }

  /**
   * Days before today (within the order) on which a required visit is not logged: health staff every day, and
   * management every day of a disciplinary order.
   */
  public static List<MissedVisit> missedVisits(SegregationOrder o, List<LoggedDay> log, LocalDate today) {
    Map<LocalDate, SegregationDay> byDay = new LinkedHashMap<>();
    log.forEach(d -> byDay.put(d.day().day(), d.day()));
    var missed = new ArrayList<MissedVisit>();
    LocalDate yesterday = today.minusDays(1);
    LocalDate last = o.lastDay().isBefore(yesterday) ? o.lastDay() : yesterday;
    for (LocalDate d = o.startsOn(); !d.isAfter(last); d = d.plusDays(1)) {
      SegregationDay day = byDay.get(d);
      if (day == null || day.healthVisitBy() == null) {
        missed.add(new MissedVisit(d, VisitKind.HEALTH));
      }
      if (o.type() == SegregationType.DISCIPLINARY && (day == null || day.managementVisitBy() == null)) {
        missed.add(new MissedVisit(d, VisitKind.MANAGEMENT));
      }
    }
    return missed;
  }

  private SegregationOrder inScope(UUID orderId, String action) {
    SegregationOrder o = store.find(orderId).orElseThrow(BagytException::notFound);
    SignedInUser user = SignedInUser.current().orElseThrow();
    if (!user.worksIn(o.facilityId())) {
      audit.record(AuditEvent.of(action, RESOURCE, orderId).forPrisoner(o.prisonerId()).atFacility(o.facilityId()).denied());
      throw new OutsideScope();
    }
    return o;
  }

  private static void current(SegregationOrder o, int version) {
    if (o.version() != version) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  private static final BigDecimal DAY = BigDecimal.valueOf(24);

  private static SegregationDay validated(SegregationDay d, LocalDate today) {
    var errors = new LinkedHashMap<String, String>();
    if (d == null) {
      throw new InvalidFields(Map.of("contactHours", "segregation.error.hours-required"));
    }
    hours(errors, "contactHours", d.contactHours());
    hours(errors, "outOfCellHours", d.outOfCellHours());
    name(errors, "healthVisitBy", d.healthVisitBy());
    name(errors, "managementVisitBy", d.managementVisitBy());
    if (d.note() != null && d.note().length() > SegregationOrder.MAX_NOTE) {
      errors.put("note", "segregation.error.too-long");
    }
    InvalidFields.throwIfAny(errors);
    return new SegregationDay(d.day() == null ? today : d.day(), d.contactHours().setScale(1, java.math.RoundingMode.HALF_UP),
        d.outOfCellHours().setScale(1, java.math.RoundingMode.HALF_UP), blankToNull(d.healthVisitBy()),
        blankToNull(d.managementVisitBy()), blankToNull(d.note()));
  }

  private static void hours(Map<String, String> errors, String field, BigDecimal value) {
    if (value == null) {
      errors.put(field, "segregation.error.hours-required");
    } else if (value.signum() < 0 || value.compareTo(DAY) > 0) {
      errors.put(field, "segregation.error.hours-range");
    }
  }

  private static void name(Map<String, String> errors, String field, String value) {
    if (value != null && value.strip().length() > SegregationOrder.MAX_NAME) {
      errors.put(field, "segregation.error.too-long");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
