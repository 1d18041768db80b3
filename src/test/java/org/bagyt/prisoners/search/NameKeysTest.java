package org.bagyt.prisoners.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The spelling key: one key for the spellings of one name that the schemes in use produce, different keys otherwise. */
class NameKeysTest {

  @Test
  void theKyrgyzTransliteratorIsTheOneAsked() {
    // A wrong ID silently falls back to a generic transliteration (TECH_NOTES, names).
    assertThat(NameKeys.kyrgyzLatinId()).isEqualTo("ky-ky_Latn/BGN");
  }

  @Test
  void japarovInEveryScriptAndScheme() {
    assertThat(keysOf("Жапаров", "Zhaparov", "Japarov", "Djaparov", "Dzhaparov", "Žaparov", "JAPAROV", "Dschaparow"))
        .containsOnly("japarov");
  }

  @Test
  void kyrgyzLettersMeetTheirRussianAndLatinSpellings() {
    assertThat(keysOf("Чыңгыз", "Chynggyz", "Chingiz", "Čyňgyz", "Tschingis")).hasSize(2).contains("ciniz");
    assertThat(keysOf("Жеңишбек", "Zhenishbek", "Jengishbek", "Ženišbek")).containsOnly("jenixbek");
    assertThat(keysOf("Айгүл", "Aigul", "Aygul", "Ajgul", "Aĭgül")).containsOnly("aigul");
    assertThat(keysOf("Үсөнов", "Usonov", "Üsönov")).containsOnly("usonov");
  }

  @Test
  void russianSchemesMeet() {
    assertThat(keysOf("Юсупов", "Yusupov", "Iusupov", "Usupov")).containsOnly("usupov");
    assertThat(keysOf("Хасанов", "Khasanov", "Hasanov", "Xasanov")).containsOnly("hasanov");
    assertThat(keysOf("Цой", "Tsoi", "Tsoy", "Coj")).containsOnly("coi");
    assertThat(keysOf("Дмитрий", "Dmitriy", "Dmitry", "Dmitrij", "Dmitrii")).containsOnly("dmitri");
    assertThat(keysOf("Наталья", "Natalya", "Natalia", "Natal'ja")).containsOnly("natala");
    assertThat(keysOf("Иванов", "Ivanov", "Ivanoff", "Iwanow")).containsOnly("ivanov");
    assertThat(keysOf("Шаршеев", "Sharsheev", "Sharsheyev", "Šaršeev")).containsOnly("xarxev");
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameKeys.key("Исаков")).isNotEqualTo(NameKeys.key("Исаев"));
    assertThat(NameKeys.key("Турдубаев")).isNotEqualTo(NameKeys.key("Турдуев"));
    // The female form is near, not equal.
    assertThat(NameKeys.key("Жапарова")).isEqualTo("japarova");
    assertThat(NameSimilarity.words("japarova", "japarov")).isEqualTo(0.9);
  }

  @Test
  void fathersNamesFromPatronymicsAndTheKyrgyzForm() {
    assertThat(NameKeys.fatherOfPatronymic("Асанбекович")).containsExactly("asanbek");
    assertThat(NameKeys.fatherOfPatronymic("Asanbekovna")).containsExactly("asanbek");
    assertThat(NameKeys.fatherOfPatronymic("Сергеевич")).contains("sergei");
    assertThat(NameKeys.fatherOfPatronymic("Абдуллаевич")).contains("abdula");
    assertThat(NameKeys.fatherOfPatronymic("Нурлан")).isNull();
    assertThat(NameKeys.isFatherMarker("уулу")).isTrue();
    assertThat(NameKeys.isFatherMarker("uulu")).isTrue();
    assertThat(NameKeys.isFatherMarker("кызы")).isTrue();
    assertThat(NameKeys.isFatherMarker("qizi")).isTrue();
    assertThat(NameKeys.isFatherMarker("ugli")).isTrue();

    var kyrgyzForm = PersonNames.of("Асанбек уулу", "Нурлан", null, "Asanbek uulu Nurlan");
    assertThat(kyrgyzForm.family()).isEmpty();
    assertThat(kyrgyzForm.given()).containsExactly("nurlan");
    assertThat(kyrgyzForm.father()).containsExactly("asanbek");
    var russianForm = PersonNames.of("Жапаров", "Нурлан", "Асанбекович", "Zhaparov Nurlan");
    assertThat(russianForm.family()).containsExactly("japarov");
    assertThat(russianForm.father()).containsExactly("asanbek");
  }

  @Test
  void scoreIgnoresOrderAndComparesTheTwoPatronymicForms() {
    var person = PersonNames.of("Жапаров", "Нурлан", "Асанбекович", "Japarov Nurlan");
    assertThat(NameSimilarity.score(SearchWords.parse("Nurlan Japarov"), person)).isEqualTo(1.0);
    assertThat(NameSimilarity.score(SearchWords.parse("Асанбек уулу Нурлан Жапаров"), person)).isEqualTo(1.0);
    assertThat(NameSimilarity.score(SearchWords.parse("Djaparov Nurlan Asanbekovich"), person)).isEqualTo(1.0);
    assertThat(NameSimilarity.score(SearchWords.parse("Japarov Bakyt"), person)).isLessThan(0.7);
    // The female form, and no given name asked for.
    assertThat(NameSimilarity.score(SearchWords.parse("Жапарова"), person)).isCloseTo(0.9 * 0.97, within(1e-9));
  }

  private static java.util.Set<String> keysOf(String... spellings) {
    var keys = new java.util.TreeSet<String>();
    for (String s : spellings) {
      keys.add(NameKeys.key(s));
    }
    return keys;
  }
}
