package org.bagyt.conduct;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.assessment.ReviewReason;
import org.bagyt.assessment.ReviewSchedule;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.conduct.internal.ConductRecordScope;
import org.bagyt.conduct.internal.IncidentStore;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reports as officers and governors write them in their facility, governors analyse and close them, and
 * headquarters and the inspector read them across the service. A report is corrected only while a draft; after that
 * what is learnt is appended. A serious incident brings forward the review of each involved prisoner's assessment, in
 * the same transaction as the report. Every read and change is audited; a refusal writes nothing.
 */
@Service
public class Incidents {

  public static final String READ = "incident.read";
  public static final String REPORT = "incident.report";
  public static final String CLOSE = "incident.close";

  static final String RESOURCE = "INCIDENT";
  static final String REGISTER = "INCIDENT_REGISTER";
  public static final String REPORTED = "INCIDENT_REPORTED";
  public static final String CORRECTED = "INCIDENT_CORRECTED";
  public static final String MOVED = "INCIDENT_STATUS_CHANGED";
  public static final String ADDED = "INCIDENT_ADDITION";

  static final int MAX_TEXT = 8000;
  static final int MAX_NOTE = 4000;
  static final int MAX_PLACE = 200;
  static final int MAX_PEOPLE = 50;
  static final int REGISTER_LIMIT = 500;

