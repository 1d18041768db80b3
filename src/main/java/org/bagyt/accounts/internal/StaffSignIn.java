package org.bagyt.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up the account behind a sign-in attempt. */
@Service
class StaffSignIn implements UserDetailsService {

  private final StaffAccounts accounts;

  StaffSignIn(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    if (!StaffAccounts.plausibleUsername(username)) {
      throw new UsernameNotFoundException("no such account");
    }
    return accounts.findByUsername(username.trim()).orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
