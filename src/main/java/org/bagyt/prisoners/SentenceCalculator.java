package org.bagyt.prisoners;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The date arithmetic of a custodial sentence, free of any database or clock, so that it can be checked
 * by hand and by properties.
 *
 * <p>Conventions (DOMAIN.md gives none; these follow CIS practice as recalled, and where a choice remained
 * it is made in favour of liberty, so nobody is held a day longer than the words of the verdict allow):
 * <ul>
 *   <li>The start date is the first day served. A term of years, months and days is laid on from it
 *       as a whole number of months and then days ({@link Period}); the corresponding date ends the term
 *       and <b>the term's last day is the day before it</b>: 1 year from 10 Mar 2025 is served until
 *       9 Mar 2026.</li>
 *   <li><b>Month ends:</b> when the corresponding day does not exist in the month reached, it is that
 *       month's last day: 31 Jan + 1 month reaches 28 Feb (29 Feb in a leap year), so the term's last day
 *       is 27 Feb; 29 Feb 2024 + 1 year reaches 28 Feb 2025.</li>
 *   <li>Credit for time on remand counts day for day and moves both dates earlier by that many days.</li>
 *   <li>The release date is the term's last day, less the credit: the prisoner leaves on that day.</li>
 *   <li>Conditional early release needs a fraction of the term served ({@code numerator/denominator} of
 *       the term's days, rounded up to a whole day). The eligibility date is the day on which that
 *       portion is completed, less the credit, never before the start: credit longer than the portion
 *       makes the prisoner eligible from the first day. With a fraction of 1 it is the release date.</li>
 * </ul>
 */
public final class SentenceCalculator {

  /** The longest single term a verdict may set here; a policy limit, not a rule of the code. */
  public static final int MAX_YEARS = 30;

  /** The length of a term as the verdict states it. */
  public record Term(int years, int months, int days) {

    public Term {
      if (years < 0 || months < 0 || days < 0 || years > MAX_YEARS || months > 11 || days > 30) {
        throw new IllegalArgumentException("A term is 0-" + MAX_YEARS + " years, 0-11 months and 0-30 days");
      }
      if (years == 0 && months == 0 && days == 0) {
        throw new IllegalArgumentException("A term has a length");
      }
    }

    Period period() {
      return Period.of(years, months, days);
    }
  }

  /** The share of the term to be served before conditional early release may be considered. */
  public record Fraction(int numerator, int denominator) {

    public Fraction {
      if (numerator < 1 || denominator < 1 || numerator > denominator || denominator > 100) {
        throw new IllegalArgumentException("A fraction is between 1/100 and 1/1: " + numerator + "/" + denominator);
      }
    }

    @Override
    public String toString() {
      return numerator + "/" + denominator;
    }
  }

  /** What follows from the inputs. {@code termDays} counts every day of the term, before any credit. */
  public record Dates(long termDays, LocalDate eligibleOn, LocalDate releaseOn) {}

  private SentenceCalculator() {}

  /** The day after the term's last day when served from {@code start}: the corresponding date. */
  public static LocalDate corresponding(LocalDate start, Term term) {
    return start.plus(term.period());
  }

  /** Every day of the term, counting the start day. */
  public static long termDays(LocalDate start, Term term) {
    return ChronoUnit.DAYS.between(start, corresponding(start, term));
  }

  /**
   * The eligibility and release dates. The credit must be shorter than the term: credit covering the
   * whole term means nothing is left to serve, which the caller refuses before asking.
   */
  public static Dates calculate(LocalDate start, Term term, int remandDays, Fraction fraction) {
    long termDays = termDays(start, term);
    if (remandDays < 0 || remandDays >= termDays) {
      throw new IllegalArgumentException("Credit of " + remandDays + " days for a term of " + termDays + " days");
    }
    LocalDate release = start.plusDays(termDays - 1 - remandDays);
    long portion = (termDays * fraction.numerator() + fraction.denominator() - 1) / fraction.denominator();
    LocalDate eligible = start.plusDays(portion - 1 - remandDays);
    return new Dates(termDays, eligible.isBefore(start) ? start : eligible, release);
  }
}
