package org.bagyt.audit.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit events as part of the transaction they describe: they are appended to the chain with its
 * COMMIT ({@link AuditingTransactionManager}), so a change never commits without its events, and a
 * transaction that rolls back leaves none. Outside a transaction, or once a commit is under way, an event
 * is written in a transaction of its own.
 */
@Component
public class ChainWriter {

  private final TransactionTemplate ownTransaction;

  /** Takes the auditing transaction manager by its type: were it ever replaced, Bagyt would not start. */
  ChainWriter(AuditingTransactionManager transactions) {
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void write(PendingEvent event) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      ownTransaction.executeWithoutResult(status -> PendingEvents.add(event));
      return;
    }
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException("Audited work needs a read-write transaction: the audit event is written in it");
    }
    if (!PendingEvents.add(event)) {
      ownTransaction.executeWithoutResult(status -> PendingEvents.add(event));
    }
  }
}
