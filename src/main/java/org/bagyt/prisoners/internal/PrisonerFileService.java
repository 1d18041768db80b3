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
import org.bagyt.prisoners.SeparationRules;
import org.bagyt.prisoners.search.NameIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
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
  private final Placements placements;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration breakGlassDuration;
  private final String countryCode;

  PrisonerFileService(Prisoners prisoners, NameIndex nameIndex, AuditTrail audit, JdbcTemplate jdbc, Beds beds,
      Placements placements, ApplicationEventPublisher events, Clock clock,
      @Value("${bagyt.break-glass-minutes:60}") long breakGlassMinutes,
      @Value("${bagyt.country-code:KG}") String countryCode) {
    this.prisoners = prisoners;
    this.nameIndex = nameIndex;
    this.audit = audit;
    this.jdbc = jdbc;
    this.beds = beds;
    this.placements = placements;
    this.events = events;
    this.clock = clock;
    this.breakGlassDuration = Duration.ofMinutes(breakGlassMinutes);
    this.countryCode = countryCode;
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public PrisonerFile open(UUID prisonerId) {
    return open(prisonerId, AuditEvent.read(FILE, prisonerId));
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public PrisonerFile export(UUID prisonerId) {
    return open(prisonerId, AuditEvent.export(FILE, prisonerId));
  }

  private PrisonerFile open(UUID prisonerId, AuditEvent event) {
    SignedInUser reader = reader();
    PrisonerFile file = prisoners.find(prisonerId).orElseThrow(BagytException::notFound);
    var read = event.forPrisoner(prisonerId).atFacility(file.prisoner().facilityId());
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
  public List<PrisonerSummary> summaries(java.util.Collection<UUID> prisonerIds) {
    return prisonerIds.isEmpty() ? List.of() : prisoners.summaries(scopeOf(reader()), prisonerIds.toArray(UUID[]::new));
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
    // Rule 11 after the beds: their row locks make a concurrent placement into the same cells visible here.
    placements.check(people.stream().map(p -> new Placements.Placement(null,
        new SeparationRules.Person(p.sex(), p.dateOfBirth(), p.legalStatus()), p.facilityId(), p.cellId())).toList());
    for (int from = 0; from < people.size(); from += REGISTER_BATCH) {
      insert(people.subList(from, Math.min(people.size(), from + REGISTER_BATCH)));
    }
    // The insert trigger queued everyone for the name index; they are findable when this commits.
    nameIndex.catchUpAll();
  }

  /** People per statement when registering: one round trip and one plan for a thousand rows. */
  private static final int REGISTER_BATCH = 1000;

  /**
   * One set-based statement for a part of the people: each column goes in as an array (as text, cast in SQL),
   * so a bulk import costs one statement per thousand rows rather than one per person. The number comes
   * from a sequence in the same statement: unique across the service, with the admission year. The
   * commitment order goes in with the person, joined on that number: no admission without one.
   */
  private void insert(List<NewPrisoner> part) {
    int n = part.size();
    String[][] columns = new String[14][n];
    for (int i = 0; i < n; i++) {
      var p = part.get(i);
      String[] row = {p.familyName(), p.givenName(), p.patronymic(), p.latinName(), p.dateOfBirth().toString(),
          p.sex().name(), p.citizenship(), p.legalStatus().name(), p.facilityId().toString(),
          p.cellId() == null ? null : p.cellId().toString(), p.admittedAt().toString(),
          p.commitmentOrder().authority(), p.commitmentOrder().documentNumber(), p.commitmentOrder().issuedOn().toString()};
      for (int c = 0; c < row.length; c++) {
        columns[c][i] = row[c];
      }
    }
    jdbc.update("""
        WITH input AS MATERIALIZED (
          SELECT format('%s-%s-%s', ?::text, to_char(r.admitted_at::timestamptz AT TIME ZONE 'UTC', 'YYYY'),
                        lpad(nextval('prisoner_number_seq')::text, 6, '0')) AS number, r.*
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
               AS r(family_name, given_name, patronymic, latin_name, date_of_birth, sex, citizenship, legal_status,
                    facility_id, cell_id, admitted_at, authority, document_number, issued_on, ord)
          ORDER BY r.ord),
        admitted AS (
          INSERT INTO prisoner (number, family_name, given_name, patronymic, latin_name, date_of_birth, sex, citizenship,
                                legal_status, facility_id, cell_id, admitted_at)
          SELECT number, family_name, given_name, patronymic, latin_name, date_of_birth::date, sex, citizenship,
                 legal_status, facility_id::uuid, cell_id::uuid, admitted_at::timestamptz
          FROM input ORDER BY ord
          RETURNING id, number)
        INSERT INTO commitment_order (prisoner_id, authority, document_number, issued_on)
        SELECT a.id, i.authority, i.document_number, i.issued_on::date FROM admitted a JOIN input i ON i.number = a.number""",
        ps -> {
          ps.setString(1, countryCode);
          for (int c = 0; c < columns.length; c++) {
            ps.setArray(c + 2, ps.getConnection().createArrayOf("text", columns[c]));
          }
        });
  }

  private static SignedInUser reader() {
    if (!SignedInUser.holds(READ)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  static Prisoners.Scope scopeOf(SignedInUser user) {
    return new Prisoners.Scope(user.username(), user.serviceWide(), user.facilityIds());
  }
}
