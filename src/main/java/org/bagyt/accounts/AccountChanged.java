package org.bagyt.accounts;

import java.time.Instant;

/**
 * Something about a staff account changed that the audit trail must show: who did it, to which account, what.
 *
 * @param actor user name of the person who made the change (the account itself for changes people make to
 *     their own account)
 * @param account user name of the account changed
 * @param change what changed
 * @param at when
 */
public record AccountChanged(String actor, String account, Change change, Instant at) {

  public enum Change {
    /** An administrator opened the account with a one-time password. */
    CREATED,
    DISABLED,
    ENABLED,
    /** An administrator removed the account's authenticator and recovery codes. */
    SECOND_FACTOR_RESET,
    /** The person set up an authenticator app and received new recovery codes. */
    SECOND_FACTOR_ENROLLED,
    /** The person signed in with a recovery code instead of their app. */
    RECOVERY_CODE_USED,
    /** An administrator replaced a forgotten or lapsed password with a new one-time password. */
    ONE_TIME_PASSWORD_ISSUED,
    /** The person, confirming with a code from their app, replaced their recovery codes. */
    RECOVERY_CODES_ISSUED,
    /** The person chose a new password (after a one-time password, or of their own accord). */
    PASSWORD_CHANGED
  }
}
