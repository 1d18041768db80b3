package org.bagyt.allocation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.AllocationPolicy;
import org.bagyt.allocation.internal.AllocationPolicyStore.Row;

/**
 * The policy rows by scope, and the one definition of which is in force where: a unit's own row, else its
 * facility's, else the service default, else {@link AllocationPolicy#DEFAULT}. The placement check reads it, and so
 * do the policy pages, which try a change on it before writing it.
 */
public final class PolicyRows {

  private final Map<String, Row> rows = new HashMap<>();

  PolicyRows(List<Row> all) {
    all.forEach(this::put);
  }

  /** The own row of exactly this scope (both null: the service default), or null. */
  public Row own(UUID facilityId, UUID unitId) {
    return rows.get(key(facilityId, unitId));
  }

  public void put(Row row) {
    rows.put(key(row.facilityId(), row.unitId()), row);
  }

  public void remove(UUID facilityId, UUID unitId) {
    rows.remove(key(facilityId, unitId));
  }

  public AllocationPolicy service() {
    Row row = own(null, null);
    return row == null ? AllocationPolicy.DEFAULT : row.policy();
  }

  public AllocationPolicy facility(UUID facilityId) {
    Row row = own(facilityId, null);
    return row == null ? service() : row.policy();
  }

  public AllocationPolicy unit(UUID facilityId, UUID unitId) {
    Row row = own(facilityId, unitId);
    return row == null ? facility(facilityId) : row.policy();
  }

  private static String key(UUID facilityId, UUID unitId) {
    return facilityId + "/" + unitId;
  }
}
