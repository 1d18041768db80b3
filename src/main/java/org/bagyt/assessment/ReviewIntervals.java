package org.bagyt.assessment;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The months from a countersignature to the next review, by judged level, as the service sets them. Each instrument
 * gives its defaults ({@code reviewMonths}: 3, 6 and 12 in Bagyt's own); a level set here ({@code
 * BAGYT_REVIEW_MONTHS_HIGH}, {@code _MODERATE}, {@code _LOW}) replaces the instrument's for every instrument, so that a
 * change of policy needs no new instrument version. A value outside 1 to 36 stops start-up.
 */
@ConfigurationProperties("bagyt.assessment.review-months")
public record ReviewIntervals(Integer high, Integer moderate, Integer low) {

  public ReviewIntervals {
    high = check("high", high);
    moderate = check("moderate", moderate);
    low = check("low", low);
  }

  /** None set: every instrument's own intervals apply. */
  public static ReviewIntervals asInstruments() {
    return new ReviewIntervals(null, null, null);
  }

  /** The months for a level judged on the instrument's judgement: the service's, else the instrument's. */
  public int months(Instrument.Judgement judgement, Level level) {
    Integer set = set().get(level);
    return set != null ? set : judgement.reviewMonths().get(level);
  }

  private Map<Level, Integer> set() {
    var set = new EnumMap<Level, Integer>(Level.class);
    if (high != null) {
      set.put(Level.HIGH, high);
    }
    if (moderate != null) {
      set.put(Level.MODERATE, moderate);
    }
    if (low != null) {
      set.put(Level.LOW, low);
    }
    return set;
  }

  private static Integer check(String name, Integer months) {
    if (months != null && (months < 1 || months > 36)) {
      throw new IllegalArgumentException("bagyt.assessment.review-months." + name + " must be between 1 and 36, not " + months);
    }
    return months;
  }
}
