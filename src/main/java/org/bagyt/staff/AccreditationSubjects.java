package org.bagyt.staff;

import java.util.List;

/** What staff can be accredited for (assessment instruments). The assessment module provides a bean; staff never depends on it. */
public interface AccreditationSubjects {

  record Subject(String code, String nameKy, String nameRu, String nameEn) {
    public String name(String language) {
      return switch (language) {
        case "ru" -> nameRu;
        case "en" -> nameEn;
        default -> nameKy;
      };
    }
  }

  List<Subject> subjects();
}
