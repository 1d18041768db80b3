package org.bagyt.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.assessment.internal.AssessmentRecords;
import org.bagyt.assessment.internal.AssessmentStore;
import org.bagyt.assessment.internal.AssessmentStore.Step;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.staff.Accreditations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessing prisoners, as assessors and governors say it: start an assessment, save the draft, submit it,
 * countersign it or return it, tell the prisoner, record an appeal and decide it; read one, compare it with the
 * one before, print it. Reading needs {@code assessment.read} and the prisoner's file in the reader's scope;
 * writing needs {@code assessment.write}, the prisoner in one's own facilities and, for authoring and countersigning,
 * an accreditation for the instrument in force today. Every read and change is audited.
 */
@Service
public class Assessments {

  public static final String READ = "assessment.read";
  public static final String WRITE = "assessment.write";
  public static final String APPEAL = "assessment.appeal";
  static final String ASSESSMENT = "ASSESSMENT";

  private final AssessmentStore store;
  private final AssessmentRecords records;
  private final Instruments instruments;
  private final Accreditations accreditations;
  private final PrisonerFiles files;
  private final PrisonerLocations locations;
  private final ReviewSchedule schedule;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final BagytProperties properties;

  Assessments(AssessmentStore store, AssessmentRecords records, Instruments instruments, Accreditations accreditations,
      PrisonerFiles files, PrisonerLocations locations, ReviewSchedule schedule, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock, BagytProperties properties) {
    this.store = store;
    this.records = records;
    this.instruments = instruments;
    this.accreditations = accreditations;
    this.files = files;
    this.locations = locations;
    this.schedule = schedule;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * What the reader may do with an assessment, so pages offer only what the server would accept; {@code
   * notAccredited}: the reader would write or countersign it but holds no accreditation for it in force today.
   */
  public record Allowed(boolean edit, boolean countersign, boolean returnToAuthor, boolean recordNotice,
      boolean lodgeAppeal, boolean decideAppeal, boolean print, boolean notAccredited) {}

  /** One assessment as its reader sees it. */
  public record View(Assessment assessment, Instrument instrument, PrisonerFile file, List<Step> steps,
      Optional<OutcomeNotice> notice, List<Appeal> appeals, Allowed allowed, List<String> needs, UUID previousId) {}

  /**
   * A prisoner's assessments, newest first, what is due, and the judged levels over time; for an assessor, the
   * instruments they may start and those they may not for want of an accreditation in force.
   */
  public record Overview(PrisonerFile file, List<Assessment> assessments, List<DueItem> due, List<Instrument> startable,
      List<Instrument> notAccredited, List<TimelinePoint> timeline) {}

  /** The judged levels of one countersigned assessment, for the timeline chart. */
  public record TimelinePoint(UUID assessmentId, LocalDate on, String instrumentId, Map<String, Level> levels) {}

  public Overview overview(UUID prisonerId) {
    requireReader();
    PrisonerFile file = files.open(prisonerId);
    var all = store.ofPrisoner(prisonerId);
    var timeline = all.stream().filter(a -> a.status().countersigned())
        .sorted(Comparator.comparing(Assessment::countersignedAt))
        .map(a -> new TimelinePoint(a.id(), day(a.countersignedAt()), a.instrumentId(), a.levels())).toList();
    List<Instrument> writable = mayWrite(file) ? instruments.current() : List.of();
    List<Instrument> startable = writable.stream()
        .filter(i -> accredited(i.id())).filter(i -> store.openOn(prisonerId, i.purpose()).isEmpty()).toList();
    List<Instrument> notAccredited = writable.stream().filter(i -> !accredited(i.id())).toList();
    var newestFirst = new java.util.ArrayList<>(all);
    java.util.Collections.reverse(newestFirst);
    return new Overview(file, newestFirst, schedule.of(file.prisoner()), startable, notAccredited, timeline);
  }

  /** What a prisoner's file shows of assessments: the one in force for each purpose, and what is due, soonest first. */
  public record Standing(List<Assessment> current, List<Due> due) {

    /** An assessment or review due, as the file shows it. */
    public record Due(InstrumentPurpose purpose, LocalDate dueOn, List<ReviewReason> reasons, long daysLeft) {
      public boolean overdue() {
        return daysLeft < 0;
      }
    }
  }

  /**
   * For the section of the prisoner's file: call only once {@code PrisonerFiles.open} has checked the reader's scope
   * and audited the read (it is not audited again here).
   */
  public Standing standing(UUID prisonerId) {
    requireReader();
    var current = java.util.Arrays.stream(InstrumentPurpose.values())
        .flatMap(p -> store.current(prisonerId, p).stream()).toList();
    return new Standing(current, schedule.openFor(prisonerId));
  }

  @Transactional(noRollbackFor = OutsideScope.class)
  public View read(UUID id) {
    return view(id, false);
  }

  /** For the printed copy: only a countersigned assessment prints, and printing is audited as an export. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public View export(UUID id) {
    return view(id, true);
  }

  private View view(UUID id, boolean export) {
    requireReader();
    Assessment a = store.find(id).orElseThrow(BagytException::notFound);
    PrisonerFile file = export ? files.export(a.prisonerId()) : files.open(a.prisonerId());
    if (export && !a.status().countersigned()) {
      throw BagytException.conflict("not-countersigned", "assessment.error.print-draft");
    }
    var event = export ? AuditEvent.export(ASSESSMENT, id) : AuditEvent.read(ASSESSMENT, id);
    audit.record(event.forPrisoner(a.prisonerId()).atFacility(file.prisoner().facilityId()));
    Instrument instrument = instruments.get(a.instrumentId(), a.instrumentVersion());
    var notice = records.notice(id);
    var appeals = records.appeals(id);
    String me = me();
    boolean writer = mayWrite(file);
    boolean accredited = writer && accredited(a.instrumentId());
    boolean wouldWrite = writer && (a.status().editable() && me.equals(a.author())
        || a.status() == AssessmentStatus.SUBMITTED && !me.equals(a.author()));
    boolean decider = SignedInUser.holds(APPEAL) && inOwnFacilities(file) && !me.equals(a.author())
        && !me.equals(a.countersignedBy());
    boolean openAppeal = appeals.stream().anyMatch(Appeal::open);
    var allowed = new Allowed(
        a.status().editable() && accredited && me.equals(a.author()),
        a.status() == AssessmentStatus.SUBMITTED && accredited && !me.equals(a.author()),
        a.status() == AssessmentStatus.SUBMITTED && accredited && !me.equals(a.author()),
        a.status().countersigned() && notice.isEmpty() && (writer || decider),
        a.status().countersigned() && !openAppeal && (writer || SignedInUser.holds(APPEAL) && inOwnFacilities(file)),
        openAppeal && decider,
        a.status().countersigned(),
        wouldWrite && !accredited);
    return new View(a, instrument, file, store.steps(id), notice, appeals, allowed, a.needs(instrument),
        previous(a).orElse(null));
  }

  /** Starts a draft on the newest version of the instrument; one open assessment per prisoner and purpose. */
  @Transactional
  public UUID start(UUID prisonerId, String instrumentId) {
    String me = requireWriter();
    var location = inOwnFacilities(prisonerId);
    Instrument instrument = instruments.newest(instrumentId == null ? "" : instrumentId)
        .orElseThrow(() -> new InvalidFields(Map.of("instrument", "assessment.error.unknown-instrument")));
    requireAccredited(instrument.id());
    if (store.openOn(prisonerId, instrument.purpose()).isPresent()) {
      throw BagytException.conflict("assessment-open", "assessment.error.already-open");
    }
    Instant now = clock.instant();
    Assessment a = Assessment.start(prisonerId, location.facilityId(), instrument, me, now);
    store.insert(a);
    store.transition(a.id(), null, AssessmentStatus.DRAFT, me, now, null);
    audit.record(AuditEvent.create(ASSESSMENT, a.id()).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return a.id();
  }

  /** Saves the draft as written; returns the new version to send with the next save. */
  @Transactional
  public int save(UUID id, int version, AssessmentEntry entry) {
    var a = forAccreditedWriter(id, version);
    a.edit(entry, me(), instrument(a));
    int next = store.update(a);
    audit.record(AuditEvent.update(ASSESSMENT, id).forPrisoner(a.prisonerId()).atFacility(a.facilityId()));
    return next;
  }

  /** Saves what is written (when given) and submits it for countersigning, or refuses naming every gap. */
  @Transactional
  public int submit(UUID id, int version, AssessmentEntry entry) {
    var a = forAccreditedWriter(id, version);
    Instrument instrument = instrument(a);
    if (entry != null) {
      a.edit(entry, me(), instrument);
    }
    var from = a.status();
    a.submit(me(), instrument, clock.instant());
    int next = store.update(a);
    store.transition(id, from, a.status(), me(), clock.instant(), null);
    audit.record(AuditEvent.update(ASSESSMENT, id).forPrisoner(a.prisonerId()).atFacility(a.facilityId())
        .withPurpose("submit"));
    return next;
  }

  /** A second accredited assessor countersigns: it becomes current, supersedes the last one and sets the next review. */
  @Transactional
  public int countersign(UUID id, int version) {
    var a = forAccreditedWriter(id, version);
    Instrument instrument = instrument(a);
    var previous = store.current(a.prisonerId(), a.purpose());
    Instant now = clock.instant();
    a.countersign(me(), instrument, now, schedule.today(), schedule.intervals());
    previous.ifPresent(p -> {
      p.supersede();
      store.updateState(p);
      store.transition(p.id(), AssessmentStatus.COUNTERSIGNED, AssessmentStatus.SUPERSEDED, me(), now, null);
    });
    int next = store.updateState(a);
    store.transition(id, AssessmentStatus.SUBMITTED, AssessmentStatus.COUNTERSIGNED, me(), now, null);
    schedule.countersigned(a, instrument);
    audit.record(AuditEvent.update(ASSESSMENT, id).forPrisoner(a.prisonerId()).atFacility(a.facilityId())
        .withPurpose("countersign"));
    events.publishEvent(new AssessmentCountersigned(id, a.prisonerId(), a.purpose(), a.levels()));
    return next;
  }

  /** The countersigner sends it back with comments; nothing the author wrote is lost. */
  @Transactional
  public int returnToAuthor(UUID id, int version, String comment) {
    var a = forAccreditedWriter(id, version);
    a.returnToAuthor(me(), comment);
    int next = store.updateState(a);
    store.transition(id, AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED, me(), clock.instant(), comment.strip());
    audit.record(AuditEvent.update(ASSESSMENT, id).forPrisoner(a.prisonerId()).atFacility(a.facilityId())
        .withPurpose("return"));
    return next;
  }

  /** What the prisoner was told, when and how; once per assessment. */
  @Transactional
  public void recordNotice(UUID id, LocalDate toldOn, OutcomeNotice.Method method, String language, boolean interpreter,
      String note) {
    var a = countersignedForRecording(id);
    var errors = new LinkedHashMap<String, String>();
    if (toldOn == null) {
      errors.put("told-on", "assessment.error.date-required");
    } else if (toldOn.isAfter(schedule.today())) {
      errors.put("told-on", "assessment.error.date-future");
    } else if (toldOn.isBefore(day(a.countersignedAt()))) {
      errors.put("told-on", "assessment.error.told-before-countersigned");
    }
    if (method == null) {
      errors.put("method", "assessment.error.method-required");
    }
    if (language == null || language.isBlank()) {
      errors.put("notice-language", "assessment.error.language-required");
    } else if (language.length() > 50) {
      errors.put("notice-language", "assessment.error.too-long");
    }
    if (note != null && note.length() > Assessment.MAX_TEXT) {
      errors.put("notice-note", "assessment.error.too-long");
    }
    InvalidFields.throwIfAny(errors);
    records.addNotice(id, new OutcomeNotice(toldOn, method, language.strip(), interpreter, blankToNull(note), me(),
        clock.instant()));
    audit.record(AuditEvent.update(ASSESSMENT, id).forPrisoner(a.prisonerId()).atFacility(a.facilityId())
        .withPurpose("notice"));
  }

  /** The prisoner appeals; one open appeal at a time. */
  @Transactional
  public UUID lodgeAppeal(UUID id, LocalDate lodgedOn, String grounds) {
    var a = countersignedForRecording(id);
    var errors = new LinkedHashMap<String, String>();
    if (lodgedOn == null) {
      errors.put("lodged-on", "assessment.error.date-required");
    } else if (lodgedOn.isAfter(schedule.today())) {
      errors.put("lodged-on", "assessment.error.date-future");
    }
    if (grounds == null || grounds.isBlank()) {
      errors.put("grounds", "assessment.error.grounds-required");
    } else if (grounds.length() > Assessment.MAX_RATIONALE) {
      errors.put("grounds", "assessment.error.too-long");
    }
    InvalidFields.throwIfAny(errors);
    UUID appeal = records.lodge(id, lodgedOn, grounds.strip(), me(), clock.instant());
    audit.record(AuditEvent.create("ASSESSMENT_APPEAL", appeal).forPrisoner(a.prisonerId()).atFacility(a.facilityId()));
    return appeal;
  }

  /**
   * A governor or headquarters decides an appeal, with reasons; never the assessment's author or countersigner. A
   * review ordered makes a new assessment due at once.
   */
  @Transactional
  public void decideAppeal(UUID appealId, int version, Appeal.Decision decision, String reason) {
    if (!SignedInUser.holds(APPEAL)) {
      throw forbidden();
    }
    Appeal appeal = records.appeal(appealId).orElseThrow(BagytException::notFound);
    Assessment a = store.find(appeal.assessmentId()).orElseThrow(BagytException::notFound);
    inOwnFacilities(a.prisonerId());
    if (me().equals(a.author()) || me().equals(a.countersignedBy())) {
      throw new BagytException(HttpStatus.FORBIDDEN, "decide-own", "assessment.error.decide-own");
    }
    var errors = new LinkedHashMap<String, String>();
    if (decision == null) {
      errors.put("decision", "assessment.error.decision-required");
    }
    if (reason == null || reason.isBlank()) {
      errors.put("decision-reason", "assessment.error.rationale-required");
    } else if (reason.length() > Assessment.MAX_RATIONALE) {
      errors.put("decision-reason", "assessment.error.too-long");
    }
    InvalidFields.throwIfAny(errors);
    records.decide(appealId, version, decision, reason.strip(), schedule.today(), me());
    if (decision == Appeal.Decision.REVIEW_ORDERED) {
      schedule.reviewOrdered(a.prisonerId(), a.purpose());
    }
    audit.record(AuditEvent.update("ASSESSMENT_APPEAL", appealId).forPrisoner(a.prisonerId()).atFacility(a.facilityId())
        .withPurpose(decision.name()));
  }

  /** The countersigned assessment before this one on the same instrument, if there is one: one query, not the history. */
  Optional<UUID> previous(Assessment a) {
    return store.countersignedBefore(a.prisonerId(), a.instrumentId(), a.id(), a.countersignedAt());
  }

  /** Two assessments side by side: this one and the one before it, both read (and audited) in full. */
  public record Comparison(View current, View previous) {}

  @Transactional(noRollbackFor = OutsideScope.class)
  public Comparison compare(UUID id) {
    View current = view(id, false);
    if (current.previousId() == null) {
      throw BagytException.conflict("no-previous", "assessment.error.no-previous");
    }
    return new Comparison(current, view(current.previousId(), false));
  }

  /**
   * The assessment for its author or its countersigner: permission, own facilities, the version read and an
   * accreditation in force; the aggregate itself decides between author and second assessor.
   */
  private Assessment forAccreditedWriter(UUID id, int version) {
    requireWriter();
    Assessment a = store.find(id).orElseThrow(BagytException::notFound);
    inOwnFacilities(a.prisonerId());
    requireVersion(a, version);
    requireAccredited(a.instrumentId());
    return a;
  }


  /**
   * The countersigned assessment a notice or an appeal is recorded on, for an assessor or an appeal decider. An
   * unknown assessment is 404 for any reader first: the endpoints are declared for {@code assessment.read}, since no
   * single permission covers both kinds of recorder, and a reader may know whether an assessment exists.
   */
  private Assessment countersignedForRecording(UUID id) {
    requireReader();
    Assessment a = store.find(id).orElseThrow(BagytException::notFound);
    if (!SignedInUser.holds(WRITE) && !SignedInUser.holds(APPEAL)) {
      throw forbidden();
    }
    inOwnFacilities(a.prisonerId());
    if (!a.status().countersigned()) {
      throw BagytException.conflict("not-countersigned", "assessment.error.not-countersigned");
    }
    return a;
  }

  private void requireVersion(Assessment a, int version) {
    if (a.version() != version) {
      throw BagytException.conflict("stale-edit", "assessment.error.stale-edit");
    }
  }

  private void requireAccredited(String instrumentId) {
    if (!accredited(instrumentId)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "not-accredited", "assessment.error.not-accredited");
    }
  }

  private boolean accredited(String instrumentId) {
    return accreditations.accredited(me(), instrumentId, schedule.today());
  }

  private Instrument instrument(Assessment a) {
    return instruments.get(a.instrumentId(), a.instrumentVersion());
  }

  private boolean mayWrite(PrisonerFile file) {
    return SignedInUser.holds(WRITE) && inOwnFacilities(file);
  }

  private static boolean inOwnFacilities(PrisonerFile file) {
    SignedInUser user = SignedInUser.current().orElseThrow();
    return file.releasedAt() == null && user.worksIn(file.prisoner().facilityId());
  }

  /** Writing is for the prisoner's own facilities; break-glass opens a file for reading only. */
  private PrisonerLocations.Location inOwnFacilities(UUID prisonerId) {
    SignedInUser user = SignedInUser.current().orElseThrow(Assessments::forbidden);
    var location = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    if (!user.worksIn(location.facilityId())) {
      audit.record(AuditEvent.update(ASSESSMENT, prisonerId).forPrisoner(prisonerId).atFacility(location.facilityId())
          .denied());
      throw new OutsideScope();
    }
    if (location.released()) {
      throw BagytException.conflict("released", "assessment.error.released");
    }
    return location;
  }

  private static void requireReader() {
    if (!SignedInUser.holds(READ)) {
      throw forbidden();
    }
  }

  private static String requireWriter() {
    if (!SignedInUser.holds(WRITE)) {
      throw forbidden();
    }
    return me();
  }

  private static String me() {
    return SignedInUser.current().orElseThrow(Assessments::forbidden).username();
  }

  private static BagytException forbidden() {
    return new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(properties.zone()).toLocalDate();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
