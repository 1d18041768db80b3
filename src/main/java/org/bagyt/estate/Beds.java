package org.bagyt.estate;

import java.util.Map;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beds in use, counted in the cell row. Taking a bed is one conditional update, so two placements racing
 * for the last free bed serialise on the row lock: one wins, the other is refused with {@code cell-full}.
 * Callers take and release beds inside the transaction that records the movement.
 */
@Service
public class Beds {

  private final JdbcClient jdbc;

  Beds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes one bed in a cell in use; refuses a cell that does not exist, is out of use or is full. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void take(UUID cellId) {
    take(cellId, 1);
  }

  /** Takes several beds in each cell at once (bulk admission); all or nothing with the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void takeAll(Map<UUID, Integer> bedsByCell) {
    bedsByCell.entrySet().stream().sorted(Map.Entry.comparingByKey()) // one lock order: no deadlocks between bulk takes
        .forEach(e -> take(e.getKey(), e.getValue()));
  }

  /** Frees one bed when a prisoner leaves a cell. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void release(UUID cellId) {
    int updated = jdbc.sql("UPDATE cell SET occupied = occupied - 1 WHERE id = ? AND occupied > 0").param(cellId).update();
    if (updated == 0) {
      throw new IllegalStateException("No bed in use to release in cell " + cellId);
    }
  }

  private void take(UUID cellId, int count) {
    int updated = jdbc.sql("UPDATE cell SET occupied = occupied + ? WHERE id = ? AND in_use AND occupied + ? <= beds")
        .params(count, cellId, count).update();
    if (updated == 1) {
      return;
    }
    boolean inUse = jdbc.sql("SELECT EXISTS (SELECT 1 FROM cell WHERE id = ? AND in_use)").param(cellId)
        .query(Boolean.class).single();
    throw inUse
        ? BagytException.conflict("cell-full", "error.cell-full")
        : BagytException.invalid("unknown-cell", "error.unknown-cell");
  }
}
