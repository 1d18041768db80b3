package org.bagyt.audit.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit events as part of the transaction they describe: the database seals them into the chain as
 * that transaction commits, so a change never commits without its events, and a transaction that rolls back
 * leaves none. Outside a transaction, an event is written in one of its own.
 */
@Component
public class ChainWriter {

  private final AuditLedger ledger;
  private final TransactionTemplate transactions;

  ChainWriter(AuditLedger ledger, PlatformTransactionManager transactionManager) {
    this.ledger = ledger;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  public void write(PendingEvent event) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      transactions.executeWithoutResult(status -> ledger.add(event));
      return;
    }
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException("Audited work needs a read-write transaction: the audit event is written in it");
    }
    ledger.add(event);
  }
}
