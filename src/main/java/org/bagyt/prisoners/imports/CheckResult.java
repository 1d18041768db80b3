package org.bagyt.prisoners.imports;

import java.util.List;
import org.bagyt.prisoners.NewPrisoner;

/**
 * A register read through: how many data rows, the people from the good rows, and every problem found
 * (kept up to a limit, counted in full).
 */
record CheckResult(int rows, List<String> headers, ColumnMapping mapping, List<NewPrisoner> prisoners,
    List<RowProblem> problems, int badRows) {

  boolean clean() {
    return badRows == 0;
  }
}
