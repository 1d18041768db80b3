package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bagyt.custody.SegregationFixtures.request;

import java.time.LocalDate;
import org.bagyt.platform.BagytException;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The limits are data: a service that sets its own (here 10 days without review, 7 disciplinary) gets those boundaries. */
@TestPropertySource(properties = {"bagyt.segregation.prolonged-days=10", "bagyt.segregation.disciplinary-days=7",
    "bagyt.segregation.chaining-gap-days=3"})
class SegregationConfiguredLimitsTest extends IntegrationTest {

  @Autowired
  Segregation segregation;

  @AfterEach
  void signOut() {
    ActingAs.nobody();
  }

  private String refusal(NewSegregationOrder request, java.util.UUID prisoner) {
    return ((BagytException) org.junit.jupiter.api.Assertions.assertThrows(BagytException.class,
        () -> segregation.orderSegregation(prisoner, request))).type();
  }

  @Test
  void theConfiguredLimitsAreTheBoundaries() {
    var fixtures = new SegregationFixtures(jdbc);
    ActingAs.user(jdbc, "governor");
    LocalDate today = segregation.today();
    var a = fixtures.adult("IK-47", "MALE");
    assertThat(refusal(request(SegregationType.DISCIPLINARY, today, 8), a)).isEqualTo("disciplinary-limit");
    var disciplinary = segregation.orderSegregation(a, request(SegregationType.DISCIPLINARY, today, 7));
    // Chaining now reaches 3 days past the end: day 3 after it is refused, day 4 allowed.
    LocalDate end = disciplinary.endsOn();
    var chained = SegregationFixtures.from(request(SegregationType.DISCIPLINARY, today, 2), end.plusDays(3),
        end.plusDays(4), end.plusDays(4));
    assertThat(refusal(chained, a)).isEqualTo("chaining");
    assertThat(segregation.orderSegregation(a, SegregationFixtures.from(chained, end.plusDays(4), end.plusDays(5),
        end.plusDays(5))).status()).isEqualTo(SegregationStatus.ACTIVE);

    var b = fixtures.adult("IK-47", "MALE");
    assertThat(refusal(request(SegregationType.ADMINISTRATIVE, today, 11), b)).isEqualTo("review-too-late");
    assertThat(refusal(SegregationFixtures.from(request(SegregationType.ADMINISTRATIVE, today, 11), today,
        today.plusDays(10), today.plusDays(9)), b)).isEqualTo("independent-decision-required");
    assertThat(segregation.orderSegregation(b, request(SegregationType.ADMINISTRATIVE, today, 10)).endsOn())
        .isEqualTo(today.plusDays(9));
    assertThat(segregation.limits().prolongedDays()).isEqualTo(10);
  }

  @Test
  void aLimitOutsideItsRangeStopsStartUp() {
    assertThatThrownBy(() -> new SegregationLimits(22, 15, 14, 1, 17, null)).hasMessageContaining("adult-age");
    assertThatThrownBy(() -> new SegregationLimits(22, 10, 14, 1, 18, null)).hasMessageContaining("disciplinary-days");
    assertThatThrownBy(() -> new SegregationLimits(0, 15, 14, 1, 18, null)).hasMessageContaining("solitary-hours");
  }
}
