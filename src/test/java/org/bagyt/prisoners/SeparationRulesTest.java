package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bagyt.estate.HeldSex;
import org.junit.jupiter.api.Test;

/** Mandela Rule 11 as decided for Bagyt: each rule, its boundaries, and what never counts. */
class SeparationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final SeparationRules.Facility MEN = new SeparationRules.Facility(HeldSex.MALE, false);
  private static final SeparationRules.Facility BOTH = new SeparationRules.Facility(HeldSex.MIXED, false);
  private static final SeparationRules.Facility JUVENILE = new SeparationRules.Facility(HeldSex.MALE, true);

  private static SeparationRules.Person person(Sex sex, LocalDate born, LegalStatus status) {
    return new SeparationRules.Person(sex, born, status);
  }

  private static final SeparationRules.Person MAN = person(Sex.MALE, LocalDate.of(1990, 5, 1), LegalStatus.UNTRIED);

  @Test
  void aWomanIsNeverHeldInAMensFacilityNorInACellWithMen() {
    var woman = person(Sex.FEMALE, LocalDate.of(1990, 5, 1), LegalStatus.UNTRIED);
    assertThat(SeparationRules.breach(woman, MEN, List.of(), TODAY)).contains(SeparationRules.Rule.SEXES);
    assertThat(SeparationRules.breach(woman, BOTH, List.of(), TODAY)).isEmpty();
    assertThat(SeparationRules.breach(woman, BOTH, List.of(MAN), TODAY)).contains(SeparationRules.Rule.SEXES);
  }

  @Test
  void childhoodEndsOnThe18thBirthday() {
    var turns18Today = person(Sex.MALE, TODAY.minusYears(18), LegalStatus.CONVICTED);
    var turns18Tomorrow = person(Sex.MALE, TODAY.minusYears(18).plusDays(1), LegalStatus.CONVICTED);
    assertThat(SeparationRules.breach(turns18Today, MEN, List.of(), TODAY)).isEmpty();
    assertThat(SeparationRules.breach(turns18Tomorrow, MEN, List.of(), TODAY)).contains(SeparationRules.Rule.CHILDREN);
    assertThat(SeparationRules.breach(turns18Tomorrow, JUVENILE, List.of(), TODAY)).isEmpty();
    assertThat(SeparationRules.breach(turns18Today, JUVENILE, List.of(), TODAY)).contains(SeparationRules.Rule.CHILDREN);
  }

  @Test
  void peopleUnderAppealStayWithTheUntriedApartFromTheConvicted() {
    var appealing = person(Sex.MALE, LocalDate.of(1985, 1, 1), LegalStatus.UNDER_APPEAL);
    var convicted = person(Sex.MALE, LocalDate.of(1985, 1, 1), LegalStatus.CONVICTED);
    assertThat(SeparationRules.breach(appealing, MEN, List.of(MAN), TODAY)).isEmpty();
    assertThat(SeparationRules.breach(convicted, MEN, List.of(MAN), TODAY)).contains(SeparationRules.Rule.UNTRIED);
    // Legal status is a rule per cell, not per facility: a colony may hold a man on remand in a cell of his own.
    assertThat(SeparationRules.breach(MAN, MEN, List.of(), TODAY)).isEmpty();
  }

  @Test
  void theRefusalNamesTheRuleForPagesAndTheApi() {
    var refusal = SeparationRules.Rule.CHILDREN.refusal();
    assertThat(refusal.status().value()).isEqualTo(409);
    assertThat(refusal.type()).isEqualTo("separation-children");
    assertThat(refusal.messageKey()).isEqualTo("separation.error.children");
  }
}
