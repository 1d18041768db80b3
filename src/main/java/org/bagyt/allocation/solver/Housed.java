package org.bagyt.allocation.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.PrisonerFacts;
import org.bagyt.allocation.PlacementRules;

/**
 * One prisoner and the cell the solver gives them: the planning entity. {@code current} is where they are now (null
 * for an admission), so that a move away from it can be costed; {@code eligible} are the cells the cell rules allow
 * (plus the current one), so that the solver does not have to discover eligibility; {@code pinned} people stay put.
 */
@PlanningEntity
public class Housed {

  @PlanningId
  private UUID id;
  private PrisonerFacts prisoner;
  private HousingCell current;
  private List<HousingCell> eligible;
  private PlacementRules rules;
  @PlanningPin
  private boolean pinned;
  @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "eligible")
  private HousingCell cell;

  Housed() {
    // For the solver's cloning.
  }

  public Housed(PrisonerFacts prisoner, HousingCell current, List<HousingCell> eligible, PlacementRules rules,
      boolean pinned) {
    this.id = prisoner.id();
    this.prisoner = prisoner;
    this.current = current;
    this.eligible = eligible;
    this.rules = rules;
    this.pinned = pinned;
    this.cell = current;
  }

  public UUID getId() {
    return id;
  }

  public PrisonerFacts prisoner() {
    return prisoner;
  }

  public HousingCell current() {
    return current;
  }

  public PlacementRules rules() {
    return rules;
  }

  public boolean isPinned() {
    return pinned;
  }

  @ValueRangeProvider(id = "eligible")
  public List<HousingCell> getEligible() {
    return eligible;
  }

  /** Narrows the cells offered to this person (before solving). */
  void offerOnly(List<HousingCell> cells) {
    this.eligible = cells;
  }

  public HousingCell getCell() {
    return cell;
  }

  public void setCell(HousingCell cell) {
    this.cell = cell;
  }

  /** Whether the solver moved the person away from where they are now. */
  public boolean moved() {
    return current != null && cell != current;
  }

  public UUID unitId() {
    return cell.facts().unitId();
  }

  public UUID facilityId() {
    return cell.facts().facilityId();
  }

  @Override
  public String toString() {
    return id + "@" + cell;
  }
}
