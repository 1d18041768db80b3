package org.bagyt.custody.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.custody.ContactRestriction;
import org.bagyt.custody.ReviewDecision;
import org.bagyt.custody.SegregationDay;
import org.bagyt.custody.SegregationOrder;
import org.bagyt.custody.SegregationStatus;
import org.bagyt.custody.SegregationType;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Segregation orders, their daily log, reviews and missed visits, in the custody module's tables. */
@Component
public class SegregationStore {

  /** A review decision as recorded. */
  public record Review(ReviewDecision decision, String recordedBy, Instant recordedAt) {}

  /** The declaration an order was made with (all false once stored: a true one is refused). */
  public record Declaration(boolean pregnant, boolean breastfeeding, boolean withInfant, boolean disabilityWorsened) {}

  /** A missed visit as alerted. */
  public record MissedVisit(UUID orderId, LocalDate day, String kind) {}

  private static final String ORDER = """
      SELECT id, prisoner_id, facility_id, type, status, reason, authorised_by, authorised_at, starts_on, ends_on,
             review_on, ended_on, end_reason, ended_by, health_declared_by, disability_note, contact_restriction,
             contact_restricted_until, version FROM segregation_order""";

  private final JdbcClient jdbc;

  SegregationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<SegregationOrder> find(UUID id) {
    return jdbc.sql(ORDER + " WHERE id = ?").param(id).query(SegregationStore::order).optional();
  }

  /** Every order of the person, past and present. */
  public List<SegregationOrder> ofPrisoner(UUID prisonerId) {
    return jdbc.sql(ORDER + " WHERE prisoner_id = ? ORDER BY starts_on DESC").param(prisonerId)
        .query(SegregationStore::order).list();
  }

  /** Orders in force on the day, in the facilities given (all when {@code facilities} is null). */
  public List<SegregationOrder> inForce(LocalDate day, Collection<UUID> facilities) {
    return jdbc.sql(ORDER + " " + """
         WHERE starts_on <= :day AND coalesce(ended_on, ends_on) >= :day
           AND (:all OR facility_id = ANY(:facilities)) ORDER BY starts_on, id""")
        .param("day", day).param("all", facilities == null)
        .param("facilities", facilities == null ? new UUID[0] : facilities.toArray(UUID[]::new))
        .query(SegregationStore::order).list();
  }

  /** Orders whose days reach back to {@code since}: those a missed visit could still be found in. */
  public List<SegregationOrder> runningSince(LocalDate since) {
    return jdbc.sql(ORDER + " WHERE coalesce(ended_on, ends_on) >= ? ORDER BY starts_on, id").param(since)
        .query(SegregationStore::order).list();
  }

  public void insert(SegregationOrder o, Declaration d) {
    jdbc.sql("""
        INSERT INTO segregation_order (id, prisoner_id, facility_id, type, status, reason, authorised_by, authorised_at,
          starts_on, ends_on, review_on, ended_on, end_reason, ended_by, health_declared_by, pregnant, breastfeeding,
          with_infant, disability_worsened, disability_note, contact_restriction, contact_restricted_until, version)
        VALUES (:id, :prisoner, :facility, :type, :status, :reason, :by, :at, :starts, :ends, :review, :ended, :endReason,
          :endedBy, :declaredBy, :pregnant, :breastfeeding, :infant, :disability, :disabilityNote, :restriction, :until, 0)""")
        .param("id", o.id()).param("prisoner", o.prisonerId()).param("facility", o.facilityId())
        .param("type", o.type().name()).param("status", o.status().name()).param("reason", o.reason())
        .param("by", o.authorisedBy()).param("at", Timestamp.from(o.authorisedAt()))
        .param("starts", o.startsOn()).param("ends", o.endsOn()).param("review", o.reviewOn())
        .param("ended", o.endedOn()).param("endReason", o.endReason()).param("endedBy", o.endedBy())
        .param("declaredBy", o.healthDeclaredBy()).param("pregnant", d.pregnant()).param("breastfeeding", d.breastfeeding())
        .param("infant", d.withInfant()).param("disability", d.disabilityWorsened())
        .param("disabilityNote", o.disabilityNote())
        .param("restriction", o.contactRestriction() == null ? null : o.contactRestriction().name())
        .param("until", o.contactRestrictedUntil()).update();
  }

