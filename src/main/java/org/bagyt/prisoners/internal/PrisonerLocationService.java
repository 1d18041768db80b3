package org.bagyt.prisoners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.estate.Beds;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.ReleaseType;
import org.bagyt.prisoners.SeparationRules;
import org.bagyt.prisoners.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of where a prisoner is held. Each one first claims the prisoner's row at the version the caller saw
 * (locking it, so two changes to one person cannot interleave), then takes the new bed, checks Rule 11 and frees
 * the old bed, all in the caller's transaction so that the movement's history is written with it.
 */
@Service
class PrisonerLocationService implements PrisonerLocations {

  private static final String LOCATION = """
      SELECT p.id, p.number, p.facility_id, f.code AS facility_code, p.cell_id, c.code AS cell_code, p.admitted_at,
             p.released_at, p.release_type, p.version
      FROM prisoner p JOIN facility f ON f.id = p.facility_id LEFT JOIN cell c ON c.id = p.cell_id""";

  private final JdbcClient jdbc;
  private final Beds beds;
  private final Placements placements;

  PrisonerLocationService(JdbcClient jdbc, Beds beds, Placements placements) {
    this.jdbc = jdbc;
    this.beds = beds;
    this.placements = placements;
  }

  @Override
  public Optional<Location> find(UUID prisonerId) {
    return jdbc.sql(LOCATION + " WHERE p.id = ?").param(prisonerId).query(PrisonerLocationService::location).optional();
  }

  @Override
  public Optional<Location> findByNumber(String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(LOCATION + " WHERE p.number = ?").param(number.strip()).query(PrisonerLocationService::location)
        .optional();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Location moveToCell(UUID prisonerId, int version, UUID cellId) {
    Location before = claim(prisonerId, version);
    if (cellId == null || cellId.equals(before.cellId())) {
      throw BagytException.invalid("same-cell", "movement.error.same-cell");
    }
    place(prisonerId, before, before.facilityId(), cellId);
    return find(prisonerId).orElseThrow();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Location transfer(UUID prisonerId, int version, UUID facilityId, UUID cellId) {
    Location before = claim(prisonerId, version);
    if (before.facilityId().equals(facilityId)) {
      throw BagytException.invalid("same-facility", "movement.error.same-facility");
    }
    place(prisonerId, before, facilityId, cellId);
    return find(prisonerId).orElseThrow();
  }

  @Override
  public void checkTransfer(UUID prisonerId, UUID facilityId, UUID cellId) {
    Location now = find(prisonerId).orElseThrow(BagytException::notFound);
    if (now.released()) {
      throw BagytException.conflict("released", "movement.error.released");
    }
    if (now.facilityId().equals(facilityId)) {
      throw BagytException.invalid("same-facility", "movement.error.same-facility");
    }
    placements.check(List.of(new Placements.Placement(prisonerId, person(prisonerId), facilityId, cellId)));
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Location release(UUID prisonerId, int version, ReleaseType type, Instant at) {
    Location before = claim(prisonerId, version);
    if (before.cellId() != null) {
      beds.release(before.cellId());
    }
    jdbc.sql("UPDATE prisoner SET released_at = ?, release_type = ?, cell_id = NULL WHERE id = ?")
        .params(Timestamp.from(at), type.name(), prisonerId).update();
    return find(prisonerId).orElseThrow();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Location touch(UUID prisonerId, int version) {
    claim(prisonerId, version);
    return find(prisonerId).orElseThrow();
  }

  @Override
  public List<Location> inCustody(int limit) {
    return jdbc.sql(LOCATION + " WHERE p.released_at IS NULL ORDER BY p.number LIMIT ?").param(limit)
        .query(PrisonerLocationService::location).list();
  }

  /** The bed first (its row lock orders racing placements), then Rule 11 against whoever is in the cell, then the move. */
  private void place(UUID prisonerId, Location before, UUID facilityId, UUID cellId) {
    if (cellId != null) {
      beds.take(cellId);
    }
    placements.check(List.of(new Placements.Placement(prisonerId, person(prisonerId), facilityId, cellId)));
    if (before.cellId() != null) {
      beds.release(before.cellId());
    }
    jdbc.sql("UPDATE prisoner SET facility_id = ?, cell_id = ? WHERE id = ?").params(facilityId, cellId, prisonerId)
        .update();
  }

  /** Bumps the version the caller saw, locking the row; refuses an unknown, released or changed prisoner. */
  private Location claim(UUID prisonerId, int version) {
    int claimed = jdbc.sql("UPDATE prisoner SET version = version + 1 WHERE id = ? AND version = ? AND released_at IS NULL")
        .params(prisonerId, version).update();
    Location now = find(prisonerId).orElseThrow(BagytException::notFound);
    if (claimed == 1) {
      return now;
    }
    throw now.released()
        ? BagytException.conflict("released", "movement.error.released")
        : BagytException.conflict("stale-edit", "error.stale-edit");
  }

  private SeparationRules.Person person(UUID prisonerId) {
    return jdbc.sql("SELECT sex, date_of_birth, legal_status FROM prisoner WHERE id = ?").param(prisonerId)
        .query((rs, n) -> new SeparationRules.Person(Sex.valueOf(rs.getString("sex")),
            rs.getObject("date_of_birth", LocalDate.class), LegalStatus.valueOf(rs.getString("legal_status"))))
        .optional().orElseThrow(BagytException::notFound);
  }

  private static Location location(ResultSet rs, int row) throws SQLException {
    Timestamp released = rs.getTimestamp("released_at");
    String type = rs.getString("release_type");
    return new Location(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("facility_id", UUID.class),
        rs.getString("facility_code"), rs.getObject("cell_id", UUID.class), rs.getString("cell_code"),
        rs.getTimestamp("admitted_at").toInstant(), released == null ? null : released.toInstant(),
        type == null ? null : ReleaseType.valueOf(type), rs.getInt("version"));
  }
}
