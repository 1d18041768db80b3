package org.bagyt.prisoners;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a prisoner is held, and the changes to it. Every change checks the prisoner's version (a stale one is
 * refused with 409 {@code stale-edit}), takes and frees beds through the estate in the caller's transaction, and
 * applies {@link SeparationRules} after taking the bed, so that two placements racing for one cell see each other.
 * Callers check the user's permission and facility scope; these methods only keep the register consistent.
 */
public interface PrisonerLocations {

  /** Where the person is now; a released person has no cell and a release time. */
  record Location(UUID prisonerId, String number, UUID facilityId, String facilityCode, UUID cellId, String cellCode,
      Instant admittedAt, Instant releasedAt, ReleaseType releaseType, int version) {

    public boolean released() {
      return releasedAt != null;
    }
  }

  /** The location, whatever the caller's scope: for deciding whether the caller may act on it. */
  Optional<Location> find(UUID prisonerId);

  /** The same, found by the prisoner's number as staff write it (for naming another prisoner in a record). */
  Optional<Location> findByNumber(String number);

  /** Moves the person to another cell of the same facility. */
  Location moveToCell(UUID prisonerId, int version, UUID cellId);

  /** Moves the person to another facility, into a cell there or (without one) to be allocated on arrival. */
  Location transfer(UUID prisonerId, int version, UUID facilityId, UUID cellId);

  /** Whether such a transfer could be made now (facility, cell and separation rules), without making it. */
  void checkTransfer(UUID prisonerId, UUID facilityId, UUID cellId);

  /** Ends custody: frees the bed, records when and why; the file stays findable but leaves the lists. */
  Location release(UUID prisonerId, int version, ReleaseType type, Instant at);

  /** Records that something happened to the person without moving them (a temporary absence): bumps the version. */
  Location touch(UUID prisonerId, int version);

  /** People in custody, in number order, for generating demo history. */
  List<Location> inCustody(int limit);
}
