package org.bagyt.allocation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.allocation.internal.AllocationPolicyStore;
import org.bagyt.allocation.internal.AllocationPolicyStore.Row;
import org.bagyt.allocation.internal.AllocationPolicyStore.Unit;
import org.bagyt.allocation.internal.PolicyRows;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation policies as people see and change them: the service default, each facility's own row and each unit's,
 * and which one is in force in every unit (a unit's own, else its facility's, else the service default, as
 * {@link PlacementCheck} reads them). Reading needs {@value #READ}; setting or removing a row needs {@value #SET} and,
 * for the service default, the whole service (headquarters); a governor sets their own facility and its units.
 * A change that leaves designated prisoners nowhere they may lawfully be held is refused, naming the cause; every
 * change is kept in the history with its reason and audited.
 */
@Service
public class AllocationPolicies {

  public static final String READ = "allocation.policy.read";
  public static final String SET = "allocation.policy.set";
  public static final int MAX_DESIGNATED = 1000;
  public static final int MAX_GROUP = 1000;
  public static final int MAX_REASON = 2000;
  static final String POLICY = "ALLOCATION_POLICY";
  static final String SET_ACTION = "ALLOCATION_POLICY_SET";
  static final String REMOVED_ACTION = "ALLOCATION_POLICY_REMOVED";
  private static final int HISTORY = 200;
  private static final String OUTSIDE = "policy.error.outside-scope";

  /** Where the policy in force in a unit comes from. */
  public enum Source { UNIT, FACILITY, SERVICE }

  /** A policy to set for the service (both ids left out), a facility or a unit, at the version read (none: no own row). */
  public record Setting(UUID facilityId, UUID unitId, String model, Integer maxDesignatedPerUnit,
      Integer maxGroupMembersPerUnit, String reason, Integer version) {}

  /** A facility's or unit's own row to remove, at the version read, so that it inherits again. */
  public record Removal(UUID facilityId, UUID unitId, String reason, Integer version) {}

  /** A recorded own row: the policy, who set it, when, why, and its version for the next change. */
  public record Own(AllocationPolicy policy, String setBy, Instant setAt, String reason, int version) {}

  public record UnitPolicy(UUID id, String code, String name, boolean extremistUnit, int designatedHeld, Own own,
      AllocationPolicy inForce, Source source) {}

  public record FacilityPolicy(FacilitySummary facility, Own own, AllocationPolicy inForce, Source source,
      int designatedHeld, boolean hasExtremistUnit, boolean maySet, List<UnitPolicy> units) {}

  /** A change of the history, with the codes of its facility and unit (both null: the service default). */
  public record Change(String facilityCode, String unitCode, AllocationPolicy before, AllocationPolicy after,
      String changedBy, Instant changedAt, String reason) {}

  public record Overview(Own service, AllocationPolicy serviceInForce, boolean maySetService,
      List<FacilityPolicy> facilities, List<Change> history) {}

  /** One scope as its form shows it: what is in force there, its own row if any, and whether the reader may change it. */
  public record Scope(FacilitySummary facility, UnitPolicy unit, Own own, AllocationPolicy inForce, Source source) {}

  /** What a change left in force at its scope, and the facility it concerns (null: the service). */
  public record Changed(UUID facilityId, UUID unitId, AllocationPolicy inForce, Source source, Integer version) {}

  private final AllocationPolicyStore store;
  private final Estate estate;
  private final AuditTrail audit;
  private final Clock clock;

  AllocationPolicies(AllocationPolicyStore store, Estate estate, AuditTrail audit, Clock clock) {
    this.store = store;
    this.estate = estate;
    this.audit = audit;
    this.clock = clock;
  }

  /** The service default, the facilities the reader works in with their units, and the history of those. */
  @Transactional
  public Overview overview() {
    SignedInUser user = SignedInUser.require(READ);
    State state = state();
    boolean maySet = SignedInUser.holds(SET);
    var facilities = state.facilities.stream()
        .filter(f -> user.worksIn(f.id()))
        .sorted(java.util.Comparator.comparing(FacilitySummary::code))
        .map(f -> facility(state, f, maySet)).toList();
    Map<UUID, String> unitCodes = state.units.stream().collect(Collectors.toMap(Unit::id, Unit::code));
    var history = store.changes(HISTORY).stream()
        .filter(c -> c.facilityId() == null || user.worksIn(c.facilityId()))
        .map(c -> new Change(state.facilityCode(c.facilityId()), unitCodes.get(c.unitId()), c.before(), c.after(),
            c.changedBy(), c.changedAt(), c.reason())).toList();
    audit.record(AuditEvent.read(POLICY, null).withPurpose("list"));
    Row service = state.rows.own(null, null);
    return new Overview(own(service), state.service(), maySet && user.serviceWide(), facilities, history);
  }

  /**
   * The scope a form changes: a unit (its facility is its own), a facility, or the service when both are left out;
   * a person who works in one facility only and names none gets that facility. 404 for an unknown facility or unit.
   */
  @Transactional(readOnly = true)
  public Scope scope(UUID facilityId, UUID unitId) {
    SignedInUser user = SignedInUser.require(SET);
    if (facilityId == null && unitId == null && !user.serviceWide() && user.facilityIds().size() == 1) {
      facilityId = user.facilityIds().get(0);
    }
    State state = state();
    Unit unit = unitId == null ? null : state.unit(unitId).orElseThrow(BagytException::notFound);
    UUID facility = unit != null ? unit.facilityId() : facilityId;
    FacilitySummary summary = facility == null ? null : estate.facility(facility).orElseThrow(BagytException::notFound);
    if (facility == null ? !user.serviceWide() : !user.worksIn(facility)) {
      throw new OutsideFacility(OUTSIDE);
    }
    if (unit != null) {
      UnitPolicy shown = unitPolicy(state, unit);
      return new Scope(summary, shown, shown.own(), shown.inForce(), shown.source());
    }
    if (summary != null) {
      Row own = state.rows.own(facility, null);
      return new Scope(summary, null, own(own), state.facilityPolicy(facility),
          own != null ? Source.FACILITY : Source.SERVICE);
    }
    Row own = state.rows.own(null, null);
    return new Scope(null, null, own(own), state.service(), Source.SERVICE);
  }

  /**
   * Sets the policy of the service, a facility or a unit. Refuses, writing nothing: a missing or unknown model, k or
   * group limit out of range, a missing reason, an unknown facility or unit (400, at its field); a scope outside the
   * person's (403); a version other than the one recorded (409 stale-edit); a policy that contradicts who is held
   * there (409, naming the facility or unit and the cause).
   */
  @Transactional(noRollbackFor = OutsideFacility.class)
  public Changed set(Setting s) {
    SignedInUser user = SignedInUser.require(SET);
    var errors = new LinkedHashMap<String, String>();
    AllocationPolicy.Model model = model(s == null ? null : s.model());
    if (model == null) {
      errors.put("model", "policy.error.model");
    }
    if (s == null || s.maxDesignatedPerUnit() == null || s.maxDesignatedPerUnit() < 0
        || s.maxDesignatedPerUnit() > MAX_DESIGNATED) {
      errors.put("maxDesignatedPerUnit", "policy.error.max-designated");
    }
    if (s == null || s.maxGroupMembersPerUnit() == null || s.maxGroupMembersPerUnit() < 1
        || s.maxGroupMembersPerUnit() > MAX_GROUP) {
      errors.put("maxGroupMembersPerUnit", "policy.error.max-group");
    }
    reason(s == null ? null : s.reason(), errors);
    store.lockChanges();
    State state = state();
    UUID facilityId = where(state, s == null ? null : s.facilityId(), s == null ? null : s.unitId(), errors);
    InvalidFields.throwIfAny(errors);
    UUID unitId = s.unitId();
    requireScope(user, facilityId, unitId);
    Row own = state.rows.own(facilityId, unitId);
    requireVersion(own, s.version());
    var policy = new AllocationPolicy(model, s.maxDesignatedPerUnit(), s.maxGroupMembersPerUnit());
    state.rows.put(new Row(null, facilityId, unitId, policy, null, null, null, 0));
    contradiction(state, facilityId, unitId);
    String me = user.username();
    Instant now = clock.instant();
    String reason = s.reason().strip();
    if (own == null) {
      store.insert(facilityId, unitId, policy, me, now, reason);
    } else {
      store.update(own.id(), own.version(), policy, me, now, reason);
    }
    store.recordChange(facilityId, unitId, own == null ? null : own.policy(), policy, me, now, reason);
    audit.record(AuditEvent.of(SET_ACTION, POLICY, scopeName(facilityId, unitId)).atFacility(facilityId)
        .withPurpose(policy.model() + " k=" + policy.maxDesignatedPerUnit() + " group=" + policy.maxGroupMembersPerUnit()));
    return new Changed(facilityId, unitId, policy, unitId != null ? Source.UNIT : facilityId != null ? Source.FACILITY
        : Source.SERVICE, own == null ? 0 : own.version() + 1);
  }

  /**
   * Removes a facility's or unit's own row, so that it inherits again. Refuses, writing nothing: no facility or unit
   * named (the service default is changed, never removed), a missing reason or version (400); outside the person's
   * facilities (403); no own row, or another version (409 stale-edit); a policy inherited that contradicts who is
   * held there (409, as for setting).
   */
  @Transactional(noRollbackFor = OutsideFacility.class)
  public Changed remove(Removal r) {
    SignedInUser user = SignedInUser.require(SET);
    var errors = new LinkedHashMap<String, String>();
    reason(r == null ? null : r.reason(), errors);
    store.lockChanges();
    State state = state();
    UUID facilityId = null;
    if (r == null || r.facilityId() == null && r.unitId() == null) {
      errors.put("facilityId", "policy.error.service-not-removed");
    } else {
      facilityId = where(state, r.facilityId(), r.unitId(), errors);
    }
    if (r == null || r.version() == null) {
      errors.put("version", "policy.error.version-required");
    }
    InvalidFields.throwIfAny(errors);
    UUID unitId = r.unitId();
    requireScope(user, facilityId, unitId);
    Row own = state.rows.own(facilityId, unitId);
    if (own == null) {
      throw AllocationPolicyStore.stale();
    }
    requireVersion(own, r.version());
    state.rows.remove(facilityId, unitId);
    contradiction(state, facilityId, unitId);
    String me = user.username();
    Instant now = clock.instant();
    store.delete(own.id(), own.version());
    store.recordChange(facilityId, unitId, own.policy(), null, me, now, r.reason().strip());
    audit.record(AuditEvent.of(REMOVED_ACTION, POLICY, scopeName(facilityId, unitId)).atFacility(facilityId)
        .withPurpose(own.policy().model().name()));
    if (unitId != null) {
      return new Changed(facilityId, unitId, state.facilityPolicy(facilityId),
          state.rows.own(facilityId, null) != null ? Source.FACILITY : Source.SERVICE, null);
    }
    return new Changed(facilityId, null, state.service(), Source.SERVICE, null);
  }

  // --- The rules a change must keep -----------------------------------------------------------------------------

  /**
   * Refuses a state in which designated prisoners held at the changed scope could be held nowhere lawfully: for a
   * facility (or each facility inheriting the service default), concentration without a unit tagged
   * {@value CellFacts#EXTREMIST_UNIT}, or k = 0 where it disperses everywhere (dispersal, or hybrid with no unit
   * tagged); for a unit, concentration in an untagged unit or
   * dispersal with k = 0 where it applies, while it holds designated prisoners.
   */
  private void contradiction(State state, UUID facilityId, UUID unitId) {
    if (unitId != null) {
      Unit unit = state.unit(unitId).orElseThrow();
      AllocationPolicy p = state.unitPolicy(unit);
      String facilityCode = state.facilityCode(facilityId);
      if (unit.designatedHeld() > 0 && p.model() == AllocationPolicy.Model.CONCENTRATION && !unit.extremistUnit()) {
        throw BagytException.conflict("policy-untagged-unit", "policy.error.untagged-unit", unit.code(), facilityCode,
            unit.designatedHeld());
      }
      if (unit.designatedHeld() > 0 && p.maxDesignatedPerUnit() == 0
          && (p.model() == AllocationPolicy.Model.DISPERSAL
              || p.model() == AllocationPolicy.Model.HYBRID && !unit.extremistUnit())) {
        throw BagytException.conflict("policy-dispersal-none", "policy.error.dispersal-none-unit", unit.code(),
            facilityCode, unit.designatedHeld());
      }
      return;
    }
    var facilities = facilityId != null ? List.of(facilityId)
        : state.facilityIds().stream().filter(f -> state.rows.own(f, null) == null).toList();
    for (UUID f : facilities) {
      AllocationPolicy p = state.facilityPolicy(f);
      int designated = state.units.stream().filter(u -> u.facilityId().equals(f)).mapToInt(Unit::designatedHeld).sum();
      boolean tagged = state.units.stream().anyMatch(u -> u.facilityId().equals(f) && u.extremistUnit());
      // Hybrid disperses wherever no unit is tagged, so only concentration needs one.
      if (designated > 0 && p.model() == AllocationPolicy.Model.CONCENTRATION && !tagged) {
        throw BagytException.conflict("policy-needs-extremist-unit", "policy.error.needs-extremist-unit",
            state.facilityCode(f), designated);
      }
      boolean dispersesEverywhere = p.model() == AllocationPolicy.Model.DISPERSAL
          || p.model() == AllocationPolicy.Model.HYBRID && !tagged;
      if (designated > 0 && dispersesEverywhere && p.maxDesignatedPerUnit() == 0) {
        throw BagytException.conflict("policy-dispersal-none", "policy.error.dispersal-none", state.facilityCode(f),
            designated);
      }
    }
  }

  // --- Reading the state ----------------------------------------------------------------------------------------

  /** Every policy row by scope, every unit with what it holds, and the facilities' codes. */
  private final class State {
    final PolicyRows rows = store.rows();
    final List<Unit> units = store.units();
    final List<FacilitySummary> facilities = estate.facilities();
    final Map<UUID, String> codes = facilities.stream()
        .collect(Collectors.toMap(FacilitySummary::id, FacilitySummary::code));

    AllocationPolicy service() {
      return rows.service();
    }

    AllocationPolicy facilityPolicy(UUID facilityId) {
      return rows.facility(facilityId);
    }

    AllocationPolicy unitPolicy(Unit unit) {
      return rows.unit(unit.facilityId(), unit.id());
    }

    Optional<Unit> unit(UUID id) {
      return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The facilities in the order of their codes, so that a refusal names the same one every time. */
    List<UUID> facilityIds() {
      return codes.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    String facilityCode(UUID id) {
      return codes.get(id);
    }
  }

  private State state() {
    return new State();
  }

  private FacilityPolicy facility(State state, FacilitySummary f, boolean maySet) {
    var units = state.units.stream().filter(u -> u.facilityId().equals(f.id())).map(u -> unitPolicy(state, u)).toList();
    Row own = state.rows.own(f.id(), null);
    return new FacilityPolicy(f, own(own), state.facilityPolicy(f.id()), own != null ? Source.FACILITY : Source.SERVICE,
        units.stream().mapToInt(UnitPolicy::designatedHeld).sum(), units.stream().anyMatch(UnitPolicy::extremistUnit),
        maySet, units);
  }

  private UnitPolicy unitPolicy(State state, Unit u) {
    Row own = state.rows.own(u.facilityId(), u.id());
    Source source = own != null ? Source.UNIT : state.rows.own(u.facilityId(), null) != null ? Source.FACILITY
        : Source.SERVICE;
    return new UnitPolicy(u.id(), u.code(), u.name(), u.extremistUnit(), u.designatedHeld(), own(own),
        state.unitPolicy(u), source);
  }

  // --- Checks shared by setting and removing ----------------------------------------------------------------------

  /** The facility of the scope named: a unit's own facility (which a facility named must match), or the facility. */
  private static UUID where(State state, UUID facilityId, UUID unitId, Map<String, String> errors) {
    if (unitId != null) {
      Optional<Unit> unit = state.unit(unitId);
      if (unit.isEmpty()) {
        errors.put("unitId", "policy.error.unknown-unit");
        return null;
      }
      if (facilityId != null && !facilityId.equals(unit.get().facilityId())) {
        errors.put("unitId", "policy.error.unit-elsewhere");
      }
      return unit.get().facilityId();
    }
    if (facilityId != null && state.facilityCode(facilityId) == null) {
      errors.put("facilityId", "policy.error.unknown-facility");
    }
    return facilityId;
  }

  private static void reason(String reason, Map<String, String> errors) {
    if (reason == null || reason.isBlank()) {
      errors.put("reason", "policy.error.reason-required");
    } else if (reason.strip().length() > MAX_REASON) {
      errors.put("reason", "policy.error.reason-too-long");
    }
  }

  /** Headquarters change the service default and every facility; a governor only their own facility and its units. */
  private void requireScope(SignedInUser user, UUID facilityId, UUID unitId) {
    if (facilityId == null ? !user.serviceWide() : !user.worksIn(facilityId)) {
      audit.record(AuditEvent.of(SET_ACTION, POLICY, scopeName(facilityId, unitId)).atFacility(facilityId).denied());
      throw new OutsideFacility(OUTSIDE);
    }
  }

  /** A change is made at the version read; none read means no own row was there, and there must still be none. */
  private static void requireVersion(Row own, Integer version) {
    if (own == null ? version != null : !Objects.equals(version, own.version())) {
      throw AllocationPolicyStore.stale();
    }
  }

  private static Own own(Row row) {
    return row == null ? null : new Own(row.policy(), row.setBy(), row.setAt(), row.reason(), row.version());
  }

  private static AllocationPolicy.Model model(String code) {
    if (code == null) {
      return null;
    }
    try {
      return AllocationPolicy.Model.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String scopeName(UUID facilityId, UUID unitId) {
    return unitId != null ? "unit:" + unitId : facilityId != null ? "facility:" + facilityId : "service";
  }
}
