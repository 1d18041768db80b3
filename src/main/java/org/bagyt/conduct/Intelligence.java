package org.bagyt.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.bagyt.assessment.ReviewReason;
import org.bagyt.assessment.ReviewSchedule;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.conduct.IntelligenceItem.AssertedLink;
import org.bagyt.conduct.internal.IntelligenceStore;
import org.bagyt.conduct.internal.PrisonerNames;
import org.bagyt.conduct.internal.PrisonerNames.Named;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intelligence log, for security staff only: analysts record graded items and review each other's, governors
 * read their facilities' items, headquarters reads everything. A handling code hides an item from anyone without its
 * permission; analysts and headquarters see the whole service ({@code intelligence.national}). Every read and change is
 * audited for each prisoner concerned; every refusal writes nothing.
 */
@Service
public class Intelligence {

  public static final String READ = "intelligence.read";
  public static final String RECORD = "intelligence.record";
  public static final String REVIEW = "intelligence.review";
  /** Sees intelligence and the association network of the whole service, not only of their facilities. */
  public static final String NATIONAL = "intelligence.national";

  static final String RESOURCE = "INTELLIGENCE_ITEM";
  static final String REGISTER = "INTELLIGENCE_REGISTER";
  static final String RECORDED = "INTELLIGENCE_RECORDED";
  static final String REVIEWED = "INTELLIGENCE_REVIEWED";
  static final String MADE_USABLE = "INTELLIGENCE_MADE_USABLE";
  private static final int REGISTER_LIMIT = 500;

  /** One line of the register. */
  public record Row(IntelligenceItem item, List<Named> subjects) {}

  /** What the item page shows, and what the reader may do. */
  public record ItemView(IntelligenceItem item, List<Named> subjects, Map<UUID, Named> people, boolean mayReview,
      boolean mayMakeUsable) {}

