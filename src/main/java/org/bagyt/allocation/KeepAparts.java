package org.bagyt.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bagyt.allocation.internal.KeepApartStore;
import org.bagyt.audit.AuditActions;
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
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.bagyt.prisoners.PrisonerSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keep-apart pairs: record one, read them, close one with a reason. Facility staff see and record the pairs in which
 * at least one of the two is held in their facilities (the other may be held anywhere: a rival in another colony
 * matters at transfer); headquarters see the whole service. Reading needs {@code keepapart.read}, recording and closing
 * {@code keepapart.record}. Every read and change is audited.
 */
@Service
public class KeepAparts {

  public static final String READ = "keepapart.read";
  public static final String RECORD = "keepapart.record";
  public static final int MAX_COMMENT = 2000;
  static final String KEEP_APART = "KEEP_APART";
  private static final int LIST_LIMIT = 500;

  private final KeepApartStore store;
  private final PrisonerFiles files;
  private final PrisonerLocations locations;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  KeepAparts(KeepApartStore store, PrisonerFiles files, PrisonerLocations locations, AuditTrail audit, Clock clock,
      BagytProperties properties) {
    this.store = store;
    this.files = files;
    this.locations = locations;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /** One of the two, as the reader may see them: the name only when the person is in the reader's scope. */
  public record Party(UUID id, String number, String name, String facilityCode, KeepApart.Role role) {}

  /** A pair as shown: the record and both people. */
  public record Shown(KeepApart pair, Party first, Party second) {

    /** The other person, seen from {@code prisonerId}'s file. */
    public Party other(UUID prisonerId) {
      return first.id().equals(prisonerId) ? second : first;
    }

    public Party self(UUID prisonerId) {
      return first.id().equals(prisonerId) ? first : second;
    }
  }

  /** The keep-apart page: the file, its pairs (open first), and whether the reader may record. */
  public record Overview(PrisonerFile file, List<Shown> pairs, boolean mayRecord) {}

  @Transactional(noRollbackFor = OutsideScope.class)
  public Overview overview(UUID prisonerId) {
    requireHolding(READ);
    PrisonerFile file = files.open(prisonerId);
    var pairs = store.involving(prisonerId, true);
    audit.record(AuditEvent.read(KEEP_APART, prisonerId).forPrisoner(prisonerId).atFacility(file.prisoner().facilityId()));
    return new Overview(file, shown(pairs), file.releasedAt() == null && SignedInUser.holds(RECORD) && inScope(file.prisoner().facilityId()));
  }

  /** The open pairs of a prisoner, for their file (opened and audited there). */
  public List<Shown> openFor(UUID prisonerId) {
    requireHolding(READ);
    return shown(store.involving(prisonerId, false));
  }

  /** The API's list: one prisoner's pairs (through their file), or every open pair in the reader's scope. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public List<Shown> list(UUID prisonerId, boolean includeClosed) {
    requireHolding(READ);
    if (prisonerId != null) {
      PrisonerFile file = files.open(prisonerId);
      audit.record(AuditEvent.read(KEEP_APART, prisonerId).forPrisoner(prisonerId).atFacility(file.prisoner().facilityId()));
      return shown(store.involving(prisonerId, includeClosed));
    }
    var visible = store.open(LIST_LIMIT).stream().filter(this::visible).toList();
    audit.record(AuditEvent.read(KEEP_APART, null).withPurpose("list"));
    return shown(visible);
  }

  @Transactional(noRollbackFor = OutsideScope.class)
  public Shown read(UUID id) {
    requireHolding(READ);
    KeepApart pair = store.find(id).orElseThrow(BagytException::notFound);
    requireVisible(pair);
    audit.record(AuditEvent.read(KEEP_APART, id).forPrisoner(pair.firstId()));
    return shown(List.of(pair)).get(0);
  }

  /**
   * Records a pair. Refuses, changing nothing: a missing or unknown prisoner, a prisoner with themself, a missing role,
   * reason, comment, scope or review date (400, at its field); neither prisoner in the recorder's facilities (403); a
   * second open pair for the same two, in either order (409).
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public UUID record(NewKeepApart k) {
    String me = requireHolding(RECORD);
    if (k == null) {
      throw new InvalidFields(Map.of("first", "keepapart.error.prisoner-required"));
    }
    var errors = new LinkedHashMap<String, String>();
    Optional<Location> first = k.firstPrisonerId() == null ? Optional.empty() : locations.find(k.firstPrisonerId());
    Optional<Location> second = k.secondPrisonerId() != null ? locations.find(k.secondPrisonerId())
        : locations.findByNumber(k.secondNumber());
    if (k.firstPrisonerId() == null) {
      errors.put("first", "keepapart.error.prisoner-required");
    } else if (first.isEmpty()) {
      errors.put("first", "keepapart.error.unknown-prisoner");
    } else if (first.get().released()) {
      errors.put("first", "keepapart.error.released");
    }
    if (k.secondPrisonerId() == null && (k.secondNumber() == null || k.secondNumber().isBlank())) {
      errors.put("second", "keepapart.error.prisoner-required");
    } else if (second.isEmpty()) {
      errors.put("second", "keepapart.error.unknown-prisoner");
    } else if (second.get().released()) {
      errors.put("second", "keepapart.error.released");
    } else if (first.isPresent() && first.get().prisonerId().equals(second.get().prisonerId())) {
      errors.put("second", "keepapart.error.self");
    }
    if (k.firstRole() == null) {
      errors.put("first-role", "keepapart.error.role-required");
    }
    if (k.secondRole() == null) {
      errors.put("second-role", "keepapart.error.role-required");
    }
    if (k.reason() == null) {
      errors.put("reason", "keepapart.error.reason-required");
    }
    if (k.comment() == null || k.comment().isBlank()) {
      errors.put("comment", "keepapart.error.comment-required");
    } else if (k.comment().length() > MAX_COMMENT) {
      errors.put("comment", "keepapart.error.too-long");
    }
    if (k.scope() == null) {
      errors.put("scope", "keepapart.error.scope-required");
    }
    if (k.reviewOn() == null) {
      errors.put("review-on", "keepapart.error.review-required");
    } else if (!k.reviewOn().isAfter(today())) {
      errors.put("review-on", "keepapart.error.review-past");
    } else if (k.reviewOn().isAfter(today().plusYears(1))) {
      errors.put("review-on", "keepapart.error.review-too-far");
    }
    InvalidFields.throwIfAny(errors);
    Location a = first.orElseThrow();
    Location b = second.orElseThrow();
    if (!inScope(a.facilityId()) && !inScope(b.facilityId())) {
      audit.record(AuditEvent.create(KEEP_APART, null).forPrisoner(a.prisonerId()).atFacility(a.facilityId()).denied());
      throw new OutsideScope();
    }
    if (store.openPairExists(a.prisonerId(), b.prisonerId())) {
      throw KeepApartStore.duplicate();
    }
    var activities = k.activities() == null || k.activities().isEmpty() ? EnumSet.noneOf(KeepApart.Activity.class)
        : EnumSet.copyOf(k.activities());
    UUID id = store.insert(new KeepApart(null, a.prisonerId(), k.firstRole(), b.prisonerId(), k.secondRole(), k.reason(),
        k.comment().strip(), k.scope(), activities, k.reviewOn(), me, clock.instant(), null, null, null, 0));
    audit.record(AuditEvent.of(AuditActions.KEEP_APART_RECORDED, KEEP_APART, id).forPrisoner(a.prisonerId())
        .atFacility(a.facilityId()).withPurpose(k.reason().name()));
    audit.record(AuditEvent.of(AuditActions.KEEP_APART_RECORDED, KEEP_APART, id).forPrisoner(b.prisonerId())
        .atFacility(b.facilityId()).withPurpose(k.reason().name()));
    return id;
  }

  /** Closes an open pair with a reason, at the version read. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public void close(UUID id, Integer version, String reason) {
    String me = requireHolding(RECORD);
    KeepApart pair = store.find(id).orElseThrow(BagytException::notFound);
    requireVisible(pair);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFields(Map.of("close-reason-" + id, "keepapart.error.close-reason-required"));
    }
    if (reason.length() > MAX_COMMENT) {
      throw new InvalidFields(Map.of("close-reason-" + id, "keepapart.error.too-long"));
    }
    if (version == null) {
      throw new InvalidFields(Map.of("close-reason-" + id, "keepapart.error.version-required"));
    }
    if (!pair.open()) {
      throw BagytException.conflict("keep-apart-closed", "keepapart.error.closed");
    }
    store.close(id, version, me, clock.instant(), reason.strip());
    audit.record(AuditEvent.of(AuditActions.KEEP_APART_CLOSED, KEEP_APART, id).forPrisoner(pair.firstId()));
    audit.record(AuditEvent.of(AuditActions.KEEP_APART_CLOSED, KEEP_APART, id).forPrisoner(pair.secondId()));
  }

  /** Pairs known before (the demo now; a register import later); the caller audits its import. */
  @Transactional
  public void registerPast(List<KeepApart> pairs) {
    pairs.forEach(store::insert);
  }

  private boolean visible(KeepApart pair) {
    return locations.find(pair.firstId()).map(l -> inScope(l.facilityId())).orElse(false)
        || locations.find(pair.secondId()).map(l -> inScope(l.facilityId())).orElse(false);
  }

  private void requireVisible(KeepApart pair) {
    if (!visible(pair)) {
      audit.record(AuditEvent.read(KEEP_APART, pair.id()).forPrisoner(pair.firstId()).denied());
      throw new OutsideScope();
    }
  }

  private List<Shown> shown(List<KeepApart> pairs) {
    var ids = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.firstId(), p.secondId())).distinct().toList();
    Map<UUID, PrisonerSummary> named = files.summaries(ids).stream()
        .collect(Collectors.toMap(PrisonerSummary::id, Function.identity(), (x, y) -> x));
    Function<UUID, Location> where = id -> locations.find(id).orElseThrow();
    return pairs.stream().map(p -> new Shown(p, party(p.firstId(), p.firstRole(), named, where),
        party(p.secondId(), p.secondRole(), named, where))).toList();
  }

  private static Party party(UUID id, KeepApart.Role role, Map<UUID, PrisonerSummary> named, Function<UUID, Location> where) {
    Location l = where.apply(id);
    PrisonerSummary s = named.get(id);
    String name = s == null ? null : s.familyName() + " " + s.givenName();
    return new Party(id, l.number(), name, l.facilityCode(), role);
  }

  private static boolean inScope(UUID facilityId) {
    SignedInUser user = SignedInUser.current().orElseThrow();
    return user.worksIn(facilityId);
  }

  private static String requireHolding(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow().username();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }
}
