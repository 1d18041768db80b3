package org.bagyt.prisoners.imports;

import java.util.List;

/** One row of an uploaded register as text, numbered as a spreadsheet shows it: the header row is row 1. */
public record SheetRow(long number, List<String> cells) {

  /** The cell's text, stripped; empty when the row is shorter. */
  public String cell(int column) {
    return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
  }
}
