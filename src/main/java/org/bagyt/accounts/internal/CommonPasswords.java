package org.bagyt.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/** The list of common passwords shipped with Bagyt ({@code accounts/common-passwords.txt}; source in its header). */
final class CommonPasswords {

  static final String RESOURCE = "accounts/common-passwords.txt";

  private final Set<String> words;

  private CommonPasswords(Set<String> words) {
    this.words = words;
  }

  static CommonPasswords load() {
    var words = new HashSet<String>(80_000);
    try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new CommonPasswords(Set.copyOf(words));
  }

  int size() {
    return words.size();
  }

  /**
   * True for a listed password, and for the usual ways of stretching one to the required length: digits or
   * symbols added at the end ({@code qwertyuiop123}) or the word repeated ({@code qwertyqwerty}).
   */
  boolean contains(String password) {
    String p = password.toLowerCase(Locale.ROOT);
    if (words.contains(p)) {
      return true;
    }
    String stem = p.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
    if (stem.length() >= 4 && stem.length() < p.length() && words.contains(stem)) {
      return true;
    }
    for (int unit = 1; unit <= p.length() / 2; unit++) {
      if (p.length() % unit == 0 && p.substring(0, unit).repeat(p.length() / unit).equals(p)
          && (unit < 4 || words.contains(p.substring(0, unit)))) {
        return true;
      }
    }
    return false;
  }
}
