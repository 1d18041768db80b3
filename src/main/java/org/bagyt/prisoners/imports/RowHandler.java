package org.bagyt.prisoners.imports;

/** Receives the rows of a file in order; answers false to stop reading (a preview needs only a few). */
@FunctionalInterface
interface RowHandler {
  boolean row(SheetRow row);
}
