package org.bagyt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void theShippedListIsLoaded() {
    assertThat(CommonPasswords.load().size()).isGreaterThan(45_000);
  }

  @Test
  void twelveCharactersIsTheShortestAllowed() {
    assertThat(policy.problems("Тоо-Ата жак", "someone")).containsExactly("password.too-short");
    assertThat(policy.problems("Тоо-Ата жак!", "someone")).isEmpty();
  }

  @Test
  void passPhrasesUpTo256CharactersAreAllowed() {
    String sentence = "Ысык-Көлдүн жээгинде таң атканда 🌅 ";
    assertThat(policy.problems(sentence.repeat(7).substring(0, 128), "someone")).isEmpty();
    String longest = "ж".repeat(200) + "🦅".repeat(56);
    assertThat(policy.problems(longest, "someone")).isEmpty();
    assertThat(policy.problems(longest + "ж", "someone")).containsExactly("password.too-long");
  }

  @Test
  void emojiCountAsOneCharacterEach() {
    assertThat(policy.problems("🔐🦅🏔️🌊🐎🍏🌙⭐", "someone")).containsExactly("password.too-short");
    assertThat(policy.problems("🔐🦅🌊🐎🍏🌙⭐🔥🎯🚀🌵🍀", "someone")).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is refused as common")
  @ValueSource(strings = {"123456789012", "1q2w3e4r5t6y", "1qaz2wsx3edc", "Password1234", "qwertyuiop123!",
      "passwordpassword", "dragondragondragon", "йцукенгшщзхъ", "парольпароль", "Bagyt2026!!!", "1111111111111111",
      "administrator"})
  void commonPasswordsAndTheUsualWaysOfStretchingThemAreRefused(String password) {
    assertThat(policy.problems(password, "someone")).containsExactly("password.common");
  }

  @Test
  void thePasswordMayNotContainTheUserName() {
    assertThat(policy.problems("my name is a.asanov!", "a.asanov")).containsExactly("password.contains-user-name");
    assertThat(policy.problems("My name is A.Asanov!", "a.asanov")).containsExactly("password.contains-user-name");
  }

  @Test
  void anEmptyPasswordIsMissing() {
    assertThat(policy.problems("", "someone")).containsExactly("password.missing");
    assertThat(policy.problems(null, "someone")).containsExactly("password.missing");
  }

  @Test
  void aPasswordTypedWithDecomposedLettersIsTheSamePassword() {
    var encoder = new SecurityConfiguration().passwordEncoder();
    String composed = "Жаңы сырсөз: йод жана ёлка";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(encoder.matches(decomposed, encoder.encode(composed))).isTrue();
    assertThat(encoder.encode(composed)).startsWith("{argon2@SpringSecurity_v5_8}");
  }

  @Test
  void hugeInputIsRefusedWithoutHashing() {
    var encoder = new SecurityConfiguration().passwordEncoder();
    String hash = encoder.encode("a sensible pass phrase");
    assertThat(encoder.matches("x".repeat(100_000), hash)).isFalse();
  }

  @Test
  void olderBcryptHashesStillVerify() {
    var encoder = new SecurityConfiguration().passwordEncoder();
    String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("bagyt-demo");
    assertThat(encoder.matches("bagyt-demo", bcrypt)).isTrue();
  }
}
