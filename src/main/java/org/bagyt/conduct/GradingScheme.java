package org.bagyt.conduct;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grading scheme of the intelligence log, in the style of the 5x5x5: how reliable the source is (A to E), how far
 * the information can be trusted (1 to 5), and a handling code that says who may see an item and whether it may
 * leave the service. It is data ({@code intelligence_grade}, {@code intelligence_handling_code}), so a service can
 * change it without a release.
 */
public record GradingScheme(List<Grade> sourceGrades, List<Grade> informationGrades, List<HandlingCode> handlingCodes) {

  /** Whether an item with a handling code may be disclosed to partner agencies. */
  public enum Sharing { PERMITTED, CONDITIONS, NONE }

  /** A grade with its meaning in each language. */
  public record Grade(String code, String ky, String ru, String en) {

    public String label(Locale locale) {
      return switch (locale.getLanguage()) {
        case "ky" -> ky;
        case "ru" -> ru;
        default -> en;
      };
    }
  }

  /** A handling code: the permission needed to see an item, and whether it may be shared. */
  public record HandlingCode(String code, Sharing sharing, String permission, String ky, String ru, String en) {

    public String label(Locale locale) {
      return new Grade(code, ky, ru, en).label(locale);
    }
  }

  public Optional<Grade> sourceGrade(String code) {
    return sourceGrades.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  public Optional<Grade> informationGrade(String code) {
    return informationGrades.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /** The meaning of a source grade in the language, or the code itself when the scheme no longer has it. */
  public String sourceLabel(String code, Locale locale) {
    return sourceGrade(code).map(g -> g.label(locale)).orElse(code);
  }

  public String informationLabel(String code, Locale locale) {
    return informationGrade(code).map(g -> g.label(locale)).orElse(code);
  }

  public Optional<HandlingCode> handlingCode(String code) {
    return handlingCodes.stream().filter(h -> h.code().equals(code)).findFirst();
  }
}
