package org.bagyt.prisoners.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bagyt.platform.BagytException;

/** Which column of the file (0-based) holds each field; a field without a column is left empty. */
public record ColumnMapping(Map<ImportColumn, Integer> columns) {

  public ColumnMapping {
    columns = columns.isEmpty() ? new EnumMap<>(ImportColumn.class) : new EnumMap<>(columns);
  }

  /** The mapping the header row suggests: each field takes the first header that names it. */
  public static ColumnMapping guess(List<String> headers) {
    var columns = new EnumMap<ImportColumn, Integer>(ImportColumn.class);
    var taken = new HashSet<Integer>();
    for (ImportColumn field : ImportColumn.values()) {
      for (int i = 0; i < headers.size(); i++) {
        if (!taken.contains(i) && field.named(headers.get(i))) {
          columns.put(field, i);
          taken.add(i);
          break;
        }
      }
    }
    return new ColumnMapping(columns);
  }

  public Optional<Integer> column(ImportColumn field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** What is wrong with the mapping, by form field ({@code column-FAMILY_NAME}) and message key; empty when usable. */
  public Map<String, String> problems(int columnCount) {
    var problems = new java.util.LinkedHashMap<String, String>();
    var used = new HashSet<Integer>();
    for (ImportColumn field : ImportColumn.values()) {
      Integer column = columns.get(field);
      String id = "column-" + field.name();
      if (column == null) {
        if (field.required()) {
          problems.put(id, "import.error.mapping-missing." + field.name());
        }
      } else if (column < 0 || column >= columnCount) {
        problems.put(id, "import.error.mapping-invalid");
      } else if (!used.add(column)) {
        problems.put(id, "import.error.mapping-twice");
      }
    }
    return problems;
  }

  /** This mapping, or a refusal naming its first problem (for the API, where the header row is the mapping). */
  public ColumnMapping checked(int columnCount) {
    problems(columnCount).values().stream().findFirst().ifPresent(key -> {
      throw BagytException.invalid("import-columns", key);
    });
    return this;
  }

  /** Stored form: {@code FAMILY_NAME=0;GIVEN_NAME=1}. */
  public String encoded() {
    var parts = new ArrayList<String>();
    columns.forEach((field, column) -> parts.add(field.name() + "=" + column));
    return String.join(";", parts);
  }

  public static ColumnMapping decode(String encoded) {
    var columns = new EnumMap<ImportColumn, Integer>(ImportColumn.class);
    if (encoded != null && !encoded.isBlank()) {
      for (String part : encoded.split(";")) {
        String[] kv = part.split("=", 2);
        columns.put(ImportColumn.valueOf(kv[0]), Integer.parseInt(kv[1]));
      }
    }
    return new ColumnMapping(columns);
  }
}
