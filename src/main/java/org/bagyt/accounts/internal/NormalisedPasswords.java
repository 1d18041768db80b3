package org.bagyt.accounts.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes passwords in Unicode NFKC form (NIST SP 800-63B 5.1.1.2): a Kyrgyz or Russian password typed on a
 * keyboard that sends {@code й} or {@code ө} as two code points still matches the one chosen on another.
 */
final class NormalisedPasswords implements PasswordEncoder {

  /** Far beyond any pass phrase: longer input is refused unhashed, so it cannot be used to make the server work. */
  private static final int MAX_INPUT = 4096;

  private final PasswordEncoder hashes;

  NormalisedPasswords(PasswordEncoder hashes) {
    this.hashes = hashes;
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return hashes.encode(rawPassword == null ? null : PasswordPolicy.normalised(rawPassword.toString()));
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    return rawPassword != null && rawPassword.length() <= MAX_INPUT && hashes.matches(PasswordPolicy.normalised(rawPassword.toString()), encodedPassword);
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return hashes.upgradeEncoding(encodedPassword);
  }
}