  /** Saves what may change, at the version read; a stale version is refused and nothing is written. */
  public void update(SegregationOrder o, int expectedVersion) {
    int changed = jdbc.sql("""
        UPDATE segregation_order SET status = ?, ends_on = ?, review_on = ?, ended_on = ?, end_reason = ?, ended_by = ?,
          version = version + 1 WHERE id = ? AND version = ?""")
        .params(o.status().name(), o.endsOn(), o.reviewOn(), o.endedOn(), o.endReason(), o.endedBy(), o.id(), expectedVersion)
        .update();
    if (changed != 1) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  /** Adds a day to the log; a day already logged stays as it was (409). */
  public void addDay(UUID orderId, SegregationDay d, String by, Instant at) {
    int added = jdbc.sql("""
        INSERT INTO segregation_day (order_id, day, contact_hours, out_of_cell_hours, health_visit_by, management_visit_by,
          note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, day) DO NOTHING""")
        .params(orderId, d.day(), d.contactHours(), d.outOfCellHours(), d.healthVisitBy(), d.managementVisitBy(), d.note(),
            by, Timestamp.from(at))
        .update();
    if (added != 1) {
      throw BagytException.conflict("day-already-logged", "segregation.error.day-already-logged");
    }
  }

  /** The log of the given orders, oldest day first. */
  public List<LoggedDay> days(Collection<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        SELECT order_id, day, contact_hours, out_of_cell_hours, health_visit_by, management_visit_by, note, recorded_by
        FROM segregation_day WHERE order_id = ANY(?) ORDER BY day""").param(orderIds.toArray(UUID[]::new))
        .query((rs, n) -> new LoggedDay(rs.getObject(1, UUID.class), new SegregationDay(rs.getObject(2, LocalDate.class),
            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8)))
        .list();
  }

  /** A day of an order's log, with who recorded it. */
  public record LoggedDay(UUID orderId, SegregationDay day, String recordedBy) {}

  public void addReview(UUID orderId, ReviewDecision r, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO segregation_review (order_id, reviewer_name, reviewer_role, decision, reasons, ends_on, next_review_on,
          recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(orderId, r.reviewerName().strip(), r.reviewerRole().strip(), r.decision().name(), r.reasons().strip(),
            r.decision() == ReviewDecision.Outcome.CONTINUE ? r.endsOn() : null,
            r.decision() == ReviewDecision.Outcome.CONTINUE ? r.nextReviewOn() : null, by, Timestamp.from(at))
        .update();
  }

  public List<Review> reviews(UUID orderId) {
    return jdbc.sql("""
        SELECT reviewer_name, reviewer_role, decision, reasons, ends_on, next_review_on, recorded_by, recorded_at
        FROM segregation_review WHERE order_id = ? ORDER BY recorded_at""").param(orderId)
        .query((rs, n) -> new Review(new ReviewDecision(rs.getString(1), rs.getString(2),
            ReviewDecision.Outcome.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
            rs.getObject(6, LocalDate.class)), rs.getString(7), rs.getTimestamp(8).toInstant()))
        .list();
  }

  /** Claims the alert for a missed visit; false when it was raised before (on this node or another). */
  public boolean claimMissedVisit(UUID orderId, LocalDate day, String kind, int recipients, Instant at) {
    return jdbc.sql("""
        INSERT INTO segregation_missed_visit (order_id, day, kind, alerted_at, recipients) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (order_id, day, kind) DO NOTHING""")
        .params(orderId, day, kind, Timestamp.from(at), recipients).update() == 1;
  }

  private static SegregationOrder order(ResultSet rs, int n) throws SQLException {
    String restriction = rs.getString("contact_restriction");
    return new SegregationOrder(rs.getObject("id", UUID.class), rs.getObject("prisoner_id", UUID.class),
        rs.getObject("facility_id", UUID.class), SegregationType.valueOf(rs.getString("type")),
        SegregationStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("authorised_by"),
        rs.getTimestamp("authorised_at").toInstant(), rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getString("ended_by"),
        rs.getString("health_declared_by"), rs.getString("disability_note"),
        restriction == null ? null : ContactRestriction.valueOf(restriction),
        rs.getObject("contact_restricted_until", LocalDate.class), rs.getInt("version"));
  }
}
