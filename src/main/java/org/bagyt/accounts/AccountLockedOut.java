package org.bagyt.accounts;

import java.time.Instant;

/** Too many wrong passwords or codes in a row: the account accepts no sign-in until {@code until}. */
public record AccountLockedOut(String username, Instant until) {}
