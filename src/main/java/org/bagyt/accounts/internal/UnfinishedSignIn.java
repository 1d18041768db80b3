package org.bagyt.accounts.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A sign-in that has passed its password but still has a step to go. It is never authenticated and holds no
 * permission, only the factors proven so far, so no rule that asks for a signed-in person lets it through;
 * {@link SignInGate} sends it to its next step. Its principal is the bare user name: the page shell shows no
 * one as signed in.
 */
public final class UnfinishedSignIn extends AbstractAuthenticationToken {

  @Serial
  private static final long serialVersionUID = 1L;

  private final StaffPrincipal staff;
  private final SignInStep step;

  UnfinishedSignIn(StaffPrincipal staff, SignInStep step, Collection<? extends GrantedAuthority> factors) {
    super(factors);
    this.staff = staff;
    this.step = step;
    super.setAuthenticated(false);
  }

  public SignInStep step() {
    return step;
  }

  public UUID accountId() {
    return staff.id();
  }

  public String username() {
    return staff.username();
  }

  StaffPrincipal staff() {
    return staff;
  }

  @Override
  public Object getPrincipal() {
    return staff.username();
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public void setAuthenticated(boolean authenticated) {
    if (authenticated) {
      throw new IllegalArgumentException("An unfinished sign-in cannot be marked authenticated");
    }
    super.setAuthenticated(false);
  }
}
