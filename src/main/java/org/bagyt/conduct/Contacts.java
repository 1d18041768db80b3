package org.bagyt.conduct;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.conduct.internal.ConductRecordScope;
import org.bagyt.conduct.internal.ContactStore;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits and contacts: the visitor register, the visits, calls and letters each prisoner has, and limits on the means
 * of contact. Family contact remains possible under every sanction: a limit withholds one or two means for a limited
 * time, and one that would leave a prisoner with no means at all (alone or with the limits already in force) is
 * refused. A contact by a means withheld that day is refused too. Every read and change is audited.
 */
@Service
public class Contacts {

  public static final String READ = "contact.read";
  public static final String RECORD = "contact.record";
  public static final String LIMIT = "contact.limit";

  static final String RESOURCE = "CONTACT";
  static final String REGISTER = "CONTACT_REGISTER";
  public static final String VISITOR_RECORDED = "VISITOR_RECORDED";
  public static final String CONTACT_RECORDED = "CONTACT_RECORDED";
  public static final String LIMIT_IMPOSED = "CONTACT_LIMIT_IMPOSED";

  static final int MAX_NAME = 100;
  static final int MAX_REASON = 2000;
  static final int LIST_LIMIT = 300;

  /** What a prisoner's contacts page shows. */
  public record OfPrisoner(UUID prisonerId, List<Visitor> visitors, List<Contact> contacts, List<ContactLimit> limits,
      boolean mayRecord, boolean mayLimit) {}

  /** The facility register: the latest contacts and the limits in force today. */
  public record Register(List<Contact> contacts, List<ContactLimit> limitsInForce) {}

  private final ContactStore store;
  private final ConductRecordScope scope;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  Contacts(ContactStore store, ConductRecordScope scope, AuditTrail audit, Clock clock, BagytProperties properties) {
    this.store = store;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  @Transactional
  public Register register() {
    SignedInUser user = SignedInUser.require(READ);
    var facilities = scope.readableFacilities(user);
    var register = new Register(store.latest(facilities, LIST_LIMIT), store.limitsInForce(facilities, today()));
    audit.record(AuditEvent.read(REGISTER, null)
        .atFacility(user.serviceWide() || user.facilityIds().size() != 1 ? null : user.facilityIds().get(0)));
    return register;
  }

  @Transactional(noRollbackFor = OutsideScope.class)
  public OfPrisoner ofPrisoner(UUID prisonerId) {
    SignedInUser user = SignedInUser.require(READ);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), "READ", RESOURCE, null, prisonerId);
    audit.record(AuditEvent.read(RESOURCE, null).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return new OfPrisoner(prisonerId, store.visitorsOf(prisonerId), store.contactsOf(prisonerId, LIST_LIMIT),
        store.limitsOf(prisonerId), SignedInUser.holds(RECORD), SignedInUser.holds(LIMIT));
  }

