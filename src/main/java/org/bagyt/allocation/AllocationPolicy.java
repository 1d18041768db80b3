package org.bagyt.allocation;

/**
 * How a facility or unit holds designated violent extremist prisoners, as data (table {@code allocation_policy}):
 * <ul>
 *   <li>{@link Model#CONCENTRATION}: designated prisoners only in units tagged {@value CellFacts#EXTREMIST_UNIT};</li>
 *   <li>{@link Model#DISPERSAL}: at most {@code maxDesignatedPerUnit} designated prisoners in a unit, and never two
 *       of one network in a unit;</li>
 *   <li>{@link Model#HYBRID}: concentration in tagged units, dispersal everywhere else.</li>
 * </ul>
 * Whatever the model, at most {@code maxGroupMembersPerUnit} members of one group share a unit.
 */
public record AllocationPolicy(Model model, int maxDesignatedPerUnit, int maxGroupMembersPerUnit) {

  public enum Model { CONCENTRATION, DISPERSAL, HYBRID }

  /** The service default where nothing else is recorded. */
  public static final AllocationPolicy DEFAULT = new AllocationPolicy(Model.HYBRID, 2, 2);

  public AllocationPolicy {
    if (model == null || maxDesignatedPerUnit < 0 || maxGroupMembersPerUnit < 1) {
      throw new IllegalArgumentException("an allocation policy needs a model, k >= 0 and a group limit >= 1");
    }
  }

  /** Whether dispersal limits apply in this cell's unit. */
  public boolean disperses(CellFacts where) {
    return model == Model.DISPERSAL || (model == Model.HYBRID && !where.extremistUnit());
  }
}
