package org.bagyt.custody;

import org.bagyt.prisoners.PrisonerSearch;
import org.bagyt.prisoners.LikelyDuplicate;
import java.util.List;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.custody.internal.AdmissionRules;
import org.bagyt.estate.FreeBeds;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.LatinSpelling;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.PersonalParticulars;
import org.bagyt.prisoners.Registration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admitting a person into a facility (Mandela Rule 7): on a commitment order, into a cell with a free bed in
 * one of the admitting officer's facilities. One transaction: the register entry, the bed, the particulars,
 * the admission record, any ill-treatment referral and the audit event are all written, or none is.
 */
@Service
public class Admissions {

  public static final String ADMIT = "prisoner.admit";
  static final String ADMISSION = "ADMISSION";

  private final Registration registration;
  private final FreeBeds freeBeds;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final BagytProperties properties;
  private final PrisonerSearch search;
  private final ApplicationEventPublisher events;
  private final List<PlacementGate> gates;

  Admissions(Registration registration, FreeBeds freeBeds, AuditTrail audit, JdbcClient jdbc, Clock clock,
      BagytProperties properties, PrisonerSearch search, ApplicationEventPublisher events, List<PlacementGate> gates) {
    this.gates = gates;
    this.events = events;
    this.search = search;
    this.registration = registration;
    this.freeBeds = freeBeds;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Refuses an admission that breaks a rule, writing nothing: missing or impossible details, a facility outside
   * the officer's scope, a cell that does not exist or is in another facility. A full cell is found on saving.
   */
  public void check(NewAdmission admission) {
    SignedInUser officer = officer();
    Map<String, String> errors = new LinkedHashMap<>(AdmissionRules.problems(admission, today()));
    if (admission.facilityId() != null && !officer.worksIn(admission.facilityId())) {
      throw new BagytException(HttpStatus.FORBIDDEN, "facility-outside-scope", "admission.error.facility.outside-scope");
    }
    if (admission.cellId() != null && !errors.containsKey("facility")) {
      var facility = freeBeds.facilityOf(admission.cellId());
      if (facility.isEmpty()) {
        errors.put("cell", "error.unknown-cell");
      } else if (!facility.get().equals(admission.facilityId())) {
        errors.put("cell", "admission.error.cell.other-facility");
      }
    }
    if (!errors.isEmpty()) {
      throw new AdmissionRefused(errors);
    }
  }

  /**
   * People already on file, anywhere and released or not, who are probably the person being admitted (a close
   * name in any script, the same or a plausibly mistyped birth date): shown before a second record is made.
   */
  @Transactional
  public List<LikelyDuplicate> likelyDuplicates(NewAdmission a) {
    if (a.familyName() == null || a.givenName() == null || a.dateOfBirth() == null) {
      return List.of();
    }
    return search.likelyDuplicates(a.familyName(), a.givenName(), a.patronymic(), a.dateOfBirth());
  }

  @Transactional
  public Admitted admit(NewAdmission a) {
    check(a);
    Instant now = clock.instant();
    String latinName = a.latinName() == null || a.latinName().isBlank()
        ? LatinSpelling.suggest(a.familyName(), a.givenName(), a.nameScript()) : a.latinName().strip();
    var person = new NewPrisoner(a.familyName().strip(), a.givenName().strip(), blankToNull(a.patronymic()), latinName,
        a.dateOfBirth(), a.sex(), a.citizenship().strip(), a.legalStatus(), a.facilityId(), a.cellId(), now,
        new CommitmentOrder(a.commitmentOrder().authority().strip(), a.commitmentOrder().documentNumber().strip(),
            a.commitmentOrder().issuedOn()));
    var particulars = new PersonalParticulars(a.genderIdentity(), a.placeOfBirth(), a.otherSpellings().stream()
        .filter(s -> !s.isBlank()).toList(), a.documents(), a.family(), a.emergencyContact());
    var registered = registration.register(person, particulars); // takes the bed: a full cell is refused here
    // The same placement check as every move; a refusal rolls the whole admission back. An admission cannot wait for
    // a second person, so there is no override here: the refusal says to admit to reception (no cell) and then ask
    // for an emergency cell move, which can.
    if (a.cellId() != null) {
      PlacementGate.refusals(gates, registered.prisonerId(), a.cellId(), PlacementGate.Kind.ADMISSION).stream()
          .findFirst().ifPresent(refusal -> {
            throw refusal.refusal("admission.error.placement-refused");
          });
    }
    UUID admissionId = jdbc.sql("""
        INSERT INTO admission (prisoner_id, facility_id, admitted_at, recorded_by, reason, arrested_at, arrest_place,
                               visible_injuries, ill_treatment_claim, information_given, information_language, interpreter_used)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
        .params(registered.prisonerId(), a.facilityId(), Timestamp.from(now), officer().username(), a.reason().strip(),
            a.arrestedOn(), blankToNull(a.arrestPlace()), blankToNull(a.visibleInjuries()),
            blankToNull(a.illTreatmentComplaint()), a.informationGiven(),
            a.informationGiven() ? a.informationLanguage() : null, a.interpreterUsed())
        .query(UUID.class).single();
    for (int i = 0; i < a.property().size(); i++) {
      var item = a.property().get(i);
      jdbc.sql("INSERT INTO admission_property (admission_id, description, quantity, position) VALUES (?, ?, ?, ?)")
          .params(admissionId, item.description().strip(), item.quantity(), i).update();
    }
    audit.record(AuditEvent.of(AuditActions.ADMITTED, ADMISSION, admissionId).forPrisoner(registered.prisonerId())
        .atFacility(a.facilityId()));
    UUID referralId = null;
    if (a.complainsOfIllTreatment()) {
      referralId = jdbc.sql("""
          INSERT INTO ill_treatment_referral (admission_id, prisoner_id, prisoner_number, facility_id, raised_at)
          VALUES (?, ?, ?, ?, ?) RETURNING id""")
          .params(admissionId, registered.prisonerId(), registered.number(), a.facilityId(), Timestamp.from(now))
          .query(UUID.class).single();
      audit.record(AuditEvent.of(AuditActions.REFERRAL_RAISED, IllTreatmentReferrals.REFERRAL, referralId)
          .forPrisoner(registered.prisonerId()).atFacility(a.facilityId()));
    }
    var admitted = new Admitted(registered.prisonerId(), registered.number(), admissionId, referralId);
    events.publishEvent(admitted);
    return admitted;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  static SignedInUser officer() {
    if (!SignedInUser.holds(ADMIT)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
