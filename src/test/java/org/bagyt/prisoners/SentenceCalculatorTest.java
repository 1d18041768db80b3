package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bagyt.prisoners.SentenceCalculator.Fraction;
import org.bagyt.prisoners.SentenceCalculator.Term;
import org.junit.jupiter.api.Test;

/** Examples worked out by hand with a calendar. */
class SentenceCalculatorTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void fiveYearsWithoutCreditUnderTheTerrorismFraction() {
    // 1 Mar 2021 + 5 years = 1 Mar 2026, so the last day is 28 Feb 2026; 1,826 days (2024 is leap).
    // Three quarters of 1,826 days is 1,369.5, rounded up to 1,370 days: 1 Mar 2021 + 1,369 days = 29 Nov 2024.
    var dates = SentenceCalculator.calculate(d(2021, 3, 1), new Term(5, 0, 0), 0, new Fraction(3, 4));
    assertThat(dates.termDays()).isEqualTo(1826);
    assertThat(dates.releaseOn()).isEqualTo(d(2026, 2, 28));
    assertThat(dates.eligibleOn()).isEqualTo(d(2024, 11, 29));
  }

  @Test
  void remandCreditMovesBothDatesEarlier() {
    // 2 years 6 months from 15 Jun 2023 reaches 15 Dec 2025: 914 days, last day 14 Dec 2025.
    // 120 days on remand: release 16 Aug 2025. Half of 914 is 457 days: 15 Jun 2023 + 456 = 13 Sep 2024, less 120 = 16 May 2024.
    var dates = SentenceCalculator.calculate(d(2023, 6, 15), new Term(2, 6, 0), 120, new Fraction(1, 2));
    assertThat(dates.termDays()).isEqualTo(914);
    assertThat(dates.releaseOn()).isEqualTo(d(2025, 8, 16));
    assertThat(dates.eligibleOn()).isEqualTo(d(2024, 5, 16));
  }

  @Test
  void monthEndsAreCutToTheLastDayOfTheShorterMonth() {
    var half = new Fraction(1, 2);
    assertThat(SentenceCalculator.calculate(d(2025, 1, 31), new Term(0, 1, 0), 0, half).releaseOn()).isEqualTo(d(2025, 2, 27));
    assertThat(SentenceCalculator.calculate(d(2024, 1, 31), new Term(0, 1, 0), 0, half).releaseOn()).isEqualTo(d(2024, 2, 28));
    assertThat(SentenceCalculator.calculate(d(2025, 2, 1), new Term(0, 1, 0), 0, half).releaseOn()).isEqualTo(d(2025, 2, 28));
    assertThat(SentenceCalculator.calculate(d(2024, 2, 29), new Term(1, 0, 0), 0, half).releaseOn()).isEqualTo(d(2025, 2, 27));
    assertThat(SentenceCalculator.calculate(d(2024, 2, 29), new Term(4, 0, 0), 0, half).releaseOn()).isEqualTo(d(2028, 2, 28));
  }

  @Test
  void creditLongerThanThePortionMakesThePrisonerEligibleFromTheStart() {
    // 1 year from 1 Jan 2025 is 365 days; two thirds is 243.33, so 244 days; 300 days of credit covers it.
    // Release: the last day, 31 Dec 2025, less 300 days = 1 Jan 2025 + 64 days = 6 Mar 2025.
    var dates = SentenceCalculator.calculate(d(2025, 1, 1), new Term(1, 0, 0), 300, new Fraction(2, 3));
    assertThat(dates.eligibleOn()).isEqualTo(d(2025, 1, 1));
    assertThat(dates.releaseOn()).isEqualTo(d(2025, 3, 6));
  }

  @Test
  void impossibleInputsAreRefused() {
    assertThatThrownBy(() -> new Term(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Term(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Term(0, 12, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fraction(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SentenceCalculator.calculate(d(2025, 1, 1), new Term(1, 0, 0), 365, new Fraction(1, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
