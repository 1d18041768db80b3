package org.bagyt.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {

  @Test
  void shortTextIsKeptAsItIs() {
    assertThat(StoredText.fit("Жапаров", 10)).isEqualTo("Жапаров");
    assertThat(StoredText.fit("exactly10!", 10)).isEqualTo("exactly10!");
    assertThat(StoredText.fit(null, 10)).isNull();
  }

  @Test
  void longTextIsCutToTheLimitAndMarked() {
    assertThat(StoredText.fit("abcdefghijk", 10)).isEqualTo("abcdefghi…").hasSize(10);
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
    String emoji = "\uD83D\uDE00";
    assertThat(StoredText.fit(emoji.repeat(5), 3)).isEqualTo(emoji + emoji + "…");
  }

  @Test
  void nulAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(StoredText.fit("a\u0000b\uD800c\uDC00", 10)).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
  }
}
