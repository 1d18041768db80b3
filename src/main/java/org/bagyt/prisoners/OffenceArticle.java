package org.bagyt.prisoners;

import java.util.UUID;

/** An article of an edition of the Criminal Code, with its title in each language of the service. */
public record OffenceArticle(UUID id, int codeYear, String article, String titleKy, String titleRu, String titleEn,
    OffenceCategory category, boolean inUse, int version) {

  public String title(String language) {
    return switch (language) {
      case "ru" -> titleRu;
      case "en" -> titleEn;
      default -> titleKy;
    };
  }
}