  /** Registers a visitor (or finds them by their document) and records who they are to the prisoner. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Visitor addVisitor(UUID prisonerId, NewVisitor request) {
    SignedInUser user = SignedInUser.require(RECORD);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), VISITOR_RECORDED, RESOURCE, null, prisonerId);
    NewVisitor v = validated(request);
    UUID id = store.visitor(v, user.username(), clock.instant());
    if (!store.link(prisonerId, id, v.relationship(), user.username(), clock.instant())) {
      throw BagytException.conflict("visitor-already-registered", "contact.error.visitor-already-registered");
    }
    audit.record(AuditEvent.of(VISITOR_RECORDED, RESOURCE, id).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return store.visitorOf(prisonerId, id).orElseThrow();
  }

  /** Records a visit, call or letter with one of the prisoner's registered visitors. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Contact recordContact(UUID prisonerId, NewContact c) {
    SignedInUser user = SignedInUser.require(RECORD);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), CONTACT_RECORDED, RESOURCE, null, prisonerId);
    var errors = new LinkedHashMap<String, String>();
    if (c == null || c.visitorId() == null || store.visitorOf(prisonerId, c.visitorId()).isEmpty()) {
      errors.put("visitorId", "contact.error.visitor-unknown");
    }
    if (c == null || c.kind() == null) {
      errors.put("kind", "contact.error.kind-required");
    }
    if (c == null || c.at() == null) {
      errors.put("at", "contact.error.time-required");
    } else if (c.at().isAfter(clock.instant())) {
      errors.put("at", "contact.error.time-future");
    }
    if (c != null && c.minutes() != null && (c.minutes() < 1 || c.minutes() > 1440)) {
      errors.put("minutes", "contact.error.minutes");
    }
    InvalidFields.throwIfAny(errors);
    LocalDate day = c.at().atZone(properties.zone()).toLocalDate();
    boolean withheld = store.limitsOf(prisonerId).stream()
        .anyMatch(l -> l.inForceOn(day) && l.means().contains(c.kind().means()));
    if (withheld) {
      throw BagytException.conflict("means-withheld", "contact.error.means-withheld");
    }
    UUID id = store.insertContact(prisonerId, location.facilityId(), c, user.username(), clock.instant());
    audit.record(AuditEvent.of(CONTACT_RECORDED, RESOURCE, id).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return store.contactsOf(prisonerId, LIST_LIMIT).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * A governor withholds one or two means of contact for a limited time, with a reason. Refused without an expiry, and
   * refused when, with the limits in force over the same days, no means of family contact would be left.
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public ContactLimit limit(UUID prisonerId, NewContactLimit request) {
    SignedInUser user = SignedInUser.require(LIMIT);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), LIMIT_IMPOSED, RESOURCE, null, prisonerId);
    NewContactLimit l = validated(request);
    var withheld = EnumSet.copyOf(l.means());
    store.limitsOf(prisonerId).stream().filter(x -> x.overlaps(l.startsOn(), l.expiresOn()))
        .forEach(x -> withheld.addAll(x.means()));
    if (withheld.containsAll(EnumSet.allOf(ContactMeans.class))) {
      throw BagytException.conflict("family-contact-ban", "contact.error.family-contact-ban");
    }
    UUID id = store.insertLimit(prisonerId, location.facilityId(), l, user.username(), clock.instant());
    audit.record(AuditEvent.of(LIMIT_IMPOSED, RESOURCE, id).forPrisoner(prisonerId).atFacility(location.facilityId()));
    return store.limitsOf(prisonerId).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  /** Records the register without the rules for new entries (demo data). */
  @Transactional
  public void recordPast(UUID prisonerId, UUID facilityId, NewVisitor visitor, List<NewContact> contacts, String by,
      Instant at) {
    UUID id = store.visitor(visitor, by, at);
    store.link(prisonerId, id, visitor.relationship(), by, at);
    for (NewContact c : contacts) {
      store.insertContact(prisonerId, facilityId, new NewContact(id, c.kind(), c.at(), c.minutes()), by, at);
    }
  }

  private static NewVisitor validated(NewVisitor v) {
    var errors = new LinkedHashMap<String, String>();
    if (v == null) {
      throw new InvalidFields(Map.of("familyName", "contact.error.name-required"));
    }
    name(errors, "familyName", v.familyName());
    name(errors, "givenName", v.givenName());
    String document = v.identityDocument() == null ? "" : v.identityDocument().strip().toUpperCase(java.util.Locale.ROOT);
    if (document.length() < 3 || document.length() > 40) {
      errors.put("identityDocument", "contact.error.document");
    }
    if (v.relationship() == null) {
      errors.put("relationship", "contact.error.relationship-required");
    }
    InvalidFields.throwIfAny(errors);
    return new NewVisitor(v.familyName().strip(), v.givenName().strip(), document, v.relationship());
  }

  private static void name(Map<String, String> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.put(field, "contact.error.name-required");
    } else if (value.strip().length() > MAX_NAME) {
      errors.put(field, "contact.error.too-long");
    }
  }

  private NewContactLimit validated(NewContactLimit l) {
    if (l == null) {
      throw new InvalidFields(Map.of("means", "contact.error.means-required"));
    }
    var errors = new LinkedHashMap<String, String>();
    var means = l.means() == null ? List.<ContactMeans>of() : l.means().stream().filter(java.util.Objects::nonNull)
        .distinct().toList();
    if (means.isEmpty()) {
      errors.put("means", "contact.error.means-required");
    } else if (means.size() == ContactMeans.values().length) {
      errors.put("means", "contact.error.family-contact-ban");
    }
    if (l.reason() == null || l.reason().isBlank()) {
      errors.put("reason", "contact.error.reason-required");
    } else if (l.reason().length() > MAX_REASON) {
      errors.put("reason", "contact.error.too-long");
    }
    LocalDate starts = l.startsOn() == null ? today() : l.startsOn();
    if (l.expiresOn() == null) {
      errors.put("expiresOn", "contact.error.expiry-required");
    } else if (l.expiresOn().isBefore(starts)) {
      errors.put("expiresOn", "contact.error.expiry-before-start");
    }
    InvalidFields.throwIfAny(errors);
    return new NewContactLimit(means, l.reason().strip(), starts, l.expiresOn());
  }
}
