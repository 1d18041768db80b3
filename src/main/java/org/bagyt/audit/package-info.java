/**
 * Tamper-evident trail of every sign-in, read and change: append-only in the database, each event chained
 * to the one before by SHA-256, with verification of the chain and a viewer for administrators and inspectors.
 * Other modules call {@link org.bagyt.audit.AuditTrail#record(org.bagyt.audit.AuditEvent)}.
 */
package org.bagyt.audit;
