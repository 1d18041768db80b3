package org.bagyt.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bagyt.audit.AuditEvent;

/** An event recorded in a transaction that has not committed yet: who, when, from where and what, made storable. */
public record PendingEvent(Instant occurredAt, String actor, String clientAddress, AuditEvent event) {

  static final int ACTOR = 256;
  static final int RESOURCE_TYPE = 64;
  static final int RESOURCE_ID = 512;
  static final int PURPOSE = 2000;
  static final int CLIENT_ADDRESS = 64;

  /** The canonical content the chain hashes for this event (see {@link AuditRecord#content}). */
  byte[] content() {
    return AuditRecord.content(occurredAt, actor, event.action(), event.resourceType(), event.resourceId(),
        event.prisonerId(), event.facilityId(), event.purpose(), clientAddress, event.outcome().name());
  }

  /** Truncates what is too long and cleans what PostgreSQL cannot store; keeps time to the microsecond it stores. */
  public static PendingEvent of(Instant occurredAt, String actor, String clientAddress, AuditEvent event) {
    var e = new AuditEvent(event.action(), StoredText.fit(event.resourceType(), RESOURCE_TYPE),
        StoredText.fit(event.resourceId(), RESOURCE_ID), event.prisonerId(), event.facilityId(),
        StoredText.fit(event.purpose(), PURPOSE), event.outcome());
    return new PendingEvent(occurredAt.truncatedTo(ChronoUnit.MICROS),
        StoredText.fit(actor == null ? "" : actor, ACTOR), StoredText.fit(clientAddress, CLIENT_ADDRESS), e);
  }
}
