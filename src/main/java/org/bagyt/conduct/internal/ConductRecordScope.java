package org.bagyt.conduct.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.springframework.stereotype.Component;

/**
 * Who may read or write incidents, complaints, observations and contacts: the permission first, then the facility
 * (facility staff act only in their own facilities; a refusal outside them is audited). Prisoners named in a record
 * must exist: an unknown one is refused at its field, so that no record links to someone who is not there.
 */
@Component
public class ConductRecordScope {

  private final PrisonerLocations locations;
  private final AuditTrail audit;

  ConductRecordScope(PrisonerLocations locations, AuditTrail audit) {
    this.locations = locations;
    this.audit = audit;
  }

  /** The facilities whose records the reader sees, or null for the whole service. */
  public List<UUID> readableFacilities(SignedInUser user) {
    return user.serviceWide() ? null : user.facilityIds();
  }

  /** Refuses (and audits the refusal of) an act on a record of a facility the person does not work in. */
  public void requireFacility(SignedInUser user, UUID facilityId, String action, String resourceType, Object id,
      UUID prisonerId) {
    if (!user.worksIn(facilityId)) {
      audit.record(AuditEvent.of(action, resourceType, id).forPrisoner(prisonerId).atFacility(facilityId).denied());
      throw new OutsideScope();
    }
  }

  /** The prisoner a path names: 404 when there is no such prisoner. */
  public Location prisoner(UUID prisonerId) {
    return locations.find(prisonerId).orElseThrow(BagytException::notFound);
  }

  /** The prisoner a record names at a field: refused at that field when unknown. */
  public Location namedPrisoner(UUID prisonerId, String number, String field) {
    var found = prisonerId != null ? locations.find(prisonerId)
        : number == null || number.isBlank() ? java.util.Optional.<Location>empty() : locations.findByNumber(number.strip());
    return found.orElseThrow(() -> new InvalidFields(Map.of(field, "conduct-records.error.unknown-prisoner")));
  }
}
