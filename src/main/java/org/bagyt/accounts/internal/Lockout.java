package org.bagyt.accounts.internal;

import org.bagyt.accounts.AccountLockedOut;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords and wrong second-factor codes; too many in a row lock the account for a while.
 * Attempts on a locked account are refused before the password is checked and are not counted, so the lock
 * ends when it said it would. The sign-in page never says whether an account exists or is locked.
 */
@Component
class Lockout {

  private final StaffAccounts accounts;
  private final SignInSettings settings;
  private final ApplicationEventPublisher events;

  Lockout(StaffAccounts accounts, SignInSettings settings, ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.settings = settings;
    this.events = events;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent failure) {
    String username = failure.getAuthentication().getName();
    if (!StaffAccounts.plausibleUsername(username)) {
      return;
    }
    accounts.countFailure(username, settings.lockoutAttempts(), settings.lockout())
        .ifPresent(until -> events.publishEvent(new AccountLockedOut(StaffAccounts.normalise(username), until)));
  }
}
