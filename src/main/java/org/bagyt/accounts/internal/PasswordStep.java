package org.bagyt.accounts.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checks the user name and password; a right password hands the person on to the rest of the sign-in. */
class PasswordStep extends DaoAuthenticationProvider {

  private final SignInJourney journey;

  PasswordStep(StaffSignIn users, PasswordEncoder passwords, SignInJourney journey) {
    super(users);
    setPasswordEncoder(passwords);
    this.journey = journey;
  }

  @Override
  protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
    // The hash stays in the database: the session keeps the person without it.
    Authentication next = journey.afterPassword(((StaffPrincipal) user).withoutPassword());
    if (next instanceof AbstractAuthenticationToken token) {
      token.setDetails(authentication.getDetails());
    }
    return next;
  }
}
