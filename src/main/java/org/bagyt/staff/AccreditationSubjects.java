package org.bagyt.staff;

import java.util.List;

/**
 * What staff can be accredited for: the assessment instruments. The assessment module provides a bean; staff never
 * depends on it. With no bean, no instrument can be accredited through a form or the API.
 */
public interface AccreditationSubjects {

  /** One instrument, with its name in each of Bagyt's languages. */
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
