package org.bagyt.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.allocation.internal.PlacementFactsStore;
import org.bagyt.allocation.internal.UnitViewStore;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.estate.Estate;
import org.bagyt.estate.Occupancy;
import org.bagyt.estate.OccupancyStandard;
import org.bagyt.estate.UnitOccupancy;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit view: needs {@value #READ} and the unit's facility among the reader's; it lists prisoners, so every view
 * (and every refusal) is audited, at the unit and its facility.
 */
@Service
public class UnitViews {

  public static final String READ = "allocation.unit.read";
  static final String UNIT = "ALLOCATION_UNIT";

  private final UnitViewStore store;
  private final PlacementFactsStore facts;
  private final Occupancy occupancy;
  private final Estate estate;
  private final AuditTrail audit;

  UnitViews(UnitViewStore store, PlacementFactsStore facts, Occupancy occupancy, Estate estate, AuditTrail audit) {
    this.store = store;
    this.facts = facts;
    this.occupancy = occupancy;
    this.estate = estate;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = BagytException.class)
  public UnitView view(UUID unitId) {
    SignedInUser.require(READ);
    var unit = store.unit(unitId).orElseThrow(BagytException::notFound);
    if (!SignedInUser.current().orElseThrow().worksIn(unit.facilityId())) {
      audit.record(AuditEvent.read(UNIT, unitId).atFacility(unit.facilityId()).denied());
      throw new BagytException(HttpStatus.FORBIDDEN, "outside-scope", "allocation.unit.error.outside-scope");
    }
    var facility = estate.facility(unit.facilityId()).orElseThrow(BagytException::notFound);
    UnitOccupancy cells = occupancy.facility(unit.facilityId()).orElseThrow(BagytException::notFound).units().stream()
        .filter(u -> u.id().equals(unitId)).findFirst().orElseThrow(BagytException::notFound);
    var held = store.held(unitId);
    var ids = held.stream().map(UnitViewStore.Held::id).toList();
    var memberships = store.memberships(ids);
    Map<UUID, List<String>> groupsOf = memberships.stream().collect(Collectors.groupingBy(
        UnitViewStore.Membership::prisonerId, Collectors.mapping(UnitViewStore.Membership::group, Collectors.toList())));
    Map<UUID, CellFacts> cellFacts = facts.cellsOf(unit.facilityId());
    CellFacts anyCell = cellFacts.values().stream().filter(c -> c.unitId().equals(unitId)).findFirst().orElse(null);
    AllocationPolicy policy = anyCell == null ? null : anyCell.policy();

    var people = held.stream().map(h -> new UnitView.Person(h.id(), h.number(), h.name(), h.designated(),
        groupsOf.getOrDefault(h.id(), List.of()))).toList();
    var thresholds = occupancy.thresholds();
    Map<UUID, List<UnitView.Person>> inCell = new LinkedHashMap<>();
    for (int i = 0; i < held.size(); i++) {
      inCell.computeIfAbsent(held.get(i).cellId(), c -> new ArrayList<>()).add(people.get(i));
    }
    var shownCells = cells.cells().stream().map(c -> new UnitView.Cell(c,
        thresholds.minimum(OccupancyStandard.CPT, c.single()), inCell.getOrDefault(c.id(), List.of()))).toList();

    Set<UUID> here = Set.copyOf(ids);
    var pairs = store.openPairs(ids).stream().map(p -> {
      boolean firstHere = here.contains(p.first().id());
      var mine = firstHere ? p.first() : p.second();
      var other = firstHere ? p.second() : p.first();
      KeepApart.Scope shared = shared(mine, other);
      return new UnitView.Pair(p, mine, other, shared, shared != null && p.scope().includes(shared));
    }).sorted(Comparator.comparing((UnitView.Pair p) -> !p.breached())).toList();

    var groups = new ArrayList<UnitView.Group>();
    var byGroup = new LinkedHashMap<UUID, List<UnitViewStore.Membership>>();
    memberships.forEach(m -> byGroup.computeIfAbsent(m.groupId(), g -> new ArrayList<>()).add(m));
    Map<UUID, String> numbers = held.stream().collect(Collectors.toMap(UnitViewStore.Held::id, UnitViewStore.Held::number));
    byGroup.values().forEach(ms -> groups.add(new UnitView.Group(ms.get(0).group(), ms.get(0).kind(),
        ms.stream().map(m -> numbers.get(m.prisonerId())).sorted().toList(),
        policy == null ? AllocationPolicy.DEFAULT.maxGroupMembersPerUnit() : policy.maxGroupMembersPerUnit())));

    audit.record(AuditEvent.read(UNIT, unitId).atFacility(unit.facilityId()));
    return new UnitView(unit, facility, policy, policy != null && policy.disperses(anyCell), shownCells,
        held.stream().filter(UnitViewStore.Held::designated).count(), pairs, groups);
  }

  /** The closest level two people share now, as {@link CellFacts#shared} answers it for cells. */
  private static KeepApart.Scope shared(UnitViewStore.Side a, UnitViewStore.Side b) {
    if (a.cellId() == null || b.cellId() == null) {
      return Objects.equals(a.facilityId(), b.facilityId()) && a.facilityId() != null ? KeepApart.Scope.FACILITY : null;
    }
    if (a.cellId().equals(b.cellId())) {
      return KeepApart.Scope.CELL;
    }
    if (a.unitId().equals(b.unitId())) {
      return KeepApart.Scope.UNIT;
    }
    return Objects.equals(a.facilityId(), b.facilityId()) ? KeepApart.Scope.FACILITY : null;
  }
}
