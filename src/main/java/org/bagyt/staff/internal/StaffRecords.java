package org.bagyt.staff.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.accounts.StaffDirectory;
import org.bagyt.accounts.StaffMember;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.staff.Accreditation;
import org.bagyt.staff.AccreditationSubjects.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff records as the pages and the API show them, within the reader's facilities ({@code staff.read}). Every
 * read is audited.
 */
@Service
public class StaffRecords {

  static final String RECORD = "STAFF_RECORD";

  /** An accreditation with the instrument's name (null when no module names the code any more) and where it stands. */
  public record Shown(Accreditation accreditation, Subject subject, Accreditation.Standing standing) {

    public String instrumentName(String language) {
      return subject == null ? accreditation.instrumentId() : subject.name(language);
    }
  }

  /** One person with the facilities they work in (codes; empty for service-wide roles) and their accreditations. */
  public record Entry(StaffMember member, List<String> facilityCodes, List<Shown> accreditations) {}

  /** One person's record, with what the reader may do with it. */
  public record Person(Entry entry, boolean mayManage, List<Subject> subjects, int validityYears, LocalDate today) {}

  private final StaffDirectory directory;
  private final AccreditationLedger ledger;
  private final AccreditationService accreditations;
  private final Estate estate;
  private final AuditTrail audit;
  private final StaffSettings settings;

  StaffRecords(StaffDirectory directory, AccreditationLedger ledger, AccreditationService accreditations, Estate estate,
      AuditTrail audit, StaffSettings settings) {
    this.directory = directory;
    this.ledger = ledger;
    this.accreditations = accreditations;
    this.estate = estate;
    this.audit = audit;
    this.settings = settings;
  }

  /** Everyone the reader may see, by user name, with their accreditations. */
  @Transactional
  public List<Entry> list() {
    SignedInUser reader = StaffScope.require(StaffScope.READ);
    var members = directory.members().stream().filter(m -> StaffScope.sees(reader, m)).toList();
    var held = ledger.of(members.stream().map(StaffMember::username).toList()).stream()
        .collect(Collectors.groupingBy(Accreditation::username));
    audit.record(AuditEvent.read(RECORD, null));
    var codes = facilityCodes();
    var subjects = accreditations.subjects();
    var today = accreditations.today();
    return members.stream()
        .map(m -> entry(m, held.getOrDefault(m.username(), List.of()), codes, subjects, today)).toList();
  }

  /** One person's record; 404 for someone unknown or outside the reader's facilities. */
  @Transactional
  public Person person(String username) {
    SignedInUser reader = StaffScope.require(StaffScope.READ);
    StaffMember member = visible(reader, username);
    audit.record(AuditEvent.read(RECORD, member.username()));
    var subjects = accreditations.subjects();
    var today = accreditations.today();
    var entry = entry(member, ledger.of(member.username()), facilityCodes(), subjects, today);
    var choices = subjects.values().stream().sorted(Comparator.comparing(Subject::code)).toList();
    return new Person(entry, SignedInUser.holds(StaffScope.MANAGE), choices, settings.accreditationYears(), today);
  }

  /**
   * Refuses with 404 someone unknown or outside the reader's facilities. Reveals nothing of the record, so it is not
   * itself an audited read; nor is {@link #holds}.
   */
  @Transactional(readOnly = true)
  public void checkVisible(String username) {
    visible(StaffScope.require(StaffScope.READ), username);
  }

  /** Whether the person holds this accreditation; 404 as for {@link #checkVisible}. */
  @Transactional(readOnly = true)
  public boolean holds(String username, UUID accreditationId) {
    StaffMember member = visible(StaffScope.require(StaffScope.READ), username);
    return ledger.of(member.username()).stream().anyMatch(a -> a.id().equals(accreditationId));
  }

  /** One person's accreditations, withdrawn ones included, latest issued first; 404 as for {@link #person}. */
  @Transactional
  public List<Accreditation> accreditationsOf(String username) {
    SignedInUser reader = StaffScope.require(StaffScope.READ);
    StaffMember member = visible(reader, username);
    audit.record(AuditEvent.read(RECORD, member.username()));
    return ledger.of(member.username());
  }

  private StaffMember visible(SignedInUser reader, String username) {
    return (AccreditationRules.blank(username) ? Optional.<StaffMember>empty() : directory.find(username))
        .filter(m -> StaffScope.sees(reader, m)).orElseThrow(BagytException::notFound);
  }

  private Map<UUID, String> facilityCodes() {
    return estate.facilities().stream().collect(Collectors.toMap(FacilitySummary::id, FacilitySummary::code));
  }

  private static Entry entry(StaffMember member, List<Accreditation> held, Map<UUID, String> codes,
      Map<String, Subject> subjects, LocalDate today) {
    var facilityCodes = member.facilityIds().stream().map(id -> codes.getOrDefault(id, id.toString())).sorted().toList();
    var shown = held.stream().map(a -> new Shown(a, subjects.get(a.instrumentId()), a.standingOn(today))).toList();
    return new Entry(member, facilityCodes, shown);
  }
}
