package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bagyt.custody.SegregationFixtures.from;
import static org.bagyt.custody.SegregationFixtures.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.custody.internal.SegregationStore.LoggedDay;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each segregation limit at its boundary, with the default limits (DOMAIN.md §8): the last allowed day is accepted,
 * the next refused, and a refusal writes nothing.
 */
class SegregationLimitsTest extends IntegrationTest {

  @Autowired
  Segregation segregation;

  private SegregationFixtures fixtures;
  private LocalDate today;

  @BeforeEach
  void governor() {
    fixtures = new SegregationFixtures(jdbc);
    ActingAs.user(jdbc, "governor");
    today = segregation.today();
  }

  @AfterEach
  void signOut() {
    ActingAs.nobody();
  }

  /** The refusal's problem type, after proving it changed nothing. */
  private String refused(Executable action) {
    long before = fixtures.rows();
    var thrown = org.junit.jupiter.api.Assertions.assertThrows(BagytException.class, action);
    assertThat(fixtures.rows()).as("rows after a refusal").isEqualTo(before);
    return thrown instanceof InvalidFields invalid ? "invalid:" + String.join(",", invalid.errors().keySet()) : thrown.type();
  }

  @Test
  void disciplinarySegregationEndsOnDay14AtTheLatest() {
    UUID first = fixtures.adult("IK-47", "MALE");
    assertThat(refused(() -> segregation.orderSegregation(first, from(request(SegregationType.DISCIPLINARY, today, 15),
        today, today.plusDays(14), today.plusDays(13))))).isEqualTo("disciplinary-limit");
    var order = segregation.orderSegregation(first, request(SegregationType.DISCIPLINARY, today, 14));
    assertThat(order.endsOn()).isEqualTo(today.plusDays(13));
    assertThat(order.status()).isEqualTo(SegregationStatus.ACTIVE);
    // Not even an independent decision takes a disciplinary order past day 14.
    ActingAs.user(jdbc, "hq");
    assertThat(refused(() -> segregation.recordReview(order.id(), 0, new ReviewDecision("N. Abdykadyrov", "Prosecutor",
        ReviewDecision.Outcome.CONTINUE, "Still a risk", today.plusDays(14), today.plusDays(14)))))
        .isEqualTo("disciplinary-limit");
    ActingAs.user(jdbc, "governor");
    assertThat(refused(() -> segregation.extend(order.id(), 0, today.plusDays(14)))).isEqualTo("disciplinary-limit");
  }

  @Test
  void theIndependentReviewIsOnDay15AtTheLatest() {
    UUID id = fixtures.adult("IK-47", "MALE");
    var day15 = request(SegregationType.ADMINISTRATIVE, today, 15);
    assertThat(refused(() -> segregation.orderSegregation(id, from(day15, today, today.plusDays(14), today.plusDays(15)))))
        .isEqualTo("review-too-late");
    var order = segregation.orderSegregation(id, day15);
    assertThat(order.reviewOn()).isEqualTo(today.plusDays(14));
  }

  @Test
  void noOrderContinuesPastDay15WithoutAnIndependentDecisionBySomeoneElse() {
    UUID id = fixtures.adult("IK-47", "MALE");
    var request = request(SegregationType.ADMINISTRATIVE, today, 10);
    assertThat(refused(() -> segregation.orderSegregation(id, from(request, today, today.plusDays(15), today.plusDays(9)))))
        .isEqualTo("independent-decision-required");
    var ordered = segregation.orderSegregation(id, request);
    // The governor may move the end to day 15, not to day 16.
    segregation.extend(ordered.id(), 0, today.plusDays(14));
    assertThat(refused(() -> segregation.extend(ordered.id(), 1, today.plusDays(15))))
        .isEqualTo("independent-decision-required");

    // An order on its day 11, ending on day 15: only an independent decision by someone else continues it.
    UUID other = fixtures.adult("IK-47", "MALE");
    var facility = jdbc.sql("SELECT facility_id FROM prisoner WHERE id = ?").param(other).query(UUID.class).single();
    LocalDate start = today.minusDays(10);
    var order = new SegregationOrder(UUID.randomUUID(), other, facility, SegregationType.ADMINISTRATIVE,
        SegregationStatus.ACTIVE, "Threats on the wing", "governor", java.time.Instant.now(), start, start.plusDays(14),
        start.plusDays(14), null, null, null, "Nurse Asanova", "No disability", null, null, 0);
    segregation.recordPast(List.of(new PastSegregation(order, List.of(), "officer", null, null)));
    assertThat(refused(() -> segregation.extend(order.id(), 0, start.plusDays(15))))
        .isEqualTo("independent-decision-required");
    var decision = new ReviewDecision("N. Abdykadyrov", "Prosecutor's office", ReviewDecision.Outcome.CONTINUE,
        "The threat persists; reviewed in person", start.plusDays(20), start.plusDays(18));
    // The authoriser cannot be the independent reviewer, even holding the permission.
    jdbc.sql("INSERT INTO role_permission (role, permission) VALUES ('GOVERNOR', 'segregation.review')").update();
    try {
      ActingAs.user(jdbc, "governor");
      assertThat(refused(() -> segregation.recordReview(order.id(), 0, decision))).isEqualTo("review-by-authoriser");
    } finally {
      jdbc.sql("DELETE FROM role_permission WHERE role = 'GOVERNOR' AND permission = 'segregation.review'").update();
    }
    ActingAs.user(jdbc, "hq");
    // Each decision authorises at most the review limit from the day it is taken.
    assertThat(refused(() -> segregation.recordReview(order.id(), 0, new ReviewDecision("N. Abdykadyrov", "Prosecutor",
        ReviewDecision.Outcome.CONTINUE, "Still a risk", today.plusDays(15), today.plusDays(10)))))
        .isEqualTo("review-too-late");
    var continued = segregation.recordReview(order.id(), 0, decision);
    assertThat(continued.status()).isEqualTo(SegregationStatus.EXTENDED);
    assertThat(continued.endsOn()).isEqualTo(start.plusDays(20));
    assertThat(jdbc.sql("SELECT recorded_by FROM segregation_review WHERE order_id = ?").param(order.id())
        .query(String.class).single()).isEqualTo("hq");
    // Once continued by a decision, the governor cannot move the end again on their own.
    ActingAs.user(jdbc, "governor");
    assertThat(refused(() -> segregation.extend(order.id(), 1, start.plusDays(21))))
        .isEqualTo("independent-decision-required");
  }

