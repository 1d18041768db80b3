package org.bagyt.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bagyt.accounts.AccountChanged;
import org.bagyt.accounts.NewAccount;
import org.bagyt.accounts.Role;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with staff accounts (permission {@code user.manage}): open an account with a
 * one-time password, disable and enable it, reset its second factor. Every change is an {@link AccountChanged}
 * event for the audit trail.
 */
@Service
public class AccountAdministration {

  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
  /** Letters of any script, combining marks, spaces, and the punctuation names use: O'Brien, Jean-Luc, Jr. */
  static final Pattern DISPLAY_NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]{0,99}");
  private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private final StaffAccounts accounts;
  private final SecondFactors secondFactors;
  private final StaffSessions sessions;
  private final Estate estate;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  private final Duration oneTimePasswordValidity;

  AccountAdministration(StaffAccounts accounts, SecondFactors secondFactors, StaffSessions sessions, Estate estate,
      ApplicationEventPublisher events, Clock clock, SignInSettings settings) {
    this.oneTimePasswordValidity = Duration.ofHours(settings.oneTimePasswordHours());
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.sessions = sessions;
    this.estate = estate;
    this.events = events;
    this.clock = clock;
  }

  /** An account and its new one-time password, which is shown once and never stored, and when it stops working. */
  public record OpenedAccount(UUID id, String username, String oneTimePassword, Instant expires) {}

  public List<StaffAccount> accounts() {
    return accounts.all();
  }

  public StaffAccount account(UUID id) {
    return accounts.find(id).orElseThrow(BagytException::notFound);
  }

  public List<FacilitySummary> facilities() {
    return estate.facilities();
  }

  /** What is wrong with this new account, as message keys by form field; empty when it can be opened. */
  public Map<String, String> problems(NewAccount account) {
    var problems = new LinkedHashMap<String, String>();
    String username = account.username() == null ? "" : StaffAccounts.normalise(account.username());
    if (username.isEmpty()) {
      problems.put("username", "accounts.error.username-missing");
    } else if (!USERNAME.matcher(username).matches()) {
      problems.put("username", "accounts.error.username-invalid");
    } else if (accounts.exists(username)) {
      problems.put("username", "accounts.error.username-taken");
    }
    String name = account.displayName() == null ? "" : account.displayName().strip();
    if (name.isEmpty()) {
      problems.put("displayName", "accounts.error.display-name-missing");
    } else if (!DISPLAY_NAME.matcher(name).matches()) {
      problems.put("displayName", "accounts.error.display-name-invalid");
    }
    if (account.role() == null) {
      problems.put("role", "accounts.error.role-missing");
    } else if (account.role().facilityScoped()) {
      Set<UUID> known = estate.facilities().stream().map(FacilitySummary::id).collect(Collectors.toSet());
      if (account.facilityIds().isEmpty()) {
        problems.put("facilities", "accounts.error.facilities-missing");
      } else if (!known.containsAll(account.facilityIds())) {
        problems.put("facilities", "accounts.error.facilities-unknown");
      }
    } else if (!account.facilityIds().isEmpty()) {
      problems.put("facilities", "accounts.error.facilities-not-for-role");
    }
    return problems;
  }

  @Transactional
  public OpenedAccount open(String actor, NewAccount account) {
    if (!problems(account).isEmpty()) {
      throw BagytException.invalid("invalid-input", "error.invalid-input");
    }
    String username = StaffAccounts.normalise(account.username());
    if (account.role() == Role.ADMINISTRATOR) {
      grantAdministrator(actor, username);
    }
    String oneTimePassword = oneTimePassword();
    Instant expires = clock.instant().plus(oneTimePasswordValidity);
    UUID id;
    try {
      id = accounts.open(new NewAccount(username, account.displayName().strip(), account.role(),
          List.copyOf(account.facilityIds())), oneTimePassword, expires);
    } catch (DuplicateKeyException raced) {
      throw BagytException.conflict("username-taken", "accounts.error.username-taken");
    }
    changed(actor, username, AccountChanged.Change.CREATED);
    return new OpenedAccount(id, username, oneTimePassword, expires);
  }

  /** The person forgot their password or let the one-time password lapse: a new one, and their sessions end. */
  @Transactional
  public OpenedAccount issueOneTimePassword(String actor, UUID id, int version) {
    var account = account(id);
    account.checkChangeableBy(actor);
    String oneTimePassword = oneTimePassword();
    Instant expires = clock.instant().plus(oneTimePasswordValidity);
    accounts.issueOneTimePassword(id, version, oneTimePassword, expires);
    sessions.endAllOf(account.username());
    changed(actor, account.username(), AccountChanged.Change.ONE_TIME_PASSWORD_ISSUED);
    return new OpenedAccount(id, account.username(), oneTimePassword, expires);
  }

  /**
   * The administrator role is never given in one step: an account is opened with another role and then
   * becomes an administrator only through a two-person approval ({@link AdministratorGrant}).
   */
  void grantAdministrator(String actor, String username) {
    throw BagytException.conflict("needs-approval", "accounts.error.needs-approval");
  }

  @Transactional
  public void disable(String actor, UUID id, int version) {
    var account = account(id);
    account.checkChangeableBy(actor);
    accounts.enable(id, version, false);
    sessions.endAllOf(account.username());
    changed(actor, account.username(), AccountChanged.Change.DISABLED);
  }

  @Transactional
  public void enable(String actor, UUID id, int version) {
    var account = account(id);
    account.checkChangeableBy(actor);
    accounts.enable(id, version, true);
    changed(actor, account.username(), AccountChanged.Change.ENABLED);
  }

  /** The person lost their authenticator: remove it, end their sessions; they set up a new one at next sign-in. */
  @Transactional
  public void resetSecondFactor(String actor, UUID id, int version) {
    var account = account(id);
    account.checkChangeableBy(actor);
    accounts.touch(id, version);
    secondFactors.reset(id);
    sessions.endAllOf(account.username());
    changed(actor, account.username(), AccountChanged.Change.SECOND_FACTOR_RESET);
  }

  private String oneTimePassword() {
    var p = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        p.append('-');
      }
      p.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return p.toString();
  }

  private void changed(String actor, String account, AccountChanged.Change change) {
    events.publishEvent(new AccountChanged(actor, account, change, clock.instant()));
  }
}
