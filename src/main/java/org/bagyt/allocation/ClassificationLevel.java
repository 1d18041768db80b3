package org.bagyt.allocation;

import java.util.Set;

/**
 * One level of a scale, as the service keeps it as data: higher rank is more restrictive. {@code defaultFor} holds
 * the judged assessment levels for which this is the least restrictive level consistent with the assessment.
 */
public record ClassificationLevel(Dimension dimension, String code, int rank, String labelKy, String labelRu,
    String labelEn, Set<String> defaultFor, boolean inUse) {

  public static final String DESIGNATED = "DESIGNATED";
  public static final String NOT_DESIGNATED = "NOT_DESIGNATED";

  /** The level's name in the language asked for (Kyrgyz, Russian, otherwise English). */
  public String label(String language) {
    return switch (language == null ? "" : language) {
      case "ky" -> labelKy;
      case "ru" -> labelRu;
      default -> labelEn;
    };
  }
}