  @Test
  void disciplinaryOrdersCannotBeChained() {
    UUID id = fixtures.adult("IK-47", "MALE");
    var first = segregation.orderSegregation(id, request(SegregationType.DISCIPLINARY, today, 3));
    var next = request(SegregationType.DISCIPLINARY, today, 3);
    LocalDate end = first.endsOn();
    assertThat(refused(() -> segregation.orderSegregation(id, from(next, end, end.plusDays(2), end.plusDays(2)))))
        .isEqualTo("chaining");
    assertThat(refused(() -> segregation.orderSegregation(id, from(next, end.plusDays(1), end.plusDays(3), end.plusDays(3)))))
        .isEqualTo("chaining");
    var later = segregation.orderSegregation(id, from(next, end.plusDays(2), end.plusDays(4), end.plusDays(4)));
    assertThat(later.startsOn()).isEqualTo(end.plusDays(2));
    // Any other order overlapping one in force is refused too.
    assertThat(refused(() -> segregation.orderSegregation(id, from(request(SegregationType.PROTECTIVE, today, 2),
        today.plusDays(1), today.plusDays(2), today.plusDays(2))))).isEqualTo("already-segregated");
  }

  @Test
  void noOneUnder18IsSegregated() {
    UUID id = fixtures.adult("IK-47", "MALE");
    jdbc.sql("UPDATE prisoner SET date_of_birth = ? WHERE id = ?").params(today.minusYears(18).plusDays(1), id).update();
    assertThat(refused(() -> segregation.orderSegregation(id, request(SegregationType.PROTECTIVE, today, 5))))
        .isEqualTo("juvenile");
    jdbc.sql("UPDATE prisoner SET date_of_birth = ? WHERE id = ?").params(today.minusYears(18), id).update();
    assertThat(segregation.orderSegregation(id, request(SegregationType.PROTECTIVE, today, 5)).status())
        .isEqualTo(SegregationStatus.ACTIVE);
  }

  @Test
  void noPregnantOrBreastfeedingWomanNorWomanWithAnInfantIsSegregated() {
    ActingAs.user(jdbc, "governor-ik-2");
    UUID id = fixtures.adult("IK-2", "FEMALE");
    var base = request(SegregationType.DISCIPLINARY, today, 5);
    assertThat(refused(() -> segregation.orderSegregation(id, base)))
        .isEqualTo("invalid:pregnant,breastfeeding,withInfant");
    assertThat(refused(() -> segregation.orderSegregation(id, declared(base, true, false, false)))).isEqualTo("pregnant");
    assertThat(refused(() -> segregation.orderSegregation(id, declared(base, false, true, false)))).isEqualTo("breastfeeding");
    assertThat(refused(() -> segregation.orderSegregation(id, declared(base, false, false, true)))).isEqualTo("with-infant");
    assertThat(segregation.orderSegregation(id, declared(base, false, false, false)).status())
        .isEqualTo(SegregationStatus.ACTIVE);
  }

