package org.bagyt.prisoners.imports;

import java.util.List;
import java.util.Locale;

/**
 * The fields a register row carries, each with the header names legacy registers use for it in Kyrgyz,
 * Russian and English, so that the mapping can be guessed and the person only corrects it.
 */
public enum ImportColumn {
  FAMILY_NAME(true, "family name", "surname", "last name", "фамилия", "фамилиясы"),
  GIVEN_NAME(true, "given name", "first name", "name", "имя", "аты", "ысымы"),
  PATRONYMIC(false, "patronymic", "middle name", "отчество", "атасынын аты"),
  LATIN_NAME(false, "latin name", "latin spelling", "name in latin", "латиница", "имя латиницей",
      "написание латиницей", "латынча", "латынча жазылышы"),
  DATE_OF_BIRTH(true, "date of birth", "birth date", "dob", "born", "дата рождения", "туулган күнү",
      "туулган датасы"),
  SEX(true, "sex", "пол", "жынысы"),
  CITIZENSHIP(true, "citizenship", "гражданство", "жарандыгы", "жарандык"),
  LEGAL_STATUS(true, "legal status", "status", "правовой статус", "статус", "укуктук абалы", "укуктук статусу"),
  FACILITY(true, "facility", "facility code", "учреждение", "код учреждения", "мекеме", "мекеменин коду"),
  CELL(false, "cell", "cell code", "камера", "код камеры", "камеранын коду"),
  ADMITTED_AT(true, "admitted", "admitted at", "admission date", "дата поступления", "поступил", "дата прибытия",
      "кабыл алынган күнү", "келген күнү"),
  COMMITMENT_AUTHORITY(true, "commitment authority", "committing authority", "authority", "орган",
      "орган, вынесший решение", "кем выдано", "чечим чыгарган орган", "берген орган"),
  COMMITMENT_NUMBER(true, "commitment document number", "document number", "номер документа", "номер решения",
      "документтин номери", "чечимдин номери"),
  COMMITMENT_DATE(true, "commitment date", "document date", "дата документа", "дата решения", "документтин датасы",
      "чечимдин датасы");

  private final boolean required;
  private final List<String> headerNames;

  ImportColumn(boolean required, String... headerNames) {
    this.required = required;
    this.headerNames = List.of(headerNames);
  }

  public boolean required() {
    return required;
  }

  /** Message key of the field's label. */
  public String labelKey() {
    return "import.column." + name();
  }

  /** Whether a header cell names this field: case, spaces, punctuation and ё/е do not matter. */
  boolean named(String header) {
    String h = normalised(header);
    return !h.isEmpty() && headerNames.stream().anyMatch(n -> normalised(n).equals(h));
  }

  static String normalised(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
