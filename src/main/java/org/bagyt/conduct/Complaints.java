package org.bagyt.conduct;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.accounts.Role;
import org.bagyt.accounts.StaffDirectory;
import org.bagyt.accounts.StaffMember;
import org.bagyt.accounts.StaffNotices;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.conduct.internal.ComplaintStore;
import org.bagyt.conduct.internal.ConductRecordScope;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints (Mandela Rules 56-57). Staff record a prisoner's complaint on any day, as often as the prisoner makes
 * one; each gets a case number and a reply deadline. An allegation of torture or ill-treatment is referred at once:
 * every inspector is told in the recording transaction, and only the inspector (the independent body) closes it;
 * facility staff answer every other complaint. Every read and change is audited; a refusal writes nothing.
 */
@Service
public class Complaints {

  public static final String READ = "complaint.read";
  public static final String RECORD = "complaint.record";
  public static final String ANSWER = "complaint.answer";
  public static final String CLOSE_ALLEGATION = "complaint.close-allegation";

  static final String RESOURCE = "COMPLAINT";
  static final String REGISTER = "COMPLAINT_REGISTER";
  public static final String RECORDED = "COMPLAINT_RECORDED";
  public static final String REFERRED = "COMPLAINT_REFERRED";
  public static final String CLOSED = "COMPLAINT_CLOSED";

  static final int MAX_TEXT = 8000;
  static final int REGISTER_LIMIT = 500;

  private final ComplaintStore store;
  private final ConductRecordScope scope;
  private final StaffDirectory staff;
  private final StaffNotices notices;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;
  private final int replyDays;

  Complaints(ComplaintStore store, ConductRecordScope scope, StaffDirectory staff, StaffNotices notices,
      AuditTrail audit, Clock clock, BagytProperties properties,
      @Value("${bagyt.conduct.complaint-reply-days:14}") int replyDays) {
    if (replyDays < 1 || replyDays > 90) {
      throw new IllegalStateException("BAGYT_COMPLAINT_REPLY_DAYS must be from 1 to 90 days, not " + replyDays);
    }
    this.store = store;
    this.scope = scope;
    this.staff = staff;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
    this.replyDays = replyDays;
  }

