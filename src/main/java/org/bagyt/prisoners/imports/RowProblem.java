package org.bagyt.prisoners.imports;

import java.util.List;

/**
 * Why a row of a register cannot be imported: the row number as the spreadsheet shows it, the field (null
 * for the whole row) and a message key with its arguments, translated when shown.
 */
public record RowProblem(long row, ImportColumn column, String messageKey, List<String> arguments) {

  static RowProblem of(long row, ImportColumn column, String reason, Object... arguments) {
    return new RowProblem(row, column, "import.row." + reason,
        java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
