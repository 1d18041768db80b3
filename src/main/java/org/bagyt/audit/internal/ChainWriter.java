package org.bagyt.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit events as part of the transaction they describe. Events recorded during a transaction are
 * appended to the chain just before it commits: a change never commits without its events, and a
 * transaction that rolls back leaves none. Appending last keeps the chain lock, which is held until commit,
 * as short as possible, and makes it the last lock the transaction takes, so it cannot deadlock with others.
 * Outside a transaction, an event is written in one of its own.
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
      transactions.executeWithoutResult(status -> write(event));
      return;
    }
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException("Audited work needs a read-write transaction: the audit event is written in it");
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      ledger.append(List.of(event));
      return;
    }
    var pending = (PendingEvents) TransactionSynchronizationManager.getResource(PendingEvents.class);
    if (pending == null) {
      pending = new PendingEvents(ledger);
      TransactionSynchronizationManager.bindResource(PendingEvents.class, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.add(event);
  }

  /** The events of one transaction, appended before it commits. */
  private static final class PendingEvents implements TransactionSynchronization {

    private final AuditLedger ledger;
    private final List<PendingEvent> events = new ArrayList<>();
    private boolean appended;

    PendingEvents(AuditLedger ledger) {
      this.ledger = ledger;
    }

    void add(PendingEvent event) {
      if (appended) {
        // Recorded by another synchronization after ours ran: still inside the transaction, so append now.
        ledger.append(List.of(event));
      } else {
        events.add(event);
      }
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      appended = true;
      ledger.append(events);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(PendingEvents.class);
    }
  }
}
