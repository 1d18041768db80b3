package org.bagyt.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bagyt.accounts.AccountChanged;
import org.bagyt.accounts.SignedIn;
import org.bagyt.platform.BagytProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * The way from a right password to a signed-in session. After the password come, in this order: the code
 * from the authenticator app where one is set up, or setting one up where the service requires it; then a
 * new password where the current one is a one-time password. Only when no step is left does the session get
 * the person's permissions. Each step gets a new session id.
 *
 * <p>Failed attempts are cleared only once every credential the account needs is proven, so a known password
 * does not reset the count of wrong codes.
 */
@Service
public class SignInJourney {

  static final String TOTP_FACTOR = "TOTP";

  private final StaffAccounts accounts;
  private final SecondFactors secondFactors;
  private final BagytProperties properties;
  private final LanguageOnSignIn onSignIn;
  private final ApplicationEventPublisher events;
  private final AuthenticationEventPublisher authenticationEvents;
  private final Clock clock;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SignInJourney(StaffAccounts accounts, SecondFactors secondFactors, BagytProperties properties,
      LanguageOnSignIn onSignIn, ApplicationEventPublisher events, AuthenticationEventPublisher authenticationEvents,
      Clock clock) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.properties = properties;
    this.onSignIn = onSignIn;
    this.events = events;
    this.authenticationEvents = authenticationEvents;
    this.clock = clock;
  }

  /** The sign-in in progress in this request's session, if it is at {@code step}. */
  public Optional<UnfinishedSignIn> at(SignInStep step) {
    return SecurityContextHolder.getContext().getAuthentication() instanceof UnfinishedSignIn u && u.step() == step
        ? Optional.of(u) : Optional.empty();
  }

  /** After the right password: the first step left, or the finished sign-in. */
  Authentication afterPassword(StaffPrincipal staff) {
    return next(staff, List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)), false);
  }

  /**
   * Checks the code typed at the second-factor step. Empty when the code is wrong or was used before (the
   * attempt counts towards the lockout); the next step or the finished sign-in when it is right.
   *
   * @throws SignInEnded when the account was locked or disabled, by this attempt or meanwhile
   */
  public Optional<Authentication> enterCode(UnfinishedSignIn signIn, String code) {
    mustStillBeAllowed(signIn);
    var outcome = secondFactors.verify(signIn.accountId(), code);
    if (outcome == SecondFactors.Outcome.REFUSED) {
      authenticationEvents.publishAuthenticationFailure(
          new BadCredentialsException("Wrong or reused second-factor code"), SecondFactorAttempt.refused(signIn.username()));
      mustStillBeAllowed(signIn);
      return Optional.empty();
    }
    authenticationEvents.publishAuthenticationSuccess(SecondFactorAttempt.accepted(signIn.username()));
    if (outcome == SecondFactors.Outcome.RECOVERY_CODE_USED) {
      changed(signIn.username(), signIn.username(), AccountChanged.Change.RECOVERY_CODE_USED);
    }
    return Optional.of(next(signIn.staff(), withSecondFactor(signIn), true));
  }

  /**
   * Confirms the authenticator set up at the enrolment step. Empty when the code does not match; otherwise the
   * recovery codes to show once, with the sign-in moved on.
   */
  public Optional<List<String>> confirmEnrolment(UnfinishedSignIn signIn, String code, HttpServletRequest request,
      HttpServletResponse response) {
    mustStillBeAllowed(signIn);
    if (!secondFactors.confirm(signIn.accountId(), code)) {
      return Optional.empty();
    }
    var recoveryCodes = secondFactors.issueRecoveryCodes(signIn.accountId());
    changed(signIn.username(), signIn.username(), AccountChanged.Change.SECOND_FACTOR_ENROLLED);
    store(next(signIn.staff(), withSecondFactor(signIn), true), request, response);
    return Optional.of(recoveryCodes);
  }

  /** The one-time password is replaced: the sign-in is finished. */
  public Authentication newPasswordChosen(UnfinishedSignIn signIn, String newPassword) {
    mustStillBeAllowed(signIn);
    accounts.changePassword(signIn.accountId(), newPassword);
    changed(signIn.username(), signIn.username(), AccountChanged.Change.PASSWORD_CHANGED);
    return finished(signIn.staff(), new ArrayList<>(signIn.getAuthorities()));
  }

  private void mustStillBeAllowed(UnfinishedSignIn signIn) {
    if (accounts.find(signIn.accountId()).filter(a -> a.maySignIn(clock.instant())).isEmpty()) {
      throw new SignInEnded(signIn.username());
    }
  }

  private Authentication next(StaffPrincipal staff, List<GrantedAuthority> factors, boolean secondFactorDone) {
    var account = accounts.find(staff.id()).orElseThrow();
    if (!secondFactorDone && account.secondFactor()) {
      return new UnfinishedSignIn(staff, SignInStep.SECOND_FACTOR, factors);
    }
    if (!secondFactorDone && properties.mfaRequired()) {
      return new UnfinishedSignIn(staff, SignInStep.ENROL_SECOND_FACTOR, factors);
    }
    accounts.clearFailures(staff.id());
    if (account.mustChangePassword()) {
      return new UnfinishedSignIn(staff, SignInStep.NEW_PASSWORD, factors);
    }
    return finished(staff, factors);
  }

  private Authentication finished(StaffPrincipal staff, List<GrantedAuthority> factors) {
    var authorities = new ArrayList<GrantedAuthority>(staff.getAuthorities());
    authorities.addAll(factors);
    boolean withSecondFactor = factors.stream()
        .anyMatch(f -> f.getAuthority().equals(FactorGrantedAuthority.fromFactor(TOTP_FACTOR).getAuthority()));
    events.publishEvent(new SignedIn(staff.username(), withSecondFactor, clock.instant()));
    return UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities);
  }

  private static List<GrantedAuthority> withSecondFactor(UnfinishedSignIn signIn) {
    var factors = new ArrayList<GrantedAuthority>(signIn.getAuthorities());
    factors.add(FactorGrantedAuthority.fromFactor(TOTP_FACTOR));
    return factors;
  }

  private void changed(String actor, String account, AccountChanged.Change change) {
    events.publishEvent(new AccountChanged(actor, account, change, clock.instant()));
  }

  /** Keeps the sign-in's new state in the session, under a new session id. */
  public void store(Authentication next, HttpServletRequest request, HttpServletResponse response) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(next);
    SecurityContextHolder.setContext(context);
    request.changeSessionId();
    contexts.saveContext(context, request, response);
  }

  /** Stores the new state and goes to the next step's page, or, when finished, to where the person was going. */
  public void proceed(Authentication next, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    store(next, request, response);
    continueFrom(next, request, response);
  }

  public void continueFrom(Authentication current, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (current instanceof UnfinishedSignIn unfinished) {
      response.sendRedirect(request.getContextPath() + unfinished.step().path());
    } else {
      onSignIn.onAuthenticationSuccess(request, response, current);
    }
  }

  /** Ends the sign-in in progress: the session goes, and the sign-in page says only that it did not work. */
  public void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
    new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    response.sendRedirect(request.getContextPath() + "/login?error");
  }
}
