package org.bagyt.accounts.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.accounts.AccountChanged;
import org.bagyt.platform.BagytException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with their own account: set up an authenticator app, choose a new password. */
@Service
public class OwnAccount {

  private final StaffAccounts accounts;
  private final SecondFactors secondFactors;
  private final PasswordPolicy policy;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final AuthenticationEventPublisher authenticationEvents;
  private final Clock clock;

  OwnAccount(StaffAccounts accounts, SecondFactors secondFactors, PasswordPolicy policy, PasswordEncoder passwords,
      ApplicationEventPublisher events, AuthenticationEventPublisher authenticationEvents, Clock clock) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.policy = policy;
    this.passwords = passwords;
    this.events = events;
    this.authenticationEvents = authenticationEvents;
    this.clock = clock;
  }

  public boolean secondFactorSetUp(StaffPrincipal me) {
    return secondFactors.enrolled(me.id());
  }

  public int unusedRecoveryCodes(StaffPrincipal me) {
    return secondFactors.unusedRecoveryCodes(me.id());
  }

  public SecondFactors.Enrolment beginEnrolment(StaffPrincipal me) {
    if (secondFactors.enrolled(me.id())) {
      throw BagytException.conflict("second-factor-set-up", "account.second-factor.already");
    }
    return secondFactors.beginEnrolment(me.id(), me.username());
  }

  /** The recovery codes to show once, or empty when the code from the app does not match. */
  @Transactional
  public Optional<List<String>> confirmEnrolment(StaffPrincipal me, String code) {
    if (!secondFactors.confirm(me.id(), code)) {
      return Optional.empty();
    }
    var codes = secondFactors.issueRecoveryCodes(me.id());
    changed(me.username(), AccountChanged.Change.SECOND_FACTOR_ENROLLED);
    return Optional.of(codes);
  }

  /**
   * New recovery codes in place of the old ones, confirmed with a code from the app: whoever finds a session
   * left open cannot take the account's recovery with them. Empty when the code does not match.
   */
  @Transactional
  public Optional<List<String>> newRecoveryCodes(StaffPrincipal me, String code) {
    if (!secondFactors.acceptAppCode(me.id(), code)) {
      return Optional.empty();
    }
    var codes = secondFactors.issueRecoveryCodes(me.id());
    changed(me.username(), AccountChanged.Change.RECOVERY_CODES_ISSUED);
    return Optional.of(codes);
  }

  /** Changes the password after checking the current one (a wrong one counts towards the lockout). */
  @Transactional
  public Map<String, String> changePassword(StaffPrincipal me, String current, String password, String confirmation) {
    if (current == null || !passwords.matches(current, accounts.passwordHash(me.id()))) {
      authenticationEvents.publishAuthenticationFailure(new BadCredentialsException("Wrong current password"),
          UsernamePasswordAuthenticationToken.unauthenticated(me.username(), null));
      return Map.of("currentPassword", "password.current-wrong");
    }
    var problems = newPasswordProblems(me.username(), me.id(), password, confirmation);
    if (problems.isEmpty()) {
      accounts.changePassword(me.id(), password);
      changed(me.username(), AccountChanged.Change.PASSWORD_CHANGED);
    }
    return problems;
  }

  /** What is wrong with a new password, by form field: the policy, the confirmation, and not the same as now. */
  public Map<String, String> newPasswordProblems(String username, UUID account, String password, String confirmation) {
    var problems = new LinkedHashMap<String, String>();
    policy.problems(password, username).stream().findFirst().ifPresent(p -> problems.put("password", p));
    if (problems.isEmpty() && passwords.matches(password, accounts.passwordHash(account))) {
      problems.put("password", "password.same-as-before");
    }
    if (problems.isEmpty() && !password.equals(confirmation)) {
      problems.put("confirmation", "password.confirmation-differs");
    }
    return problems;
  }

  private void changed(String username, AccountChanged.Change change) {
    events.publishEvent(new AccountChanged(username, username, change, clock.instant()));
  }
}
