package org.bagyt.bench;

import java.util.List;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;

/** A facility's record with its units, cells, beds and floor area: the estate's read, until the prisoner file exists. */
final class FacilityRecordRead implements AuditedRead {

  private final Estate estate;
  private final List<UUID> ids;

  FacilityRecordRead(Estate estate) {
    this.estate = estate;
    this.ids = estate.facilities().stream().map(FacilitySummary::id).toList();
  }

  @Override
  public String name() {
    return "facility record (estate)";
  }

  @Override
  public List<UUID> ids() {
    return ids;
  }

  @Override
  public Object read(UUID id) {
    return estate.facility(id).orElseThrow();
  }

  @Override
  public AuditEvent event(UUID id) {
    return AuditEvent.read("FACILITY", id).atFacility(id);
  }
}
