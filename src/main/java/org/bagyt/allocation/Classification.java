package org.bagyt.allocation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.allocation.ClassificationDecision.Direction;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;

/**
 * Where one prisoner stands on one scale, and the rules of a decision on it: a level the scale knows, a rationale
 * written by a person, the version the decider saw, and for a designation its basis, start date and a review date
 * within a year (no designation without an end to it). It says whether the decision raises or lowers; lowering is
 * applied only after a second person's approval ({@link Classifications}).
 */
public final class Classification {

  public static final int MAX_TEXT = 4000;
  /** A designation is reviewed at least once a year. */
  public static final int MAX_REVIEW_MONTHS = 12;

  private final UUID prisonerId;
  private final Dimension dimension;
  private final String level;
  private final int version;

  public Classification(UUID prisonerId, Dimension dimension, String level, int version) {
    this.prisonerId = prisonerId;
    this.dimension = dimension;
    this.level = level;
    this.version = version;
  }

  /** Nobody has decided this scale for the prisoner yet. */
  public static Classification undecided(UUID prisonerId, Dimension dimension) {
    return new Classification(prisonerId, dimension, null, 0);
  }

  /**
   * Checks the decision against the scale and the version; refuses, changing nothing, with every field problem
   * named (400) or a stale version (409). Returns which way it moves the prisoner.
   */
  public Direction decide(NewDecision d, List<ClassificationLevel> scale, LocalDate today) {
    var errors = new LinkedHashMap<String, String>();
    String suffix = "-" + dimension;
    Optional<ClassificationLevel> to = scale.stream()
        .filter(l -> l.inUse() && l.code().equals(d.level())).findFirst();
    if (d.level() == null || d.level().isBlank()) {
      errors.put("level" + suffix, "classification.error.level-required");
    } else if (to.isEmpty()) {
      errors.put("level" + suffix, "classification.error.unknown-level");
    }
    if (blank(d.rationale())) {
      errors.put("rationale" + suffix, "classification.error.rationale-required");
    } else if (d.rationale().length() > MAX_TEXT) {
      errors.put("rationale" + suffix, "classification.error.too-long");
    }
    if (dimension == Dimension.DESIGNATION && ClassificationLevel.DESIGNATED.equals(d.level())) {
      errors.putAll(designationProblems(d, today));
    }
    if (d.version() == null) {
      errors.put("level" + suffix, "classification.error.version-required");
    }
    InvalidFields.throwIfAny(errors);
    if (d.version() != version) {
      throw BagytException.conflict("stale-edit", "classification.error.stale");
    }
    int toRank = to.orElseThrow().rank();
    if (level == null) {
      return Direction.FIRST;
    }
    int fromRank = scale.stream().filter(l -> l.code().equals(level)).mapToInt(ClassificationLevel::rank).findFirst()
        .orElse(Integer.MAX_VALUE);
    return toRank > fromRank ? Direction.RAISE : toRank == fromRank ? Direction.SAME : Direction.LOWER;
  }

  private static Map<String, String> designationProblems(NewDecision d, LocalDate today) {
    var errors = new LinkedHashMap<String, String>();
    if (blank(d.basis())) {
      errors.put("basis", "classification.error.basis-required");
    } else if (d.basis().length() > MAX_TEXT) {
      errors.put("basis", "classification.error.too-long");
    }
    if (d.startsOn() == null) {
      errors.put("starts-on", "classification.error.date-required");
    } else if (d.startsOn().isAfter(today)) {
      errors.put("starts-on", "classification.error.date-future");
    }
    if (d.reviewOn() == null) {
      errors.put("review-on", "classification.error.review-required");
    } else if (!d.reviewOn().isAfter(today)) {
      errors.put("review-on", "classification.error.review-past");
    } else if (d.startsOn() != null && d.reviewOn().isAfter(d.startsOn().plusMonths(MAX_REVIEW_MONTHS))) {
      errors.put("review-on", "classification.error.review-too-far");
    }
    return errors;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public UUID prisonerId() { return prisonerId; }
  public Dimension dimension() { return dimension; }
  /** The level in force, or null when undecided. */
  public String level() { return level; }
  public int version() { return version; }
}
