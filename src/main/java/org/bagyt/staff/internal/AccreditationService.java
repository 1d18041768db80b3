package org.bagyt.staff.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.accounts.StaffDirectory;
import org.bagyt.accounts.StaffMember;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.SignedInUser;
import org.bagyt.staff.Accreditation;
import org.bagyt.platform.InvalidFields;
import org.bagyt.staff.AccreditationSubjects;
import org.bagyt.staff.AccreditationSubjects.Subject;
import org.bagyt.staff.Accreditations;
import org.bagyt.staff.NewAccreditation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, withdrawing and checking accreditations. Every write is one transaction with its audit event. */
@Service
public class AccreditationService implements Accreditations {

  static final String RESOURCE = "ACCREDITATION";

  private final AccreditationLedger ledger;
  private final StaffDirectory directory;
  private final List<AccreditationSubjects> subjects;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;
  private final StaffSettings settings;

  AccreditationService(AccreditationLedger ledger, StaffDirectory directory, List<AccreditationSubjects> subjects,
      AuditTrail audit, Clock clock, BagytProperties properties, StaffSettings settings) {
    this.ledger = ledger;
    this.directory = directory;
    this.subjects = subjects;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
    this.settings = settings;
  }

  /** The instruments that may be accredited, by code; the first provider naming a code wins. */
  Map<String, Subject> subjects() {
    var byCode = new LinkedHashMap<String, Subject>();
    subjects.forEach(provider -> provider.subjects().forEach(s -> byCode.putIfAbsent(s.code(), s)));
    return byCode;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean accredited(String username, String instrumentId, LocalDate on) {
    if (AccreditationRules.blank(username) || AccreditationRules.blank(instrumentId) || on == null) {
      return false;
    }
    return directory.find(username).map(m -> ledger.inForce(m.username(), instrumentId.strip(), on)).orElse(false);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Accreditation> of(String username) {
    return AccreditationRules.blank(username) ? List.of()
        : directory.find(username).map(m -> ledger.of(m.username())).orElse(List.of());
  }

  /**
   * Refuses, with every problem at once, an accreditation that {@link #record} would refuse as bad input; writes
   * nothing. An overlap is found on recording.
   */
  @Transactional(readOnly = true)
  public void check(NewAccreditation accreditation) {
    SignedInUser manager = StaffScope.require(StaffScope.MANAGE);
    var errors = problems(accreditation, manager);
    if (!errors.isEmpty()) {
      throw new InvalidFields(errors);
    }
  }

  @Override
  @Transactional
  public Accreditation record(NewAccreditation accreditation) {
    SignedInUser manager = StaffScope.require(StaffScope.MANAGE);
    var errors = problems(accreditation, manager);
    if (!errors.isEmpty()) {
      throw new InvalidFields(errors);
    }
    var person = find(accreditation.username()).orElseThrow();
    Accreditation saved = write(accreditation, person, manager.username());
    audit.record(AuditEvent.of(AuditActions.ACCREDITATION_RECORDED, RESOURCE, saved.id()));
    return saved;
  }

  @Override
  @Transactional
  public void withdraw(UUID id, String reason) {
    SignedInUser manager = StaffScope.require(StaffScope.MANAGE);
    Accreditation accreditation = ledger.find(id)
        .filter(a -> directory.find(a.username()).filter(m -> StaffScope.sees(manager, m)).isPresent())
        .orElseThrow(BagytException::notFound);
    var problem = AccreditationRules.reasonProblem(reason);
    if (problem.isPresent()) {
      throw new InvalidFields(Map.of("reason", problem.get()));
    }
    if (accreditation.withdrawn() || !ledger.withdraw(id, manager.username(), clock.instant(), reason.strip())) {
      throw BagytException.conflict("already-withdrawn", "staff.error.already-withdrawn");
    }
    audit.record(AuditEvent.of(AuditActions.ACCREDITATION_WITHDRAWN, RESOURCE, id));
  }

  @Override
  @Transactional
  public void register(List<NewAccreditation> accreditations, String recordedBy) {
    if (AccreditationRules.blank(recordedBy)) {
      throw new IllegalArgumentException("register needs the name of whoever recorded the accreditations");
    }
    for (NewAccreditation a : accreditations) {
      // Trusted with the instrument codes, and with accounts since disabled: an import carries history.
      Optional<StaffMember> person = find(a.username());
      var errors = AccreditationRules.problems(a, person, false, code -> true, today());
      if (!errors.isEmpty()) {
        throw new InvalidFields(errors);
      }
      write(a, person.orElseThrow(), recordedBy.strip());
    }
  }

  /** Problems with an accreditation recorded by hand: the account enabled and in the manager's scope. */
  private Map<String, String> problems(NewAccreditation a, SignedInUser manager) {
    Optional<StaffMember> person = find(a.username()).filter(m -> StaffScope.sees(manager, m));
    return AccreditationRules.problems(a, person, true, subjects()::containsKey, today());
  }

  /** Writes one that keeps the rules, unless it overlaps one the person holds (409); nothing is written then. */
  private Accreditation write(NewAccreditation a, StaffMember person, String recordedBy) {
    String username = person.username();
    String instrumentId = a.instrumentId().strip();
    LocalDate expiresOn = a.expiresOn() != null ? a.expiresOn() : a.issuedOn().plusYears(settings.accreditationYears());
    ledger.lock(username, instrumentId);
    if (ledger.overlaps(username, instrumentId, a.issuedOn(), expiresOn)) {
      throw BagytException.conflict("accreditation-overlaps", "staff.error.overlaps");
    }
    return ledger.insert(username, instrumentId, a.issuedOn(), expiresOn, a.issuer().strip(), recordedBy, clock.instant());
  }

  private Optional<StaffMember> find(String username) {
    return AccreditationRules.blank(username) ? Optional.empty() : directory.find(username);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }
}
