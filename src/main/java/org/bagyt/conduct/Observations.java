package org.bagyt.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.conduct.internal.ConductRecordScope;
import org.bagyt.conduct.internal.ObservationStore;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations (dynamic security): officers and governors record what they see of a prisoner held in their facility,
 * against the catalogue and in their own words. The words are never blocked or scanned, whatever they mention; only
 * the catalogue's behaviours are counted, and the catalogue can name no protected characteristic.
 */
@Service
public class Observations {

  public static final String READ = "observation.read";
  public static final String RECORD = "observation.record";

  static final String RESOURCE = "OBSERVATION";
  static final String REGISTER = "OBSERVATION_REGISTER";
  public static final String RECORDED = "OBSERVATION_RECORDED";

  static final int MAX_ACCOUNT = 4000;
  static final int LIST_LIMIT = 200;
  /** How far back the file's summary counts the behaviours seen. */
  static final int SUMMARY_DAYS = 90;

  /** What a prisoner's observations page shows: the observations and how often each behaviour was seen lately. */
  public record OfPrisoner(UUID prisonerId, List<Observation> observations, List<ObservationStore.Count> lately,
      int summaryDays, boolean mayRecord) {}

  private final ObservationStore store;
  private final ObservationCatalogue catalogue;
  private final ConductRecordScope scope;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  Observations(ObservationStore store, ObservationCatalogue catalogue, ConductRecordScope scope, AuditTrail audit,
      Clock clock, BagytProperties properties) {
    this.store = store;
    this.catalogue = catalogue;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  public ObservationCatalogue catalogue() {
    return catalogue;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  /** The prisoner's observations; facility staff see only prisoners held in their facilities. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public OfPrisoner ofPrisoner(UUID prisonerId) {
    SignedInUser user = SignedInUser.require(READ);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), "READ", RESOURCE, null, prisonerId);
    audit.record(AuditEvent.read(RESOURCE, null).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return new OfPrisoner(prisonerId, store.ofPrisoner(prisonerId, LIST_LIMIT),
        store.counts(prisonerId, today().minusDays(SUMMARY_DAYS)), SUMMARY_DAYS, SignedInUser.holds(RECORD));
  }

  /** The latest observations in the reader's facilities (the whole service for headquarters). */
  @Transactional
  public List<Observation> latest() {
    SignedInUser user = SignedInUser.require(READ);
    var list = store.latest(scope.readableFacilities(user), LIST_LIMIT);
    audit.record(AuditEvent.read(REGISTER, null)
        .atFacility(user.serviceWide() || user.facilityIds().size() != 1 ? null : user.facilityIds().get(0)));
    return list;
  }

  /** Records an observation of a prisoner held in the observer's facility. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Observation record(UUID prisonerId, NewObservation request) {
    SignedInUser user = SignedInUser.require(RECORD);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), RECORDED, RESOURCE, null, prisonerId);
    NewObservation o = validated(request);
    UUID id = store.insert(prisonerId, location.facilityId(), o, catalogue.version(), user.username(), clock.instant());
    audit.record(AuditEvent.of(RECORDED, RESOURCE, id).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return store.ofPrisoner(prisonerId, LIST_LIMIT).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  /** Records observations without the rules for new ones (demo data). */
  @Transactional
  public void recordPast(UUID prisonerId, UUID facilityId, NewObservation o, String by, java.time.Instant at) {
    store.insert(prisonerId, facilityId, o, catalogue.version(), by, at);
  }

  private NewObservation validated(NewObservation o) {
    if (o == null) {
      throw new InvalidFields(Map.of("account", "observation.error.account-required"));
    }
    var errors = new LinkedHashMap<String, String>();
    var codes = new LinkedHashSet<String>();
    for (String code : o.behaviours() == null ? List.<String>of() : o.behaviours()) {
      if (code == null || code.isBlank()) {
        continue;
      }
      if (catalogue.find(code.strip()).isEmpty()) {
        errors.put("behaviours", "observation.error.unknown-behaviour");
      } else {
        codes.add(code.strip());
      }
    }
    if (o.account() == null || o.account().isBlank()) {
      errors.put("account", "observation.error.account-required");
    } else if (o.account().length() > MAX_ACCOUNT) {
      errors.put("account", "observation.error.too-long");
    }
    LocalDate today = today();
    if (o.observedOn() != null && o.observedOn().isAfter(today)) {
      errors.put("observedOn", "observation.error.future");
    }
    InvalidFields.throwIfAny(errors);
    return new NewObservation(o.observedOn() == null ? today : o.observedOn(), new ArrayList<>(codes),
        o.account().strip());
  }
}
