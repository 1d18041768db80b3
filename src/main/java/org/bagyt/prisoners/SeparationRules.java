package org.bagyt.prisoners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.bagyt.estate.HeldSex;
import org.bagyt.platform.BagytException;

/**
 * Mandela Rule 11, the one definition every placement uses (admission and bulk registration, cell moves,
 * transfers), checked both against the facility and against the people already in the cell:
 * <ul>
 *   <li>{@link Rule#SEXES}: nobody in a facility for the other sex; in a facility holding both, a cell holds one sex.</li>
 *   <li>{@link Rule#CHILDREN}: a person under 18 only in a juvenile facility, and no adult in one (so never in a
 *       cell with an adult).</li>
 *   <li>{@link Rule#UNTRIED}: people not finally convicted (untried, or convicted but under appeal: the verdict is not
 *       yet in force) never share a cell with convicted prisoners.</li>
 * </ul>
 * Only sex, age and legal status count: religion, ethnicity or religious practice never decide a placement.
 */
public final class SeparationRules {

  /** What the rules look at in a person. */
  public record Person(Sex sex, LocalDate dateOfBirth, LegalStatus legalStatus) {

    boolean child(LocalDate today) {
      return dateOfBirth.plusYears(18).isAfter(today);
    }

    boolean untried() {
      return legalStatus != LegalStatus.CONVICTED;
    }
  }

  /** Who a facility holds. */
  public record Facility(HeldSex sex, boolean juvenile) {}

  /** One rule, with the refusal a person reads. */
  public enum Rule {
    SEXES {
      @Override
      boolean breachedBy(Person p, Facility f, Collection<Person> cellmates, LocalDate today) {
        boolean facilityForOtherSex = f.sex() != HeldSex.MIXED && !f.sex().name().equals(p.sex().name());
        return facilityForOtherSex || cellmates.stream().anyMatch(c -> c.sex() != p.sex());
      }
    },
    CHILDREN {
      @Override
      boolean breachedBy(Person p, Facility f, Collection<Person> cellmates, LocalDate today) {
        boolean child = p.child(today);
        return child != f.juvenile() || cellmates.stream().anyMatch(c -> c.child(today) != child);
      }
    },
    UNTRIED {
      @Override
      boolean breachedBy(Person p, Facility f, Collection<Person> cellmates, LocalDate today) {
        return cellmates.stream().anyMatch(c -> c.untried() != p.untried());
      }
    };

    abstract boolean breachedBy(Person person, Facility facility, Collection<Person> cellmates, LocalDate today);

    /** The refusal: 409 with problem type {@code separation-sexes} etc. and a translated explanation. */
    public BagytException refusal() {
      String code = name().toLowerCase(java.util.Locale.ROOT);
      return BagytException.conflict("separation-" + code, "separation.error." + code);
    }
  }

  private SeparationRules() {}

  /** The first rule placing this person in this facility, with these cellmates (none without a cell), would break. */
  public static Optional<Rule> breach(Person person, Facility facility, Collection<Person> cellmates, LocalDate today) {
    return Stream.of(Rule.values()).filter(r -> r.breachedBy(person, facility, cellmates, today)).findFirst();
  }

  /** Refuses the placement with the broken rule's explanation. */
  public static void require(Person person, Facility facility, Collection<Person> cellmates, LocalDate today) {
    breach(person, facility, cellmates, today).ifPresent(rule -> {
      throw rule.refusal();
    });
  }
}
