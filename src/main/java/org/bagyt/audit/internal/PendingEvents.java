package org.bagyt.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit events of the current transaction, waiting for its commit. Bound to the transaction: set aside
 * while an inner REQUIRES_NEW transaction runs, and dropped with the transaction if it rolls back.
 */
final class PendingEvents implements TransactionSynchronization {

  private final List<PendingEvent> events = new ArrayList<>();
  private boolean committing;

  /** Adds an event to the current transaction; false once its commit has begun, too late to join it. */
  static boolean add(PendingEvent event) {
    var pending = (PendingEvents) TransactionSynchronizationManager.getResource(PendingEvents.class);
    if (pending == null) {
      pending = new PendingEvents();
      TransactionSynchronizationManager.bindResource(PendingEvents.class, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    if (pending.committing) {
      return false;
    }
    pending.events.add(event);
    return true;
  }

  /** The events to send with the COMMIT; from here on, the transaction takes no more. */
  static List<PendingEvent> takeForCommit() {
    var pending = (PendingEvents) TransactionSynchronizationManager.getResource(PendingEvents.class);
    if (pending == null) {
      return List.of();
    }
    pending.committing = true;
    return List.copyOf(pending.events);
  }

  @Override
  public void suspend() {
    TransactionSynchronizationManager.unbindResource(PendingEvents.class);
  }

  @Override
  public void resume() {
    TransactionSynchronizationManager.bindResource(PendingEvents.class, this);
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(PendingEvents.class);
  }
}
