package org.bagyt.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bagyt.custody.AbsenceReason;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.PastMovement;
import org.bagyt.estate.CellPlaces;
import org.bagyt.estate.FacilityType;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.PrisonerLocations.Location;

/**
 * Earlier movements of demo prisoners, ending where each person is now, so that history never contradicts the
 * register and beds in use stay as admission left them: convicted people came from a pre-trial centre holding
 * their sex, some changed cells since, people on remand went to court and came back, a few colony prisoners
 * spent days in hospital.
 */
final class DemoMovements {

  private static final Duration COURT_DAY = Duration.ofHours(9);

  private DemoMovements() {}

  static List<PastMovement> generate(Random random, List<Location> people, List<CellPlaces> cells, Instant now) {
    Map<UUID, List<CellPlaces>> cellsOf = new HashMap<>();
    for (CellPlaces c : cells) {
      if (!c.unitUsedFor().contains("SEPARATION")) {
        cellsOf.computeIfAbsent(c.facilityId(), f -> new ArrayList<>()).add(c);
      }
    }
    var movements = new ArrayList<PastMovement>();
    for (Location l : people) {
      long days = Duration.between(l.admittedAt(), now).toDays();
      List<CellPlaces> here = cellsOf.get(l.facilityId());
      if (days < 10 || l.cellId() == null || here == null) {
        continue;
      }
      CellPlaces facility = here.get(0);
      Instant admitted = l.admittedAt();
      UUID cameInto = l.cellId();
      if (random.nextInt(3) == 0 && here.size() > 1) {
        CellPlaces earlier = here.get(random.nextInt(here.size()));
        if (!earlier.cellId().equals(l.cellId())) {
          movements.add(new PastMovement(l.prisonerId(), MovementKind.CELL_MOVE, admitted.plus(Duration.ofDays(days * 2 / 3)),
              l.facilityId(), earlier.cellId(), l.facilityId(), l.cellId(), null, null, "officer", null));
          cameInto = earlier.cellId();
        }
      }
      if (facility.type() == FacilityType.PRE_TRIAL) {
        Instant hearing = admitted.plus(Duration.ofDays(days / 2)).plus(Duration.ofHours(2));
        movements.add(new PastMovement(l.prisonerId(), MovementKind.TEMPORARY_ABSENCE, hearing, l.facilityId(), l.cellId(),
            null, null, AbsenceReason.COURT, hearing.plus(COURT_DAY), "officer", null));
      } else if (!facility.juvenile()) {
        List<CellPlaces> remand = remandFor(facility.sex(), cellsOf);
        if (!remand.isEmpty()) {
          CellPlaces from = remand.get(random.nextInt(remand.size()));
          movements.add(new PastMovement(l.prisonerId(), MovementKind.TRANSFER, admitted.plus(Duration.ofDays(days / 4)),
              from.facilityId(), from.cellId(), l.facilityId(), cameInto, null, null, "officer", "governor"));
        }
        if (random.nextInt(10) == 0) {
          Instant out = admitted.plus(Duration.ofDays(days * 4 / 5));
          movements.add(new PastMovement(l.prisonerId(), MovementKind.TEMPORARY_ABSENCE, out, l.facilityId(), l.cellId(),
              null, null, AbsenceReason.HOSPITAL, out.plus(Duration.ofDays(1 + random.nextInt(2))), "officer", null));
        }
      }
    }
    return movements;
  }

  /** The cells of adult pre-trial centres that hold this sex (one sex, or both in separate cells). */
  private static List<CellPlaces> remandFor(HeldSex sex, Map<UUID, List<CellPlaces>> cellsOf) {
    return cellsOf.values().stream().flatMap(List::stream)
        .filter(c -> c.type() == FacilityType.PRE_TRIAL && !c.juvenile() && (c.sex() == sex || c.sex() == HeldSex.MIXED))
        .toList();
  }
}