  public int replyDays() {
    return replyDays;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  /**
   * Complaints of the reader's facilities (the whole service for headquarters and the inspector): open allegations
   * first, then open ones by deadline, then closed ones.
   */
  @Transactional
  public List<Complaint> register(boolean overdueOnly, boolean allegationsOnly, boolean openOnly) {
    SignedInUser user = SignedInUser.require(READ);
    var list = store.list(scope.readableFacilities(user), new ComplaintStore.Filter(overdueOnly, allegationsOnly,
        openOnly), today(), REGISTER_LIMIT);
    audit.record(AuditEvent.read(REGISTER, null)
        .atFacility(user.serviceWide() || user.facilityIds().size() != 1 ? null : user.facilityIds().get(0)));
    return list;
  }

  @Transactional(noRollbackFor = OutsideScope.class)
  public Complaint complaint(UUID id) {
    SignedInUser user = SignedInUser.require(READ);
    Complaint c = inScope(user, id, "READ");
    audit.record(AuditEvent.read(RESOURCE, id).forPrisoner(c.prisonerId()).atFacility(c.facilityId()));
    return c;
  }

  /** A prisoner's complaints as their file shows them, and whether the reader may record another. */
  public record OnFile(UUID prisonerId, List<Complaint> complaints, boolean mayRecord) {}

  /** The prisoner's complaints, for their file (the caller has opened it). */
  public OnFile ofPrisoner(UUID prisonerId) {
    return new OnFile(prisonerId, SignedInUser.holds(READ) ? store.ofPrisoner(prisonerId, today()) : List.of(),
        SignedInUser.holds(RECORD));
  }

  /** Records a complaint for a prisoner held in the recorder's facility; an allegation is referred at once. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Complaint record(UUID prisonerId, NewComplaint request) {
    SignedInUser user = SignedInUser.require(RECORD);
    var location = scope.prisoner(prisonerId);
    scope.requireFacility(user, location.facilityId(), RECORDED, RESOURCE, null, prisonerId);
    NewComplaint c = validated(request);
    Instant now = clock.instant();
    UUID id = store.insert(store.nextCaseNumber(now.atZone(properties.zone()).getYear()), prisonerId,
        location.facilityId(), c, c.madeOn().plusDays(replyDays), user.username(), now);
    Complaint saved = store.find(id, today()).orElseThrow();
    audit.record(AuditEvent.of(RECORDED, RESOURCE, id).forPrisoner(prisonerId).atFacility(location.facilityId()));
    if (saved.allegation() || saved.retaliation()) {
      tellTheInspectors(saved);
    }
    return saved;
  }

  /**
   * Facility staff reply to a complaint and close it. An allegation of torture or ill-treatment is refused here: the
   * independent body closes it.
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Complaint answer(UUID id, int version, String reply) {
    SignedInUser user = SignedInUser.require(ANSWER);
    Complaint c = inScope(user, id, CLOSED);
    if (c.allegation()) {
      audit.record(AuditEvent.of(CLOSED, RESOURCE, id).forPrisoner(c.prisonerId()).atFacility(c.facilityId()).denied());
      throw new BagytException(org.springframework.http.HttpStatus.CONFLICT, "allegation-independent",
          "complaint.error.allegation-independent");
    }
    return close(user, c, version, reply);
  }

  /** The independent body closes an allegation of torture or ill-treatment with its outcome. */
  @Transactional(noRollbackFor = OutsideScope.class)
  public Complaint decide(UUID id, int version, String outcome) {
    SignedInUser user = SignedInUser.require(CLOSE_ALLEGATION);
    Complaint c = inScope(user, id, CLOSED);
    if (!c.allegation()) {
      throw BagytException.conflict("not-an-allegation", "complaint.error.not-an-allegation");
    }
    return close(user, c, version, outcome);
  }

  /** Records complaints without the rules for new ones (demo data, import of paper registers). */
  @Transactional
  public UUID recordPast(UUID prisonerId, UUID facilityId, NewComplaint c, String by, Instant at, String reply,
      String closedBy) {
    UUID id = store.insert(store.nextCaseNumber(at.atZone(properties.zone()).getYear()), prisonerId, facilityId, c,
        c.madeOn().plusDays(replyDays), by, at);
    if (reply != null) {
      store.close(id, 0, reply, closedBy, at);
    } else if (c.category().allegation()) {
      tellTheInspectors(store.find(id, today()).orElseThrow());
    }
    return id;
  }

  private Complaint close(SignedInUser user, Complaint c, int version, String reply) {
    if (!c.open()) {
      throw BagytException.conflict("complaint-closed", "complaint.error.closed");
    }
    if (c.version() != version) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    String text = reply == null || reply.isBlank() ? null : reply.strip();
    if (text == null) {
      throw new InvalidFields(Map.of("reply", "complaint.error.reply-required"));
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidFields(Map.of("reply", "complaint.error.too-long"));
    }
    if (!store.close(c.id(), version, text, user.username(), clock.instant())) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.of(CLOSED, RESOURCE, c.id()).forPrisoner(c.prisonerId()).atFacility(c.facilityId()));
    return store.find(c.id(), today()).orElseThrow();
  }

  /** Each inspector sees the allegation (or the fear of retaliation) on their home page at once. */
  private void tellTheInspectors(Complaint c) {
    String key = c.allegation() ? "notice.complaint-allegation" : "notice.complaint-retaliation";
    for (StaffMember m : staff.members()) {
      if (m.enabled() && m.role() == Role.INSPECTOR) {
        notices.send(m.username(), key, c.caseNumber(), c.prisonerNumber(), c.facilityCode());
      }
    }
    if (c.allegation()) {
      audit.record(AuditEvent.of(REFERRED, RESOURCE, c.id()).forPrisoner(c.prisonerId()).atFacility(c.facilityId()));
    }
  }

  private Complaint inScope(SignedInUser user, UUID id, String action) {
    Complaint c = store.find(id, today()).orElseThrow(BagytException::notFound);
    scope.requireFacility(user, c.facilityId(), action, RESOURCE, id, c.prisonerId());
    return c;
  }

  private NewComplaint validated(NewComplaint c) {
    if (c == null) {
      throw new InvalidFields(Map.of("category", "complaint.error.category-required"));
    }
    var errors = new LinkedHashMap<String, String>();
    if (c.category() == null) {
      errors.put("category", "complaint.error.category-required");
    }
    if (c.text() == null || c.text().isBlank()) {
      errors.put("text", "complaint.error.text-required");
    } else if (c.text().length() > MAX_TEXT) {
      errors.put("text", "complaint.error.too-long");
    }
    if (c.retaliation() == null) {
      errors.put("retaliation", "complaint.error.retaliation-required");
    }
    LocalDate today = today();
    if (c.madeOn() != null && c.madeOn().isAfter(today)) {
      errors.put("madeOn", "complaint.error.made-on-future");
    }
    InvalidFields.throwIfAny(errors);
    return new NewComplaint(c.category(), c.text().strip(), c.retaliation(), c.madeOn() == null ? today : c.madeOn());
  }
}
