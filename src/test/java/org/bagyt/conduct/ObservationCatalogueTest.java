package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of observable behaviours is checked when it is loaded: Bagyt's own passes, and an entry that concerns,
 * or whose title names, religious practice, prayer, dress, diet, ethnicity or nationality is refused with the reason.
 */
class ObservationCatalogueTest {

  private static String catalogue(String concerns, String en, String ru) {
    return """
        version: 1
        behaviours:
          - code: THREATENS_VIOLENCE
            concerns: VIOLENCE
            title: {ky: "Адамдарга зомбулук көрсөтөм деп коркутат", ru: "Угрожает применить насилие", en: "Threatens violence"}
          - code: SECOND
            concerns: %s
            title: {ky: "Экинчи", ru: "%s", en: "%s"}
        """.formatted(concerns, ru, en);
  }

  @Test
  void bagytsOwnCatalogueLoadsWithItsBehavioursInThreeLanguages() throws IOException {
    var shipped = new ObservationCatalogue();
    assertThat(shipped.behaviours()).hasSizeBetween(10, 12);
    assertThat(shipped.behaviours()).extracting(ObservableBehaviour::code)
        .contains("PRESSURES_OTHERS_OVER_VIEWS", "POSSESSES_VIOLENT_MATERIAL", "SEEKS_KNOWN_RECRUITERS",
            "WITHDRAWS_FROM_PROGRAMMES");
    shipped.behaviours().forEach(b -> assertThat(b.titleKy()).isNotBlank().isNotEqualTo(b.titleEn()));
    assertThat(shipped.title("SEEKS_KNOWN_RECRUITERS", "ru")).isEqualTo("Ищет контакта с известными вербовщиками");
  }

  @Test
  void anEntryConcerningReligiousPracticeIsRefused() {
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", catalogue("RELIGIOUS_PRACTICE", "Other", "Другое")))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class, r -> {
          assertThat(r.keys()).containsExactly("observation.problem.forbidden-subject");
          assertThat(r.problems().get(0).where()).isEqualTo("behaviours[1].concerns");
        });
    for (String forbidden : new String[] {"PRAYER", "DRESS", "DIET", "ETHNICITY", "NATIONALITY", "RELIGION"}) {
      assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", catalogue(forbidden, "Other", "Другое")))
          .as(forbidden).isInstanceOf(ObservationCatalogueRefused.class);
    }
  }

  @Test
  void anEntryWhoseTitleNamesPrayerDressOrDietIsRefusedInAnyLanguage() {
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", catalogue("CONDUCT", "Prays five times a day",
        "Часто бывает в отряде")))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class,
            r -> assertThat(r.keys()).containsExactly("observation.problem.forbidden-wording"));
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", catalogue("CONDUCT", "Changed",
        "Сменил одежду на религиозную")))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class, r -> assertThat(r.getMessage()).contains("одежд"));
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", catalogue("CONDUCT", "Refuses the prison diet",
        "Отказывается")))
        .isInstanceOf(ObservationCatalogueRefused.class);
  }

  @Test
  void malformedOrIncompleteCataloguesAreRefusedWithEveryProblem() {
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", catalogue("MOOD", "Other", "Другое")))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class,
            r -> assertThat(r.keys()).containsExactly("observation.problem.unknown-subject"));
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", "version: 1\nbehaviours: []\n"))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class,
            r -> assertThat(r.keys()).containsExactly("observation.problem.required"));
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", "behaviours: [{code: x}]\nextra: 1\n"))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class,
            r -> assertThat(r.keys()).containsExactly("observation.problem.malformed"));
    String twice = catalogue("VIOLENCE", "Other", "Другое").replace("code: SECOND", "code: THREATENS_VIOLENCE");
    assertThatThrownBy(() -> ObservationCatalogue.read("test.yaml", twice))
        .isInstanceOfSatisfying(ObservationCatalogueRefused.class,
            r -> assertThat(r.keys()).containsExactly("observation.problem.duplicate"));
  }
}
