package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bagyt.prisoners.SentenceCalculator.Fraction;
import org.bagyt.prisoners.SentenceCalculator.Term;

/** Properties of the sentence date arithmetic over starts from 1990 to 2060, including leap days and month ends. */
class SentenceCalculatorPropertiesTest {

  @Provide
  Arbitrary<LocalDate> starts() {
    var any = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    // Month ends and leap days are where date arithmetic goes wrong: ask for them often.
    var monthEnds = Combinators.combine(Arbitraries.integers().between(1990, 2060), Arbitraries.of(Month.values()))
        .as((y, m) -> LocalDate.of(y, m, m.length(Year.isLeap(y))));
    var leapDays = Arbitraries.integers().between(1990, 2060).filter(Year::isLeap).map(y -> LocalDate.of(y, 2, 29));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, any), net.jqwik.api.Tuple.of(3, monthEnds), net.jqwik.api.Tuple.of(1, leapDays));
  }

  @Provide
  Arbitrary<Term> terms() {
    return Combinators.combine(Arbitraries.integers().between(0, SentenceCalculator.MAX_YEARS),
            Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 30))
        .filter((y, m, d) -> y + m + d > 0).as(Term::new);
  }

  @Provide
  Arbitrary<Fraction> fractions() {
    return Arbitraries.integers().between(1, 12).flatMap(den -> Arbitraries.integers().between(1, den)
        .map(num -> new Fraction(num, den)));
  }

  @Property
  void releaseIsMonotoneInTheLength(@ForAll("starts") LocalDate start, @ForAll("terms") Term term,
      @ForAll @IntRange(min = 0, max = 11) int moreMonths, @ForAll @IntRange(min = 0, max = 30) int moreDays,
      @ForAll("fractions") Fraction fraction) {
    int months = term.months() + moreMonths;
    var longer = new Term(Math.min(SentenceCalculator.MAX_YEARS, term.years() + months / 12), months % 12,
        Math.min(30, term.days() + moreDays));
    Assume.that(longer.years() * 12 + longer.months() >= term.years() * 12 + term.months());
    var shorter = SentenceCalculator.calculate(start, term, 0, fraction);
    var longerDates = SentenceCalculator.calculate(start, longer, 0, fraction);
    assertThat(longerDates.releaseOn()).isAfterOrEqualTo(shorter.releaseOn());
    assertThat(longerDates.eligibleOn()).isAfterOrEqualTo(shorter.eligibleOn());
  }

  @Property
  void creditNeverMovesReleaseLater(@ForAll("starts") LocalDate start, @ForAll("terms") Term term,
      @ForAll @IntRange(min = 0, max = 4000) int credit, @ForAll @IntRange(min = 1, max = 400) int more,
      @ForAll("fractions") Fraction fraction) {
    long days = SentenceCalculator.termDays(start, term);
    Assume.that(credit + more < days);
    var less = SentenceCalculator.calculate(start, term, credit, fraction);
    var moreCredit = SentenceCalculator.calculate(start, term, credit + more, fraction);
    assertThat(moreCredit.releaseOn()).isEqualTo(less.releaseOn().minusDays(more));
    assertThat(moreCredit.eligibleOn()).isBeforeOrEqualTo(less.eligibleOn());
  }

  @Property
  void eligibilityFallsBetweenStartAndRelease(@ForAll("starts") LocalDate start, @ForAll("terms") Term term,
      @ForAll @IntRange(min = 0, max = 12000) int credit, @ForAll("fractions") Fraction fraction) {
    Assume.that(credit < SentenceCalculator.termDays(start, term));
    var dates = SentenceCalculator.calculate(start, term, credit, fraction);
    assertThat(dates.eligibleOn()).isAfterOrEqualTo(start).isBeforeOrEqualTo(dates.releaseOn());
    assertThat(dates.releaseOn()).isAfterOrEqualTo(start);
  }

  @Property
  void withoutCreditTheWholeTermIsServedAndAFractionOfOneMeansNoEarlierRelease(@ForAll("starts") LocalDate start,
      @ForAll("terms") Term term) {
    var dates = SentenceCalculator.calculate(start, term, 0, new Fraction(1, 1));
    assertThat(dates.eligibleOn()).isEqualTo(dates.releaseOn());
    // The last day is the day before the corresponding date: start to release, both counted, is the whole term.
    assertThat(dates.releaseOn().plusDays(1)).isEqualTo(SentenceCalculator.corresponding(start, term));
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(start, dates.releaseOn()) + 1).isEqualTo(dates.termDays());
  }

  @Property
  void addingATermThenSubtractingItGivesTheStartBackWhereNoMonthEndWasCut(@ForAll("starts") LocalDate start,
      @ForAll("terms") Term term) {
    LocalDate reached = SentenceCalculator.corresponding(start, term);
    LocalDate monthReached = start.plusMonths(term.years() * 12L + term.months());
    Assume.that(monthReached.getDayOfMonth() == start.getDayOfMonth());
    assertThat(reached.minusDays(term.days()).minusMonths(term.years() * 12L + term.months())).isEqualTo(start);
  }

  @Property
  void aTermFromALeapDayEndsOnTheLastDayOfFebruaryOrTheDayBefore(@ForAll @IntRange(min = 1, max = 30) int years,
      @ForAll("leapYears") int year) {
    LocalDate start = LocalDate.of(year, 2, 29);
    LocalDate release = SentenceCalculator.calculate(start, new Term(years, 0, 0), 0, new Fraction(1, 2)).releaseOn();
    boolean leapAgain = Year.isLeap(year + years);
    // Into a leap year the corresponding date is 29 Feb, otherwise 28 Feb; the last day is the one before.
    assertThat(release).isEqualTo(LocalDate.of(year + years, 2, leapAgain ? 28 : 27));
  }

  @Provide
  Arbitrary<Integer> leapYears() {
    return Arbitraries.integers().between(1992, 2060).filter(Year::isLeap);
  }

  @Property
  void theRequiredPortionIsNeverLessThanTheFractionOfTheTerm(@ForAll("starts") LocalDate start,
      @ForAll("terms") Term term, @ForAll("fractions") Fraction fraction) {
    var dates = SentenceCalculator.calculate(start, term, 0, fraction);
    long served = java.time.temporal.ChronoUnit.DAYS.between(start, dates.eligibleOn()) + 1;
    assertThat(served * fraction.denominator()).isGreaterThanOrEqualTo(dates.termDays() * fraction.numerator());
    assertThat((served - 1) * fraction.denominator()).isLessThan(dates.termDays() * fraction.numerator());
  }
}
