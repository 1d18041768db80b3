package org.bagyt.accounts.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a password a person chooses must be (OWASP ASVS 6.2): at least 12 characters, up to 256 so that pass
 * phrases fit, not a common password, and not built on the user name. Any script is welcome: Kyrgyz, Russian,
 * emoji. Each rule gives a message key the form shows.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private final CommonPasswords common = CommonPasswords.load();

  /** The rules this password breaks, as message keys; empty when it may be used. */
  public List<String> problems(String password, String username) {
    var problems = new ArrayList<String>();
    if (password == null || password.isBlank()) {
      problems.add("password.missing");
      return problems;
    }
    String p = normalised(password);
    int length = p.codePointCount(0, p.length());
    if (length < MIN_LENGTH) {
      problems.add("password.too-short");
    } else if (length > MAX_LENGTH) {
      problems.add("password.too-long");
    } else if (common.contains(p)) {
      problems.add("password.common");
    } else if (username != null && username.length() >= 3
        && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("password.contains-user-name");
    }
    return problems;
  }

  /** The form a password is checked and hashed in, so that {@code й} typed as one or two code points is the same. */
  static String normalised(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }
}