  private final IntelligenceStore store;
  private final PrisonerNames names;
  private final PrisonerLocations locations;
  private final ReviewSchedule reviews;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  Intelligence(IntelligenceStore store, PrisonerNames names, PrisonerLocations locations, ReviewSchedule reviews,
      AuditTrail audit, Clock clock, BagytProperties properties) {
    this.store = store;
    this.names = names;
    this.locations = locations;
    this.reviews = reviews;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  public GradingScheme scheme() {
    return store.scheme();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  /** Whether the signed-in person sees the whole service's intelligence and network. */
  static boolean national(SignedInUser user) {
    return user.serviceWide() || SignedInUser.holds(NATIONAL);
  }

  /** The newest items the reader may see: their facilities' (the whole service's when national), by handling code. */
  @Transactional
  public List<Row> register() {
    SignedInUser user = SignedInUser.require(READ);
    var items = store.newest(national(user) ? null : user.facilityIds(), REGISTER_LIMIT).stream()
        .filter(i -> i.visibleWith(SignedInUser::holds)).toList();
    var people = names.of(items.stream().flatMap(i -> i.subjects().stream()).distinct().toList());
    audit.record(AuditEvent.read(REGISTER, null).atFacility(national(user) || user.facilityIds().size() != 1
        ? null : user.facilityIds().get(0)));
    return items.stream().map(i -> new Row(i, i.subjects().stream().map(id -> PrisonerNames.orUnknown(people, id))
        .toList())).toList();
  }

  /** One item, audited for each prisoner it concerns; an item the reader may not see is not found (and audited). */
  @Transactional(noRollbackFor = BagytException.class)
  public ItemView item(UUID id) {
    SignedInUser user = SignedInUser.require(READ);
    IntelligenceItem item = visible(id, user);
    var people = names.of(Stream.concat(item.subjects().stream(),
        item.links().stream().flatMap(l -> Stream.of(l.prisonerA(), l.prisonerB()))).distinct().toList());
    item.subjects().forEach(p -> audit.record(AuditEvent.read(RESOURCE, id).forPrisoner(p).atFacility(item.facilityId())));
    boolean mayReview = SignedInUser.holds(REVIEW) && item.review() == null && !user.username().equals(item.recordedBy());
    boolean mayMakeUsable = SignedInUser.holds(RECORD) && !item.usable()
        && (item.review() == null ? !item.duressAlleged() : item.review().outcome() == IntelligenceItem.ReviewOutcome.USABLE);
    return new ItemView(item, item.subjects().stream().map(p -> PrisonerNames.orUnknown(people, p)).toList(), people,
        mayReview, mayMakeUsable);
  }

  /**
   * Records an item. Refuses, writing nothing: no grading or an unknown grade or handling code, no summary, provenance
   * or date, no prisoner, an unknown prisoner, a link naming an unknown prisoner or the same one twice (400 at the
   * field); an item alleged to come from duress that is to feed decisions (409 duress-unreviewed).
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public IntelligenceItem record(NewIntelligenceItem n) {
    SignedInUser user = SignedInUser.require(RECORD);
    if (n == null) {
      throw new InvalidFields(Map.of("sourceGrade", "intelligence.error.grade-required"));
    }
    GradingScheme scheme = store.scheme();
    var errors = new LinkedHashMap<String, String>();
    grade(errors, "sourceGrade", n.sourceGrade(), scheme.sourceGrade(trim(n.sourceGrade())).isPresent());
    grade(errors, "informationGrade", n.informationGrade(), scheme.informationGrade(trim(n.informationGrade())).isPresent());
    Optional<GradingScheme.HandlingCode> handling = scheme.handlingCode(trim(n.handlingCode()));
    if (blank(n.handlingCode())) {
      errors.put("handlingCode", "intelligence.error.handling-required");
    } else if (handling.isEmpty()) {
      errors.put("handlingCode", "intelligence.error.unknown-handling");
    }
    boolean conditional = handling.map(h -> h.sharing() == GradingScheme.Sharing.CONDITIONS).orElse(false);
    if (conditional) {
      text(errors, "handlingConditions", n.handlingConditions(), IntelligenceItem.MAX_CONDITIONS,
          "intelligence.error.conditions-required");
    }
    text(errors, "summary", n.summary(), IntelligenceItem.MAX_SUMMARY, "intelligence.error.summary-required");
    text(errors, "provenance", n.provenance(), IntelligenceItem.MAX_PROVENANCE, "intelligence.error.provenance-required");
    if (n.obtainedOn() == null) {
      errors.put("obtainedOn", "intelligence.error.obtained-required");
    } else if (n.obtainedOn().isAfter(today())) {
      errors.put("obtainedOn", "intelligence.error.obtained-future");
    }
    var subjects = new LinkedHashSet<UUID>();
    Location first = null;
    if (n.prisoners() == null || n.prisoners().stream().allMatch(Intelligence::blank)) {
      errors.put("prisoners", "intelligence.error.prisoner-required");
    } else {
      for (String ref : n.prisoners()) {
        if (blank(ref)) {
          continue;
        }
        Optional<Location> found = find(ref);
        if (found.isEmpty()) {
          errors.put("prisoners", "intelligence.error.unknown-prisoner");
          break;
        }
        first = first == null ? found.get() : first;
        subjects.add(found.get().prisonerId());
      }
    }
    var links = links(n, errors);
    boolean duress = Boolean.TRUE.equals(n.duressAlleged());
    if (duress) {
      text(errors, "duressNote", n.duressNote(), IntelligenceItem.MAX_NOTE, "intelligence.error.duress-note-required");
    }
    boolean usable = n.usable() == null ? !duress : n.usable();
    boolean askReview = Boolean.TRUE.equals(n.requestAssessmentReview());
    if (askReview && !usable && !duress) {
      errors.put("requestAssessmentReview", "intelligence.error.review-needs-usable");
    }
    InvalidFields.throwIfAny(errors);
    if (duress && (usable || askReview)) {
      throw IntelligenceItem.duressUnreviewed();
    }
    if (!national(user) && !user.worksIn(first.facilityId())) {
      audit.record(AuditEvent.create(RESOURCE, null).forPrisoner(first.prisonerId()).atFacility(first.facilityId()).denied());
      throw new OutsideScope();
    }
    var item = new IntelligenceItem(UUID.randomUUID(), store.nextReference(today().getYear()), first.facilityId(),
        trim(n.sourceGrade()), trim(n.informationGrade()), handling.orElseThrow(),
        conditional ? n.handlingConditions().strip() : null, n.summary().strip(), n.provenance().strip(), n.obtainedOn(),
        duress, duress ? n.duressNote().strip() : null, usable, null, user.username(), clock.instant(),
        List.copyOf(subjects), links, 0);
    store.insert(item);
    for (UUID p : subjects) {
      audit.record(AuditEvent.of(RECORDED, RESOURCE, item.id()).forPrisoner(p).atFacility(item.facilityId()));
    }
    if (askReview) {
      subjects.forEach(p -> reviews.requestReview(p, ReviewReason.NEW_INTELLIGENCE));
    }
    return item;
  }

  /**
   * A reviewer (never the recorder) records whether the item may feed decisions; only a review lets an item alleged
   * to come from duress be used. When it is found usable the reviewer may bring the prisoners' assessments forward.
   */
  @Transactional(noRollbackFor = BagytException.class)
  public IntelligenceItem review(UUID id, int version, IntelligenceItem.ReviewOutcome outcome, String note,
      boolean requestAssessmentReview) {
    SignedInUser user = SignedInUser.require(REVIEW);
    IntelligenceItem item = visible(id, user);
    var errors = new LinkedHashMap<String, String>();
    if (outcome == null) {
      errors.put("outcome", "intelligence.error.outcome-required");
    }
    text(errors, "reviewNote", note, IntelligenceItem.MAX_SUMMARY, "intelligence.error.review-note-required");
    if (requestAssessmentReview && outcome == IntelligenceItem.ReviewOutcome.NOT_USABLE) {
      errors.put("requestAssessmentReview", "intelligence.error.review-needs-usable");
    }
    InvalidFields.throwIfAny(errors);
    current(item, version);
    item.review(outcome, note.strip(), user.username(), clock.instant());
    store.update(item, version);
    item.subjects().forEach(p -> audit.record(AuditEvent.of(REVIEWED, RESOURCE, id).forPrisoner(p)
        .atFacility(item.facilityId()).withPurpose(outcome.name())));
    if (requestAssessmentReview) {
      item.subjects().forEach(p -> reviews.requestReview(p, ReviewReason.NEW_INTELLIGENCE));
    }
    return item;
  }

  /** Lets an item feed decisions; refused (409) while an allegation of duress is unreviewed. */
  @Transactional(noRollbackFor = BagytException.class)
  public IntelligenceItem makeUsable(UUID id, int version) {
    SignedInUser user = SignedInUser.require(RECORD);
    IntelligenceItem item = visible(id, user);
    current(item, version);
    item.markUsable();
    store.update(item, version);
    item.subjects().forEach(p -> audit.record(AuditEvent.of(MADE_USABLE, RESOURCE, id).forPrisoner(p)
        .atFacility(item.facilityId())));
    return item;
  }

  /** Records earlier items without the recording rules (demo, import of paper logs); the item still guards duress. */
  @Transactional
  public void recordPast(List<IntelligenceItem> items) {
    items.forEach(store::insert);
  }

  /** The next reference for an item recorded in the year. */
  public String nextReference(int year) {
    return store.nextReference(year);
  }

  private IntelligenceItem visible(UUID id, SignedInUser user) {
    IntelligenceItem item = store.find(id).orElseThrow(BagytException::notFound);
    if (!item.visibleWith(SignedInUser::holds) || !national(user) && !user.worksIn(item.facilityId())) {
      audit.record(AuditEvent.read(RESOURCE, id).atFacility(item.facilityId()).denied());
      throw BagytException.notFound();
    }
    return item;
  }

  private List<AssertedLink> links(NewIntelligenceItem n, Map<String, String> errors) {
    var links = new ArrayList<AssertedLink>();
    if (n.links() == null) {
      return links;
    }
    for (NewIntelligenceItem.NewLink l : n.links()) {
      if (l == null || blank(l.prisonerA()) && blank(l.prisonerB())) {
        continue;
      }
      Optional<Location> a = blank(l.prisonerA()) ? Optional.empty() : find(l.prisonerA());
      Optional<Location> b = blank(l.prisonerB()) ? Optional.empty() : find(l.prisonerB());
      if (a.isEmpty() || b.isEmpty()) {
        errors.put("links", "intelligence.error.link-unknown-prisoner");
        return links;
      }
      if (a.get().prisonerId().equals(b.get().prisonerId())) {
        errors.put("links", "intelligence.error.link-self");
        return links;
      }
      LocalDate from = l.from() != null ? l.from() : n.obtainedOn();
      if (from == null || l.to() != null && l.to().isBefore(from)) {
        errors.put("links", "intelligence.error.link-dates");
        return links;
      }
      UUID x = a.get().prisonerId();
      UUID y = b.get().prisonerId();
      links.add(AssertedLink.between(x, y, from, l.to()));
    }
    return links;
  }

  /** A prisoner named by id (the API) or number (the form). */
  private Optional<Location> find(String ref) {
    String r = ref.strip();
    try {
      return locations.find(UUID.fromString(r));
    } catch (IllegalArgumentException notAnId) {
      return locations.findByNumber(r.toUpperCase(java.util.Locale.ROOT));
    }
  }


  private static void current(IntelligenceItem item, int version) {
    if (item.version() != version) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  private static void grade(Map<String, String> errors, String field, String value, boolean known) {
    if (blank(value)) {
      errors.put(field, "intelligence.error.grade-required");
    } else if (!known) {
      errors.put(field, "intelligence.error.unknown-grade");
    }
  }

  private static void text(Map<String, String> errors, String field, String value, int max, String requiredKey) {
    if (blank(value)) {
      errors.put(field, requiredKey);
    } else if (value.strip().length() > max) {
      errors.put(field, "intelligence.error.too-long");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
