package org.bagyt.prisoners.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bagyt.estate.Beds;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.BreakGlassUsed;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerSummary;
import org.bagyt.prisoners.search.NameIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PrisonerFileService implements PrisonerFiles {

  static final String READ = "prisoner.read";
  static final String FILE = "PRISONER_FILE";
  static final String BREAK_GLASS_PURPOSE = "break-glass";
  static final String HEALTH = "health.read";
  private static final int MAX_REASON = 2000;

  private final Prisoners prisoners;
  private final NameIndex nameIndex;
  private final AuditTrail audit;
  private final JdbcTemplate jdbc;
  private final Beds beds;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration breakGlassDuration;
  private final String countryCode;

  PrisonerFileService(Prisoners prisoners, NameIndex nameIndex, AuditTrail audit, JdbcTemplate jdbc, Beds beds, ApplicationEventPublisher events, Clock clock,
      @Value("${bagyt.break-glass-minutes:60}") long breakGlassMinutes,
      @Value("${bagyt.country-code:KG}") String countryCode) {
    this.prisoners = prisoners;
    this.nameIndex = nameIndex;
    this.audit = audit;
    this.jdbc = jdbc;
    this.beds = beds;
    this.events = events;
    this.clock = clock;
    this.breakGlassDuration = Duration.ofMinutes(breakGlassMinutes);
    this.countryCode = countryCode;
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public PrisonerFile open(UUID prisonerId) {
    SignedInUser reader = reader();
    PrisonerFile file = prisoners.find(prisonerId).orElseThrow(BagytException::notFound);
    var read = AuditEvent.read(FILE, prisonerId).forPrisoner(prisonerId).atFacility(file.prisoner().facilityId());
    Instant breakGlassUntil = null;
    if (!prisoners.inScope(prisonerId, scopeOf(reader))) {
      var access = prisoners.breakGlassUntil(prisonerId, reader.username(), clock.instant());
      if (access.isEmpty()) {
        // A refused look at another facility's prisoner is itself worth knowing about.
        audit.record(read.denied());
        throw new OutsideScope();
      }
      breakGlassUntil = access.get();
      read = read.withPurpose(BREAK_GLASS_PURPOSE);
    }
    audit.record(read);
    var healthNotes = SignedInUser.holds(HEALTH) ? prisoners.healthNotes(prisonerId) : null;
    return new PrisonerFile(file.prisoner(), file.sex(), file.genderIdentity(), file.citizenship(), file.admittedAt(),
        file.releasedAt(), healthNotes, breakGlassUntil);
  }

  @Override
  public List<PrisonerSummary> list(String text, int page) {
    if (text != null && text.length() > 200) {
      throw BagytException.invalid("query-too-long", "prisoner.error.query-too-long");
    }
    return prisoners.list(scopeOf(reader()), text, PAGE_SIZE, Math.max(0, page) * PAGE_SIZE);
  }

  @Override
  @Transactional
  public Instant breakGlass(UUID prisonerId, String reason) {
    SignedInUser reader = reader();
    if (reason == null || reason.isBlank()) {
      throw BagytException.invalid("reason-required", "approval.error.reason-required");
    }
    if (reason.length() > MAX_REASON) {
      throw BagytException.invalid("reason-too-long", "approval.error.reason-too-long", MAX_REASON);
    }
    PrisonerFile file = prisoners.find(prisonerId).orElseThrow(BagytException::notFound);
    if (prisoners.inScope(prisonerId, scopeOf(reader))) {
      throw BagytException.conflict("in-scope", "prisoner.error.in-scope");
    }
    Instant now = clock.instant();
    Instant until = now.plus(breakGlassDuration);
    prisoners.grantBreakGlass(prisonerId, file.prisoner().facilityId(), reader.username(), reason.strip(), now, until);
    audit.record(AuditEvent.of(AuditActions.BREAK_GLASS, FILE, prisonerId).forPrisoner(prisonerId)
        .atFacility(file.prisoner().facilityId()).withPurpose(reason.strip()));
    events.publishEvent(new BreakGlassUsed(prisonerId, file.prisoner().number(), file.prisoner().facilityId(),
        reader.username(), reason.strip(), until));
    return until;
  }

  @Override
  @Transactional
  public void register(List<NewPrisoner> people) {
    var placed = people.stream().filter(p -> p.cellId() != null)
        .collect(java.util.stream.Collectors.toMap(NewPrisoner::cellId, p -> 1, Integer::sum));
    beds.takeAll(placed);
    // The number comes from a sequence in the same statement: unique across the service, with the admission year.
    // The commitment order goes in with the person, in the same statement: no admission without one.
    jdbc.batchUpdate("""
        WITH admitted AS (
          INSERT INTO prisoner (number, family_name, given_name, patronymic, latin_name, date_of_birth, sex, citizenship,
                                legal_status, facility_id, cell_id, admitted_at)
          VALUES (format('%s-%s-%s', ?::text, to_char(?::timestamptz AT TIME ZONE 'UTC', 'YYYY'),
                         lpad(nextval('prisoner_number_seq')::text, 6, '0')),
                  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          RETURNING id)
        INSERT INTO commitment_order (prisoner_id, authority, document_number, issued_on)
        SELECT id, ?, ?, ? FROM admitted""", people, 1000, (ps, p) -> {
          var admitted = Timestamp.from(p.admittedAt());
          ps.setString(1, countryCode);
          ps.setTimestamp(2, admitted);
          ps.setString(3, p.familyName());
          ps.setString(4, p.givenName());
          ps.setString(5, p.patronymic());
          ps.setString(6, p.latinName());
          ps.setObject(7, p.dateOfBirth());
          ps.setString(8, p.sex().name());
          ps.setString(9, p.citizenship());
          ps.setString(10, p.legalStatus().name());
          ps.setObject(11, p.facilityId());
          ps.setObject(12, p.cellId());
          ps.setTimestamp(13, admitted);
          ps.setString(14, p.commitmentOrder().authority());
          ps.setString(15, p.commitmentOrder().documentNumber());
          ps.setObject(16, p.commitmentOrder().issuedOn());
        });
    // The insert trigger queued everyone for the name index; they are findable when this commits.
    nameIndex.catchUpAll();
  }

  private static SignedInUser reader() {
    if (!SignedInUser.holds(READ)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  private static Prisoners.Scope scopeOf(SignedInUser user) {
    return new Prisoners.Scope(user.username(), user.serviceWide(), user.facilityIds());
  }
}
