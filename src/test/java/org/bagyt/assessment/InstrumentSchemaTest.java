package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Instrument files are read strictly: the shipped instruments load, and each kind of bad file is refused with the
 * rule it breaks, most importantly any item that would rate religion, its practice or another protected characteristic.
 */
class InstrumentSchemaTest {

  private static final Path SHIPPED = Path.of("src/main/resources/assessment/instruments");

  private static String shipped(String file) throws IOException {
    return Files.readString(SHIPPED.resolve(file), StandardCharsets.UTF_8);
  }

  /** A small valid instrument; tests change one thing in it. */
  private static final String VALID = """
      id: test-instrument
      version: 1
      purpose: EXTREMISM_RISK_NEEDS
      name: {ky: "Сыноо", ru: "Проба", en: "Test"}
      guidance: {ky: "Колдонмо", ru: "Руководство", en: "Guidance"}
      plan: true
      scales:
        - code: level
          options:
            - {code: LOW, label: {ky: "Төмөн", ru: "Низкий", en: "Low"}}
            - {code: HIGH, label: {ky: "Жогору", ru: "Высокий", en: "High"}}
          needs: [HIGH]
      domains:
        - code: behaviour
          title: {ky: "Жүрүм-турум", ru: "Поведение", en: "Behaviour"}
          items:
            - code: B1
              title: {ky: "Башкаларга коркутуу", ru: "Угрозы другим", en: "Threatens others"}
              guidance: {ky: "Жазылган окуялар", ru: "Записанные случаи", en: "Recorded incidents"}
              scale: level
              direction: RISK
              rates: [BEHAVIOUR]
              rationaleRequired: true
      judgements:
        - code: violence
          title: {ky: "Зомбулук", ru: "Насилие", en: "Violence"}
          guidance: {ky: "Корутунду", ru: "Вывод", en: "Judgement"}
          reviewMonths: {LOW: 12, MODERATE: 6, HIGH: 3}
      """;

  @Test
  void theShippedInstrumentsLoad() throws IOException {
    Instrument screening = Instruments.check("screening", shipped("bagyt-intake-screening-v1.yaml"));
    Instrument full = Instruments.check("full", shipped("bagyt-risk-needs-v1.yaml"));

    assertThat(screening.purpose()).isEqualTo(InstrumentPurpose.INTAKE_SCREENING);
    assertThat(screening.items().count()).isBetween(8L, 12L);
    assertThat(screening.judgements()).anySatisfy(j -> assertThat(j.referAtOrAbove()).isNotNull());
    assertThat(full.purpose()).isEqualTo(InstrumentPurpose.EXTREMISM_RISK_NEEDS);
    assertThat(full.domains()).extracting(Instrument.Domain::code)
        .containsExactly("beliefs", "context", "history", "commitment", "protective");
    assertThat(full.judgements()).extracting(Instrument.Judgement::code).contains("violence", "influence", "vulnerability");
    assertThat(full.items()).allSatisfy(i -> {
      assertThat(i.title().ky()).isNotBlank();
      assertThat(i.title().ru()).isNotBlank();
      assertThat(i.title().en()).isNotBlank();
    });
  }

  @Test
  void aValidFileReadsAsWritten() {
    Instrument i = Instruments.check("valid", VALID);
    assertThat(i.label()).isEqualTo("test-instrument v1");
    assertThat(i.item("B1")).get().extracting(Instrument.Item::rationaleRequired).isEqualTo(true);
    assertThat(i.judgement("violence").orElseThrow().reviewMonths().get(Level.HIGH)).isEqualTo(3);
  }

  @Test
  void anItemRatingReligiousPracticeIsRefused() {
    String forbidden = VALID.replace("rates: [BEHAVIOUR]", "rates: [RELIGIOUS_PRACTICE]");
    assertThatThrownBy(() -> Instruments.check("forbidden", forbidden))
        .isInstanceOfSatisfying(InstrumentRefused.class, refused -> {
          assertThat(refused.keys()).containsExactly("instrument.problem.forbidden-input");
          assertThat(refused.problems().get(0).arguments()).containsExactly("RELIGIOUS_PRACTICE");
          assertThat(refused.problems().get(0).where()).contains("B1");
          assertThat(refused.getMessage()).as("what start-up reports").contains("forbidden refused: ",
              "An item may never rate RELIGIOUS_PRACTICE: protected characteristics are never a risk indicator.");
        });
  }

  @Test
  void anItemWhoseWordingNamesPrayerOrEthnicityIsRefusedInAnyLanguage() {
    for (String[] wording : new String[][] {
        {"Threatens others", "Prays five times a day"},
        {"Угрозы другим", "Посещает мечеть"},
        {"Башкаларга коркутуу", "Намаз окуйт"},
        {"Recorded incidents", "Ethnic origin of the person"},
        {"Записанные случаи", "Национальность"}}) {
      String changed = VALID.replace(wording[0], wording[1]);
      assertThat(changed).isNotEqualTo(VALID);
      assertThatThrownBy(() -> Instruments.check("wording", changed))
          .isInstanceOfSatisfying(InstrumentRefused.class,
              refused -> assertThat(refused.keys()).containsExactly("instrument.problem.forbidden-wording"));
    }
  }

  @Test
  void anUnknownFieldIsRefusedNotIgnored() {
    String unknown = VALID.replace("rationaleRequired: true", "rationaleRequired: true\n        weight: 3");
    assertThatThrownBy(() -> Instruments.check("unknown", unknown))
        .isInstanceOfSatisfying(InstrumentRefused.class, refused -> {
          assertThat(refused.keys()).containsExactly("instrument.problem.unknown-field");
          assertThat(refused.problems().get(0).arguments().get(0)).isEqualTo("weight");
          assertThat(refused.getMessage()).contains("The field \"weight\" is not part of the instrument schema");
        });
  }

  @Test
  void aDuplicateItemCodeIsRefused() {
    String item = VALID.substring(VALID.indexOf("      - code: B1"), VALID.indexOf("judgements:"));
    String twice = VALID.replace(item, item + item);
    assertThatThrownBy(() -> Instruments.check("twice", twice))
        .isInstanceOfSatisfying(InstrumentRefused.class, refused -> {
          assertThat(refused.keys()).containsExactly("instrument.problem.duplicate-code");
          assertThat(refused.problems().get(0).arguments()).containsExactly("B1");
          assertThat(refused.getMessage()).contains("The code B1 is used twice. [instrument.problem.duplicate-code]");
        });
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String bad = VALID.replace("en: \"Threatens others\"", "en: \"\"").replace("scale: level", "scale: nothing")
        .replace("{LOW: 12, MODERATE: 6, HIGH: 3}", "{LOW: 12, HIGH: 3}");
    assertThatThrownBy(() -> Instruments.check("bad", bad))
        .isInstanceOfSatisfying(InstrumentRefused.class, refused -> assertThat(refused.keys()).containsExactlyInAnyOrder(
            "instrument.problem.missing-language", "instrument.problem.unknown-scale", "instrument.problem.review-months"));
  }

  @Test
  void aFileThatIsNotAnInstrumentIsRefusedWithAReason() {
    assertThatThrownBy(() -> Instruments.check("list", "- just\n- a list\n"))
        .isInstanceOfSatisfying(InstrumentRefused.class,
            refused -> assertThat(refused.keys()).containsExactly("instrument.problem.malformed"));
  }
}
