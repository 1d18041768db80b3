package org.bagyt.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints of ill-treatment made at admission, referred to an authority independent of the facility
 * (Mandela Rule 57(3)). Facility staff see their facilities' referrals; only headquarters and the inspectorate
 * close one, and only with the outcome written down.
 */
@Service
public class IllTreatmentReferrals {

  public static final String READ = "referral.read";
  public static final String CLOSE = "referral.close";
  static final String REFERRAL = "ILL_TREATMENT_REFERRAL";
  public static final int MAX_OUTCOME = 4000;
  static final int LIMIT = 200;

  /** A referral as its handlers see it. */
  public record Referral(UUID id, UUID prisonerId, String prisonerNumber, UUID facilityId, Instant raisedAt,
      String complaint, String visibleInjuries, Instant closedAt, String closedBy, String outcome, int version) {

    public boolean open() {
      return closedAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  IllTreatmentReferrals(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  private static final String SELECT = """
      SELECT r.id, r.prisoner_id, r.prisoner_number, r.facility_id, r.raised_at, a.ill_treatment_claim,
             a.visible_injuries, r.closed_at, r.closed_by, r.outcome, r.version
      FROM ill_treatment_referral r JOIN admission a ON a.id = r.admission_id
      """;

  /** Open referrals first (oldest first: they have waited longest), then the latest closed ones; each read audited. */
  @Transactional
  public List<Referral> list() {
    SignedInUser reader = user(READ);
    var referrals = jdbc.sql(SELECT + """
        WHERE (:serviceWide OR r.facility_id = ANY(:facilities))
        ORDER BY r.closed_at IS NOT NULL, CASE WHEN r.closed_at IS NULL THEN r.raised_at END, r.closed_at DESC
        LIMIT :limit""")
        .param("serviceWide", reader.serviceWide()).param("facilities", reader.facilityIds().toArray(UUID[]::new))
        .param("limit", LIMIT).query(IllTreatmentReferrals::referral).list();
    referrals.forEach(r -> audit.record(AuditEvent.read(REFERRAL, r.id()).forPrisoner(r.prisonerId())
        .atFacility(r.facilityId())));
    return referrals;
  }

  /** Referrals raised at this prisoner's admission, for the prisoner's file (the caller has checked scope). */
  public List<Referral> forPrisoner(UUID prisonerId) {
    return jdbc.sql(SELECT + " WHERE r.prisoner_id = ? ORDER BY r.raised_at").param(prisonerId)
        .query(IllTreatmentReferrals::referral).list();
  }

  /** Closes an open referral with its outcome; a stale version (someone else closed it meanwhile) is refused. */
  @Transactional
  public void close(UUID id, String outcome, int version) {
    SignedInUser closer = user(CLOSE);
    if (outcome == null || outcome.isBlank()) {
      throw BagytException.invalid("outcome-required", "referral.error.outcome-required");
    }
    if (outcome.length() > MAX_OUTCOME) {
      throw BagytException.invalid("outcome-too-long", "referral.error.outcome-too-long");
    }
    var referral = jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(IllTreatmentReferrals::referral).optional()
        .orElseThrow(BagytException::notFound);
    if (!referral.open()) {
      throw BagytException.conflict("referral-closed", "referral.error.already-closed");
    }
    int updated = jdbc.sql("""
        UPDATE ill_treatment_referral SET closed_at = ?, closed_by = ?, outcome = ?, version = version + 1
        WHERE id = ? AND version = ? AND closed_at IS NULL""")
        .params(Timestamp.from(clock.instant()), closer.username(), outcome.strip(), id, version).update();
    if (updated == 0) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.of(AuditActions.REFERRAL_CLOSED, REFERRAL, id).forPrisoner(referral.prisonerId())
        .atFacility(referral.facilityId()));
  }

  private static SignedInUser user(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  private static Referral referral(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Referral(rs.getObject("id", UUID.class), rs.getObject("prisoner_id", UUID.class),
        rs.getString("prisoner_number"), rs.getObject("facility_id", UUID.class), rs.getTimestamp("raised_at").toInstant(),
        rs.getString("ill_treatment_claim"), rs.getString("visible_injuries"),
        closed == null ? null : closed.toInstant(), rs.getString("closed_by"), rs.getString("outcome"), rs.getInt("version"));
  }
}
