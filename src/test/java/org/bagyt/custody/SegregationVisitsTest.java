package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.custody.internal.SegregationVisits;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A day without the required visit alerts the facility's governors once, however often the job runs. */
class SegregationVisitsTest extends IntegrationTest {

  @Autowired
  Segregation segregation;

  @Autowired
  SegregationVisits visits;

  private long notices(String recipient, String key, String number) {
    return jdbc.sql("SELECT count(*) FROM staff_notification WHERE recipient = ? AND message_key = ? AND arguments[1] = ?")
        .params(recipient, key, number).query(Long.class).single();
  }

  @Test
  void aMissedHealthVisitYesterdayAlertsTheGovernorExactlyOnce() {
    var fixtures = new SegregationFixtures(jdbc);
    UUID prisoner = fixtures.adult("IK-47", "MALE");
    var held = jdbc.sql("SELECT p.number, p.facility_id FROM prisoner p WHERE p.id = ?").param(prisoner).query().singleRow();
    String number = (String) held.get("number");
    LocalDate today = segregation.today();
    LocalDate start = today.minusDays(3);
    var order = new SegregationOrder(UUID.randomUUID(), prisoner, (UUID) held.get("facility_id"),
        SegregationType.DISCIPLINARY, SegregationStatus.ACTIVE, "Assault on another prisoner", "governor", Instant.now(),
        start, start.plusDays(9), start.plusDays(9), null, null, null, "Nurse Asanova", "No disability", null, null, 0);
    // Days 1 and 2 have both visits; yesterday (day 3) has the management visit only; today is not over yet.
    var days = List.of(
        new SegregationDay(start, BigDecimal.ONE, BigDecimal.ONE, "Nurse Asanova", "Deputy governor Osmonov", null),
        new SegregationDay(start.plusDays(1), BigDecimal.ONE, BigDecimal.ONE, "Nurse Asanova", "Deputy governor Osmonov", null),
        new SegregationDay(start.plusDays(2), BigDecimal.ONE, BigDecimal.ONE, null, "Deputy governor Osmonov", null));
    segregation.recordPast(List.of(new PastSegregation(order, days, "officer", null, null)));

    visits.alertMissed();
    visits.alertMissed();

    assertThat(notices("governor", "notice.segregation-missed-visit.HEALTH", number)).isEqualTo(1);
    assertThat(notices("governor", "notice.segregation-missed-visit.MANAGEMENT", number)).isZero();
    assertThat(notices("governor-ik-1", "notice.segregation-missed-visit.HEALTH", number)).isZero();
    assertThat(jdbc.sql("SELECT day FROM segregation_missed_visit WHERE order_id = ?").param(order.id())
        .query(LocalDate.class).list()).containsExactly(start.plusDays(2));
    // The demo's own missed visit in colony No. 47 was alerted once too, and only that one of its orders.
    assertThat(jdbc.sql("""
        SELECT count(*) FROM segregation_missed_visit m JOIN segregation_order o ON o.id = m.order_id
        WHERE o.id <> ? AND o.authorised_by = 'governor'""").param(order.id()).query(Long.class).single()).isEqualTo(1);
  }
}
