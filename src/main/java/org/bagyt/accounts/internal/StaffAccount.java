package org.bagyt.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bagyt.accounts.Role;
import org.bagyt.platform.BagytException;

/**
 * A staff account as administrators and the sign-in see it: who it is, its role, and where signing in stands.
 * It guards the rules on changing it: nobody disables their own account or resets their own second factor,
 * so that no single administrator can weaken their own sign-in.
 */
public record StaffAccount(
    UUID id,
    String username,
    String displayName,
    Role role,
    List<String> facilityCodes,
    boolean enabled,
    boolean demo,
    boolean mustChangePassword,
    Instant lockedUntil,
    boolean secondFactor,
    int version) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Whether a sign-in that began may go on to its next step. */
  boolean maySignIn(Instant now) {
    return enabled && !lockedAt(now);
  }

  void checkChangeableBy(String actor) {
    if (username.equals(actor)) {
      throw BagytException.conflict("own-account", "accounts.error.own-account");
    }
  }
}
