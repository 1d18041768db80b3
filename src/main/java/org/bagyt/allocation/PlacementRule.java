package org.bagyt.allocation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A placement rule, defined once and used both by {@link PlacementCheck} and by the solver's constraint streams.
 * Three shapes, each a plain predicate on {@link PrisonerFacts} and {@link CellFacts}:
 * <ul>
 *   <li>{@link OnCell}: the prisoner in the cell, alone (a cell out of use, Rule 11 against the facility,
 *       concentration);</li>
 *   <li>{@link OnPair}: two prisoners and where each is held (Rule 11 among cellmates, keep-apart pairs, vulnerable
 *       with a high-influence prisoner, two of one network in a dispersal unit);</li>
 *   <li>{@link OnCount}: how many prisoners with the same key share a cell or unit (beds, group members,
 *       designated prisoners under dispersal).</li>
 * </ul>
 * {@link PlacementRules} lists them all.
 */
public sealed interface PlacementRule permits PlacementRule.OnCell, PlacementRule.OnPair, PlacementRule.OnCount {

  /** Every rule by name; hard rules block a placement, soft ones are costs. */
  enum Code {
    SEPARATION(true), CELL_OUT_OF_USE(true), BEDS(true), KEEP_APART(true), GROUP_LIMIT(true), CONCENTRATION(true),
    DISPERSAL(true), VULNERABLE_WITH_INFLUENCER(true), CROWDING(false), DISTANCE_FROM_HOME(false);

    private final boolean hard;

    Code(boolean hard) {
      this.hard = hard;
    }

    public boolean hard() {
      return hard;
    }
  }

  Code code();

  default boolean hard() {
    return code().hard();
  }

  /** A rule on one prisoner in one cell. */
  non-sealed interface OnCell extends PlacementRule {

    /** The violation, or empty when {@code p} may be held in {@code c} as far as this rule goes. */
    Optional<Violation> check(PrisonerFacts p, CellFacts c);

    default boolean breaks(PrisonerFacts p, CellFacts c) {
      return check(p, c).isPresent();
    }
  }

  /** A rule on two different prisoners, each where they are (or would be) held. Symmetric. */
  non-sealed interface OnPair extends PlacementRule {

    Optional<Violation> check(PrisonerFacts a, CellFacts aCell, PrisonerFacts b, CellFacts bCell);

    default boolean conflicts(PrisonerFacts a, CellFacts aCell, PrisonerFacts b, CellFacts bCell) {
      return check(a, aCell, b, bCell).isPresent();
    }
  }

  /**
   * A limit on how many prisoners with the same key share a cell or unit ({@link #scope()}): a prisoner counts once
   * under each of their {@link #keys}; the rule is broken when more than {@link #limit} share a key there.
   */
  non-sealed interface OnCount extends PlacementRule {

    /** CELL or UNIT. */
    KeepApart.Scope scope();

    /** The keys this prisoner counts under when held in {@code c} (none when the rule does not concern them). */
    Collection<String> keys(PrisonerFacts p, CellFacts c);

    /** How many may share {@code key} in {@code c}'s cell or unit. */
    int limit(String key, CellFacts c);

    /** The violation of {@code count} prisoners sharing {@code key} where the limit is {@code limit}. */
    Violation violation(String key, int count, int limit, List<UUID> others);
  }
}
