package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Latin spellings Bagyt suggests, by the Kyrgyz and the Russian BGN/PCGN tables. */
class LatinSpellingTest {

  @Test
  void theKyrgyzTableKeepsKyrgyzLetters() {
    assertThat(LatinSpelling.suggest("Жумабеков", "Өмүрбек", LatinSpelling.Script.KYRGYZ)).isEqualTo("Jumabekov Ömürbek");
  }

  @Test
  void theRussianTableSpellsAsARussianClerkWouldAndLeavesNoCyrillic() {
    assertThat(LatinSpelling.suggest("Жапаров", "Нурлан", LatinSpelling.Script.RUSSIAN)).isEqualTo("Zhaparov Nurlan");
    assertThat(LatinSpelling.of("Өмүрбек Түңгүч", LatinSpelling.Script.RUSSIAN)).doesNotContainPattern("\\p{IsCyrillic}")
        .startsWith("Omurbek");
  }
}
