package org.bagyt.conduct;

/** One entry of the catalogue of observable behaviours: its code, what it concerns, and its title in each language. */
public record ObservableBehaviour(String code, String concerns, String titleKy, String titleRu, String titleEn) {

  public String title(String language) {
    return switch (language) {
      case "ru" -> titleRu;
      case "en" -> titleEn;
      default -> titleKy;
    };
  }
}
