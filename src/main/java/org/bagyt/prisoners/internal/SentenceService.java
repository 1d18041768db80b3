package org.bagyt.prisoners.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.LegalPosition;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.NewOffence;
import org.bagyt.prisoners.Offence;
import org.bagyt.prisoners.OffenceStage;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.RefusedEntry;
import org.bagyt.prisoners.Sentence;
import org.bagyt.prisoners.SentenceCalculator;
import org.bagyt.prisoners.SentenceEntry;
import org.bagyt.prisoners.Sentences;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SentenceService implements Sentences {

  static final String RECORD = "sentence.record";
  static final String LEGAL_STATUS = "LEGAL_STATUS";
  static final String OFFENCE = "PRISONER_OFFENCE";
  static final int MAX_REASON = 2000;

  private final SentenceRecords records;
  private final Prisoners prisoners;
  private final SentenceRecalculation recalculation;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;
  private final org.springframework.context.ApplicationEventPublisher events;

  SentenceService(SentenceRecords records, Prisoners prisoners, SentenceRecalculation recalculation, AuditTrail audit,
      Clock clock, BagytProperties properties, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.records = records;
    this.prisoners = prisoners;
    this.recalculation = recalculation;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public LegalPosition read(UUID prisonerId) {
    SignedInUser reader = permitted(PrisonerFileService.READ);
    var person = records.person(prisonerId).orElseThrow(BagytException::notFound);
    var read = AuditEvent.read(SentenceRecalculation.SENTENCE, prisonerId).forPrisoner(prisonerId)
        .atFacility(person.facilityId());
    if (!prisoners.inScope(prisonerId, PrisonerFileService.scopeOf(reader))) {
      if (prisoners.breakGlassUntil(prisonerId, reader.username(), clock.instant()).isEmpty()) {
        audit.record(read.denied());
        throw new OutsideScope();
      }
      read = read.withPurpose(PrisonerFileService.BREAK_GLASS_PURPOSE);
    }
    audit.record(read);
    return records.position(prisonerId, person);
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public void changeLegalStatus(UUID prisonerId, LegalStatus to, String reason, int version) {
    SignedInUser user = permitted(RECORD);
    var person = writable(user, prisonerId, LEGAL_STATUS);
    if (to == null) {
      throw new RefusedEntry("legalStatus", "legal-status-required", "legal-status.error.required");
    }
    if (to == person.legalStatus()) {
      throw new RefusedEntry("legalStatus", "legal-status-unchanged", "legal-status.error.unchanged");
    }
    String why = reason(reason);
    if (!records.changeLegalStatus(prisonerId, person.legalStatus(), to, version, user.username(), clock.instant(), why)) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.update(LEGAL_STATUS, prisonerId).forPrisoner(prisonerId).atFacility(person.facilityId())
        .withPurpose(why));
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public Offence addOffence(UUID prisonerId, NewOffence offence) {
    SignedInUser user = permitted(RECORD);
    var person = writable(user, prisonerId, OFFENCE);
    var article = offence.articleId() == null ? null : records.article(offence.articleId()).orElse(null);
    if (article == null) {
      throw new RefusedEntry("article", "unknown-article", "offence.error.unknown-article");
    }
    if (!article.inUse()) {
      throw new RefusedEntry("article", "article-out-of-use", "offence.error.article-out-of-use");
    }
    if (offence.stage() == null) {
      throw new RefusedEntry("stage", "stage-required", "offence.error.stage-required");
    }
    LocalDate committed = offence.committedOn();
    if (committed == null) {
      throw new RefusedEntry("committedOn", "date-required", "offence.error.date-required");
    }
    if (committed.isAfter(today())) {
      throw new RefusedEntry("committedOn", "date-in-future", "offence.error.date-future");
    }
    if (committed.isBefore(person.dateOfBirth())) {
      throw new RefusedEntry("committedOn", "date-before-birth", "offence.error.date-before-birth");
    }
    var now = clock.instant();
    UUID id = records.addOffence(prisonerId, article.id(), offence.stage(), committed, now, user.username());
    audit.record(AuditEvent.create(OFFENCE, id).forPrisoner(prisonerId).atFacility(person.facilityId()));
    events.publishEvent(new org.bagyt.prisoners.OffenceRecorded(prisonerId, person.facilityId(), article.category(),
        offence.stage()));
    if (offence.stage() == OffenceStage.CONVICTED) {
      recalculation.one(prisonerId, person.facilityId(), user.username(), SentenceRecords.Why.message(
          "sentence.reason.conviction-added", article.article(), article.codeYear()));
    }
    return new Offence(id, article, offence.stage(), committed, now, user.username());
  }

  @Override
  public java.util.Map<UUID, LocalDate> releasingBy(LocalDate day) {
    var releasing = new java.util.LinkedHashMap<UUID, LocalDate>();
    records.releasingBy(day).forEach(r -> releasing.put(r.getKey(), r.getValue()));
    return releasing;
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public Sentence record(UUID prisonerId, SentenceEntry entry) {
    SignedInUser user = permitted(RECORD);
    var person = writable(user, prisonerId, SentenceRecalculation.SENTENCE);
    if (person.legalStatus() == LegalStatus.UNTRIED) {
      throw new RefusedEntry("startsOn", "untried", "sentence.error.untried");
    }
    var convicted = records.convictedCategories(prisonerId);
    if (convicted.isEmpty()) {
      throw new RefusedEntry("startsOn", "no-conviction", "sentence.error.no-conviction");
    }
    LocalDate start = entry.startsOn();
    if (start == null) {
      throw new RefusedEntry("startsOn", "start-required", "sentence.error.start-required");
    }
    if (start.isBefore(person.dateOfBirth())) {
      throw new RefusedEntry("startsOn", "start-before-birth", "sentence.error.start-before-birth");
    }
    if (start.isAfter(today())) {
      throw new RefusedEntry("startsOn", "start-in-future", "sentence.error.start-future");
    }
    var term = term(entry);
    Integer credit = entry.remandDays();
    if (credit == null || credit < 0) {
      throw new RefusedEntry("remandDays", "remand-invalid", "sentence.error.remand");
    }
    if (credit >= SentenceCalculator.termDays(start, term)) {
      throw new RefusedEntry("remandDays", "remand-covers-term", "sentence.error.remand-covers-term");
    }
    String why = reason(entry.reason());
    var current = records.sentence(prisonerId);
    if (current.isPresent() != (entry.version() != null)
        || current.isPresent() && current.get().version() != entry.version()) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    var sentence = GoverningRule.calculate(start, term, credit, GoverningRule.of(convicted, records.rules()), 0);
    LocalDate admitted = LocalDate.ofInstant(person.admittedAt(), properties.zone());
    if (sentence.releaseOn().isBefore(admitted)) {
      throw new RefusedEntry("startsOn", "release-before-admission", "sentence.error.release-before-admission");
    }
    if (!records.save(prisonerId, sentence, entry.version(), user.username(), clock.instant(),
        SentenceRecords.Why.stated(why))) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    var event = current.isPresent() ? AuditEvent.update(SentenceRecalculation.SENTENCE, prisonerId)
        : AuditEvent.create(SentenceRecalculation.SENTENCE, prisonerId);
    audit.record(event.forPrisoner(prisonerId).atFacility(person.facilityId()).withPurpose(why));
    return records.sentence(prisonerId).orElseThrow();
  }

  private static SentenceCalculator.Term term(SentenceEntry entry) {
    try {
      return new SentenceCalculator.Term(orZero(entry.years()), orZero(entry.months()), orZero(entry.days()));
    } catch (IllegalArgumentException outOfRange) {
      throw new RefusedEntry("years", "length-invalid", "sentence.error.length");
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RefusedEntry("reason", "reason-required", "sentence.error.reason-required");
    }
    if (reason.length() > MAX_REASON) {
      throw new RefusedEntry("reason", "reason-too-long", "sentence.error.reason-too-long");
    }
    return reason.strip();
  }

  /** Changes are made only by staff of the prisoner's own facilities (or service-wide), never by break-glass. */
  private SentenceRecords.Person writable(SignedInUser user, UUID prisonerId, String resourceType) {
    var person = records.person(prisonerId).orElseThrow(BagytException::notFound);
    if (!prisoners.inScope(prisonerId, PrisonerFileService.scopeOf(user))) {
      audit.record(AuditEvent.update(resourceType, prisonerId).forPrisoner(prisonerId).atFacility(person.facilityId())
          .denied());
      throw new OutsideScope();
    }
    return person;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), properties.zone());
  }

  private static SignedInUser permitted(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }
}
