package org.bagyt.custody;

import java.time.Duration;
import java.time.LocalDate;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits on segregation, as policy data: each has a default from the standards and a {@code BAGYT_SEGREGATION_*}
 * variable. A value outside its sensible range stops start-up rather than silently weakening a safeguard.
 *
 * @param solitaryHours a day with at least this many hours without meaningful human contact is a day of solitary
 *     confinement (Mandela Rule 44: 22)
 * @param prolongedDays the longest an order may run without an independent reviewer's recorded decision (Rules 43-44:
 *     more than 15 consecutive days is prolonged solitary, so day 15 is the last)
 * @param disciplinaryDays the longest disciplinary segregation for one offence (CPT: 14), never extended
 * @param chainingGapDays a disciplinary order starting this many days or fewer after the end of another (or
 *     overlapping it) is chaining and is refused (default 1)
 * @param adultAge below this age (from the date of birth) no one is segregated (Havana Rule 67, Mandela Rule 45(2): 18)
 * @param visitCheckInterval how often Bagyt looks for missed daily visits
 */
@ConfigurationProperties("bagyt.segregation")
public record SegregationLimits(Integer solitaryHours, Integer prolongedDays, Integer disciplinaryDays,
    Integer chainingGapDays, Integer adultAge, Duration visitCheckInterval) {

  public SegregationLimits {
    solitaryHours = within("solitary-hours", solitaryHours, 22, 1, 24);
    prolongedDays = within("prolonged-days", prolongedDays, 15, 1, 60);
    disciplinaryDays = within("disciplinary-days", disciplinaryDays, 14, 1, 60);
    chainingGapDays = within("chaining-gap-days", chainingGapDays, 1, 0, 365);
    adultAge = within("adult-age", adultAge, 18, 18, 25);
    visitCheckInterval = visitCheckInterval == null ? Duration.ofHours(1) : visitCheckInterval;
    if (visitCheckInterval.isNegative() || visitCheckInterval.isZero()) {
      throw new IllegalArgumentException("bagyt.segregation.visit-check-interval must be positive");
    }
    if (disciplinaryDays > prolongedDays) {
      throw new IllegalArgumentException("bagyt.segregation.disciplinary-days (" + disciplinaryDays
          + ") must not exceed bagyt.segregation.prolonged-days (" + prolongedDays + ")");
    }
  }

  /** Hours of meaningful contact below which a day counts as solitary: 24 minus {@link #solitaryHours}. */
  public BigDecimal meaningfulContactHours() {
    return BigDecimal.valueOf(24L - solitaryHours);
  }

  /** The last day an order starting on {@code startsOn} may run without an independent decision (day 15). */
  public LocalDate lastDayWithoutReview(LocalDate startsOn) {
    return startsOn.plusDays(prolongedDays - 1L);
  }

  /** The last day of a disciplinary order starting on {@code startsOn} (day 14). */
  public LocalDate lastDisciplinaryDay(LocalDate startsOn) {
    return startsOn.plusDays(disciplinaryDays - 1L);
  }

  private static int within(String name, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw new IllegalArgumentException("bagyt.segregation." + name + " must be between " + min + " and " + max + ", not " + v);
    }
    return v;
  }
}
