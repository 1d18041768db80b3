package org.bagyt.accounts;

import java.time.Instant;

/**
 * A person finished signing in: the password, the second factor where one is set up or required, and any
 * password change that was due. (Spring Security's own events report each attempt, right or wrong.)
 */
public record SignedIn(String username, boolean withSecondFactor, Instant at) {}
