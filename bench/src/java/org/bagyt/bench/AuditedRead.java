package org.bagyt.bench;

import java.util.List;
import java.util.UUID;
import org.bagyt.audit.AuditEvent;

/**
 * A read of one record that production code audits. The benchmark times it with and without its audit
 * event; the prisoner file plugs in as another implementation when it exists.
 */
interface AuditedRead {

  /** What is read, as the benchmark report names it. */
  String name();

  /** The records to read, in turn. */
  List<UUID> ids();

  /** Reads one record the way its page or API resource does. */
  Object read(UUID id);

  /** The event production code records for that read. */
  AuditEvent event(UUID id);
}
