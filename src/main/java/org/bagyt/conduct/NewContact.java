package org.bagyt.conduct;

import java.time.Instant;
import java.util.UUID;

/** A visit, call or letter: with whom (a registered visitor), when, and for how long (visits and calls). */
public record NewContact(UUID visitorId, ContactKind kind, Instant at, Integer minutes) {}
