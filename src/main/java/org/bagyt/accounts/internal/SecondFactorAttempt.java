package org.bagyt.accounts.internal;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A second-factor code typed at sign-in, as it is reported in Spring Security's authentication events: the
 * audit trail and the lockout hear of right and wrong codes exactly as they hear of passwords.
 */
final class SecondFactorAttempt extends AbstractAuthenticationToken {

  @Serial
  private static final long serialVersionUID = 1L;

  private final String username;

  private SecondFactorAttempt(String username, boolean accepted) {
    super(accepted ? List.of(FactorGrantedAuthority.fromFactor(SignInJourney.TOTP_FACTOR)) : List.of());
    this.username = username;
    super.setAuthenticated(accepted);
  }

  static SecondFactorAttempt accepted(String username) {
    return new SecondFactorAttempt(username, true);
  }

  static SecondFactorAttempt refused(String username) {
    return new SecondFactorAttempt(username, false);
  }

  @Override
  public Object getPrincipal() {
    return username;
  }

  @Override
  public Object getCredentials() {
    return "";
  }
}
