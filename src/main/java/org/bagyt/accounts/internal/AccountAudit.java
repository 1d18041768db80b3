package org.bagyt.accounts.internal;

import org.bagyt.accounts.AccountChanged;
import org.bagyt.accounts.AccountLockedOut;
import org.bagyt.accounts.SignedIn;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts what happens to accounts in the audit trail, in the transaction that does it. */
@Component
class AccountAudit {

  static final String ACCOUNT = "STAFF_ACCOUNT";

  private final AuditTrail trail;

  AccountAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void on(SignedIn signedIn) {
    trail.record(signedIn.username(), AuditEvent.of(AuditActions.SIGN_IN, ACCOUNT, signedIn.username()));
  }

  @EventListener
  void on(AccountChanged changed) {
    trail.record(changed.actor(), AuditEvent.of("ACCOUNT_" + changed.change().name(), ACCOUNT, changed.account()));
  }

  @EventListener
  void on(AccountLockedOut locked) {
    trail.record(locked.username(), AuditEvent.of(AuditActions.ACCOUNT_LOCKED, ACCOUNT, locked.username()).denied());
  }
}
