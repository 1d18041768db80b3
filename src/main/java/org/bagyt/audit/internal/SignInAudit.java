package org.bagyt.audit.internal;

import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditOutcome;
import org.bagyt.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records every sign-in, failed sign-in and sign-out, from the events Spring Security publishes. A failed
 * attempt is recorded under the name that was tried, whatever it was (truncated to fit).
 */
@Component
class SignInAudit {

  private final AuditTrail trail;

  SignInAudit(AuditTrail trail) {
    this.trail = trail;
  }

  /**
   * A password accepted while another step is still due (second factor, enrolment, new password). The
   * finished sign-in is recorded as SIGN_IN by the accounts module, which alone knows when it is finished.
   */
  @EventListener
  void signInStep(AuthenticationSuccessEvent event) {
    if (!event.getAuthentication().isAuthenticated()) {
      trail.record(event.getAuthentication().getName(), AuditEvent.of(AuditActions.SIGN_IN_STEP));
    }
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    // A disabled, locked or expired account was refused; anything else (wrong password, unknown name) failed.
    var outcome = event.getException() instanceof AccountStatusException ? AuditOutcome.DENIED : AuditOutcome.FAILED;
    trail.record(attemptedName(event), AuditEvent.of(AuditActions.SIGN_IN_FAILED).withOutcome(outcome));
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    trail.record(event.getAuthentication().getName(), AuditEvent.of(AuditActions.SIGN_OUT));
  }

  private static String attemptedName(AbstractAuthenticationFailureEvent event) {
    Object principal = event.getAuthentication().getPrincipal();
    return principal == null ? "" : principal.toString();
  }
}