  private final IncidentStore store;
  private final ConductRecordScope scope;
  private final ReviewSchedule reviews;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  Incidents(IncidentStore store, ConductRecordScope scope, ReviewSchedule reviews, AuditTrail audit, Clock clock,
      BagytProperties properties) {
    this.store = store;
    this.scope = scope;
    this.reviews = reviews;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /** The reports in the reader's facilities (the whole service for headquarters and the inspector), latest first. */
  @Transactional
  public List<Incident> register(IncidentStatus status, boolean seriousOnly) {
    SignedInUser user = SignedInUser.require(READ);
    var list = store.list(scope.readableFacilities(user), status, seriousOnly, REGISTER_LIMIT);
    audit.record(AuditEvent.read(REGISTER, null)
        .atFacility(user.serviceWide() || user.facilityIds().size() != 1 ? null : user.facilityIds().get(0)));
    return list;
  }

  /** One report, in full; each involved prisoner's file is marked as read. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Incident incident(UUID id) {
    SignedInUser user = SignedInUser.require(READ);
    Incident i = inScope(user, id, "READ");
    auditFor(i, "READ");
    return i;
  }

  /** Reports involving the prisoner (the caller has opened the file), latest first. */
  public List<Incident> ofPrisoner(UUID prisonerId) {
    return SignedInUser.holds(READ) ? store.ofPrisoner(prisonerId) : List.of();
  }

  /** Records a report: as a draft, or straight for analysis when {@code submit}. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Incident report(NewIncident request, boolean submit) {
    SignedInUser user = SignedInUser.require(REPORT);
    var report = validated(user, request);
    scope.requireFacility(user, report.facilityId(), REPORTED, RESOURCE, null, null);
    Instant now = clock.instant();
    UUID id = store.insert(store.nextCaseNumber(year(now)), report,
        submit ? IncidentStatus.AWAITING_ANALYSIS : IncidentStatus.DRAFT, user.username(), now);
    Incident i = store.find(id).orElseThrow();
    auditFor(i, REPORTED);
    reviewIfSerious(i);
    return i;
  }

  /** Corrects a draft; anything else is refused: after submission, only additions. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Incident correct(UUID id, int version, NewIncident request) {
    SignedInUser user = SignedInUser.require(REPORT);
    Incident before = inScope(user, id, CORRECTED);
    if (!before.editable()) {
      throw BagytException.conflict("incident-not-editable", "incident.error.not-editable");
    }
    current(before, version);
    var report = validated(user, request);
    scope.requireFacility(user, report.facilityId(), CORRECTED, RESOURCE, id, null);
    if (!store.updateDraft(id, version, report)) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    Incident i = store.find(id).orElseThrow();
    auditFor(i, CORRECTED);
    reviewIfSerious(i);
    return i;
  }

  /**
   * Moves a report to another state: to analysis (its reporters), closed with an outcome or back to draft (a
   * governor). A step the current state does not declare is refused.
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Incident move(UUID id, int version, IncidentStatus target, String outcome) {
    SignedInUser user = SignedInUser.require(target == IncidentStatus.AWAITING_ANALYSIS ? REPORT : CLOSE);
    if (target == null) {
      throw new InvalidFields(Map.of("status", "incident.error.status-required"));
    }
    Incident before = inScope(user, id, MOVED);
    if (!before.status().mayGoTo(target)) {
      throw BagytException.conflict("illegal-transition", "incident.error.illegal-transition");
    }
    current(before, version);
    String note = blankToNull(outcome);
    if (target == IncidentStatus.CLOSED && note == null && blankToNull(before.outcome()) == null) {
      throw new InvalidFields(Map.of("outcome", "incident.error.outcome-required"));
    }
    if (note != null && note.length() > MAX_NOTE) {
      throw new InvalidFields(Map.of("outcome", "incident.error.too-long"));
    }
    if (!store.move(id, version, before.status(), target, note, user.username(), clock.instant())) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    Incident i = store.find(id).orElseThrow();
    auditFor(i, MOVED);
    return i;
  }

  /** Appends what was learnt later, in any state: the report itself is never written over. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Incident add(UUID id, String text) {
    SignedInUser user = SignedInUser.require(REPORT);
    Incident before = inScope(user, id, ADDED);
    String t = blankToNull(text);
    if (t == null) {
      throw new InvalidFields(Map.of("text", "incident.error.addition-required"));
    }
    if (t.length() > MAX_TEXT) {
      throw new InvalidFields(Map.of("text", "incident.error.too-long"));
    }
    store.addAddition(id, t, user.username(), clock.instant());
    auditFor(before, ADDED);
    return store.find(id).orElseThrow();
  }

  /**
   * Records reports without the rules for new ones (demo data, import of paper registers): the prisoners are named by
   * id, and a serious report still brings their reviews forward.
   */
  @Transactional
  public UUID recordPast(NewIncident incident, IncidentStatus status, String by, Instant at) {
    var prisoners = incident.prisoners().stream()
        .map(p -> new IncidentStore.Involvement(p.prisonerId(), p.role())).toList();
    UUID id = store.insert(store.nextCaseNumber(year(at)), new IncidentStore.Report(incident, incident.facilityId(),
        prisoners), IncidentStatus.DRAFT, by, at);
    if (status != IncidentStatus.DRAFT) {
      store.move(id, 0, IncidentStatus.DRAFT, IncidentStatus.AWAITING_ANALYSIS, null, by, at);
      if (status == IncidentStatus.CLOSED) {
        store.move(id, 1, IncidentStatus.AWAITING_ANALYSIS, IncidentStatus.CLOSED, null, by, at);
      }
    }
    if (Boolean.TRUE.equals(incident.serious())) {
      prisoners.forEach(p -> reviews.requestReview(p.prisonerId(), ReviewReason.SERIOUS_INCIDENT));
    }
    return id;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  private void reviewIfSerious(Incident i) {
    if (i.serious()) {
      i.prisoners().forEach(p -> reviews.requestReview(p.prisonerId(), ReviewReason.SERIOUS_INCIDENT));
    }
  }

  private int year(Instant at) {
    return at.atZone(properties.zone()).getYear();
  }

  private Incident inScope(SignedInUser user, UUID id, String action) {
    Incident i = store.find(id).orElseThrow(BagytException::notFound);
    scope.requireFacility(user, i.facilityId(), action, RESOURCE, id,
        i.prisoners().isEmpty() ? null : i.prisoners().get(0).prisonerId());
    return i;
  }

  /** One event per prisoner involved (each file is touched), or one for the report when it names no one. */
  private void auditFor(Incident i, String action) {
    if (i.prisoners().isEmpty()) {
      audit.record(AuditEvent.of(action, RESOURCE, i.id()).atFacility(i.facilityId()));
    }
    i.prisoners().forEach(p -> audit.record(AuditEvent.of(action, RESOURCE, i.id()).forPrisoner(p.prisonerId())
        .atFacility(i.facilityId())));
  }

  private static void current(Incident i, int version) {
    if (i.version() != version) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  private IncidentStore.Report validated(SignedInUser user, NewIncident r) {
    if (r == null) {
      throw new InvalidFields(Map.of("type", "incident.error.type-required"));
    }
    var errors = new LinkedHashMap<String, String>();
    UUID facility = r.facilityId();
    if (facility == null && !user.serviceWide() && user.facilityIds().size() == 1) {
      facility = user.facilityIds().get(0);
    }
    if (facility == null) {
      errors.put("facilityId", "incident.error.facility-required");
    }
    if (r.type() == null) {
      errors.put("type", "incident.error.type-required");
    }
    if (r.occurredAt() == null) {
      errors.put("occurredAt", "incident.error.time-required");
    } else if (r.occurredAt().isAfter(clock.instant())) {
      errors.put("occurredAt", "incident.error.time-future");
    }
    if (r.serious() == null) {
      errors.put("serious", "incident.error.serious-required");
    }
    if (blankToNull(r.description()) == null) {
      errors.put("description", "incident.error.description-required");
    } else if (r.description().length() > MAX_TEXT) {
      errors.put("description", "incident.error.too-long");
    }
    tooLong(errors, "place", r.place(), MAX_PLACE);
    tooLong(errors, "injuries", r.injuries(), MAX_NOTE);
    tooLong(errors, "outcome", r.outcome(), MAX_NOTE);
    var prisoners = new ArrayList<IncidentStore.Involvement>();
    var seen = new HashSet<UUID>();
    var named = r.prisoners() == null ? List.<NewIncident.Prisoner>of() : r.prisoners();
    if (named.size() > MAX_PEOPLE) {
      errors.put("prisoners", "incident.error.too-many");
    }
    for (NewIncident.Prisoner p : named) {
      if (p == null || p.prisonerId() == null && blankToNull(p.number()) == null) {
        continue;
      }
      try {
        var location = scope.namedPrisoner(p.prisonerId(), p.number(), "prisoners");
        if (p.role() == null) {
          errors.putIfAbsent("prisoners", "incident.error.role-required");
        } else if (location.released() || facility != null && !facility.equals(location.facilityId())) {
          errors.putIfAbsent("prisoners", "incident.error.prisoner-elsewhere");
        } else if (!seen.add(location.prisonerId())) {
          errors.putIfAbsent("prisoners", "incident.error.prisoner-twice");
        } else {
          prisoners.add(new IncidentStore.Involvement(location.prisonerId(), p.role()));
        }
      } catch (InvalidFields unknown) {
        errors.putIfAbsent("prisoners", "conduct-records.error.unknown-prisoner");
      }
    }
    var staff = new ArrayList<NewIncident.Staff>();
    for (NewIncident.Staff s : r.staff() == null ? List.<NewIncident.Staff>of() : r.staff()) {
      if (s == null || blankToNull(s.name()) == null) {
        continue;
      }
      if (s.role() == null) {
        errors.putIfAbsent("staff", "incident.error.role-required");
      } else if (s.name().strip().length() > MAX_PLACE) {
        errors.putIfAbsent("staff", "incident.error.too-long");
      } else {
        staff.add(new NewIncident.Staff(s.name().strip(), s.role()));
      }
    }
    if (staff.size() > MAX_PEOPLE) {
      errors.put("staff", "incident.error.too-many");
    }
    InvalidFields.throwIfAny(errors);
    var clean = new NewIncident(r.type(), r.occurredAt(), facility, blankToNull(r.place()), r.serious(),
        r.description().strip(), blankToNull(r.injuries()), blankToNull(r.outcome()), named, staff);
    return new IncidentStore.Report(clean, facility, prisoners);
  }

  private static void tooLong(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.put(field, "incident.error.too-long");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