  @Test
  void everyOrderNeedsAReasonAPlannedEndAReviewDateAndADisabilityReview() {
    UUID id = fixtures.adult("IK-47", "MALE");
    var ok = request(SegregationType.ADMINISTRATIVE, today, 5);
    assertThat(refused(() -> segregation.orderSegregation(id, new NewSegregationOrder(ok.type(), " ", today, null, null,
        ok.healthDeclaredBy(), null, null, null, null, null, null, null))))
        .isEqualTo("invalid:reason,endsOn,reviewOn,disabilityWorsened,disabilityNote");
    assertThat(refused(() -> segregation.orderSegregation(id, new NewSegregationOrder(ok.type(), ok.reason(), today,
        ok.endsOn(), ok.reviewOn(), ok.healthDeclaredBy(), null, null, null, true, "Severe anxiety disorder", null, null))))
        .isEqualTo("disability-worsened");
  }

  @Test
  void familyContactIsNeverBannedAndARestrictionOfItsMeansExpires() {
    UUID id = fixtures.adult("IK-47", "MALE");
    var ok = request(SegregationType.DISCIPLINARY, today, 5);
    assertThat(refused(() -> segregation.orderSegregation(id, restricted(ok, ContactRestriction.NO_FAMILY_CONTACT,
        today.plusDays(2))))).isEqualTo("family-contact-ban");
    assertThat(refused(() -> segregation.orderSegregation(id, restricted(ok, ContactRestriction.SUPERVISED_CALLS_ONLY,
        null)))).isEqualTo("invalid:contactRestrictedUntil");
    var order = segregation.orderSegregation(id, restricted(ok, ContactRestriction.SUPERVISED_CALLS_ONLY, today.plusDays(2)));
    assertThat(order.contactRestrictedUntil()).isEqualTo(today.plusDays(2));
  }

  @Test
  void consecutiveSolitaryDaysCountFromTheLogAndTwoHoursOfContactBreakTheRun() {
    var limits = segregation.limits();
    LocalDate start = today.minusDays(6);
    var order = new SegregationOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SegregationType.ADMINISTRATIVE,
        SegregationStatus.ACTIVE, "r", "governor", java.time.Instant.now(), start, today.plusDays(3), today, null, null,
        null, "n", "d", null, null, 0);
    var log = new java.util.ArrayList<LoggedDay>();
    double[] hours = {1.9, 0, 1.5, 2.0, 1.0, 0.5};
    for (int d = 0; d < hours.length; d++) {
      log.add(new LoggedDay(order.id(), new SegregationDay(start.plusDays(d), BigDecimal.valueOf(hours[d]),
          BigDecimal.ONE, "nurse", null, null), "officer"));
    }
    // Days 1-3 under 2 h: a run of 3; day 4 has 2 h and ends it; days 5, 6 and today (not logged yet) make 3.
    assertThat(Segregation.consecutiveSolitaryDays(order, log.subList(0, 3), start.plusDays(2), limits)).isEqualTo(3);
    assertThat(Segregation.consecutiveSolitaryDays(order, log.subList(0, 4), start.plusDays(3), limits)).isZero();
    assertThat(Segregation.consecutiveSolitaryDays(order, log, today, limits)).isEqualTo(3);
    assertThat(Segregation.consecutiveSolitaryDays(order, List.of(), today, limits)).isEqualTo(7);
  }

  @Test
  void aDayIsLoggedOnceWithinTheOrderAndCountsOnTheOrderPage() {
    UUID id = fixtures.adult("IK-47", "MALE");
    var order = segregation.orderSegregation(id, request(SegregationType.DISCIPLINARY, today, 5));
    ActingAs.user(jdbc, "officer");
    segregation.logDay(order.id(), new SegregationDay(today, new BigDecimal("1.5"), new BigDecimal("1"), "Nurse Asanova",
        "Deputy governor Osmonov", null));
    assertThat(segregation.order(order.id()).consecutiveSolitaryDays()).isEqualTo(1);
    assertThat(refused(() -> segregation.logDay(order.id(), new SegregationDay(today, BigDecimal.ONE, BigDecimal.ONE,
        null, null, null)))).isEqualTo("day-already-logged");
    assertThat(refused(() -> segregation.logDay(order.id(), new SegregationDay(today.minusDays(1), BigDecimal.ONE,
        BigDecimal.ONE, null, null, null)))).isEqualTo("day-outside-order");
    assertThat(refused(() -> segregation.logDay(order.id(), new SegregationDay(today, new BigDecimal("24.5"), BigDecimal.ONE,
        null, null, null)))).isEqualTo("invalid:contactHours");
  }

  private static NewSegregationOrder declared(NewSegregationOrder r, boolean pregnant, boolean breastfeeding, boolean infant) {
    return new NewSegregationOrder(r.type(), r.reason(), r.startsOn(), r.endsOn(), r.reviewOn(), r.healthDeclaredBy(),
        pregnant, breastfeeding, infant, r.disabilityWorsened(), r.disabilityNote(), null, null);
  }

  private static NewSegregationOrder restricted(NewSegregationOrder r, ContactRestriction restriction, LocalDate until) {
    return new NewSegregationOrder(r.type(), r.reason(), r.startsOn(), r.endsOn(), r.reviewOn(), r.healthDeclaredBy(),
        null, null, null, r.disabilityWorsened(), r.disabilityNote(), restriction, until);
  }
}
