package org.bagyt.prisoners.imports;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time on each node, as the person who started them (so the audit
 * trail names them). A refused import is recorded with its reason; nothing of it is written.
 */
@Component
class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportRun run;
  private final ImportStore store;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    var thread = new Thread(r, "prisoner-import");
    thread.setDaemon(true);
    return thread;
  });

  ImportRunner(ImportRun run, ImportStore store, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
    this.run = run;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  void start(UUID id, String owner, RowCheck.Scope scope) {
    SecurityContext context = SecurityContextHolder.getContext();
    executor.execute(() -> {
      SecurityContextHolder.setContext(context);
      try {
        int imported = run.run(id, owner, scope);
        log.info("Import {} by {}: {} prisoners registered", id, owner, imported);
      } catch (RowsRefused refused) {
        var result = refused.result();
        fail(id, result.badRows(), result.problems(), refused, summary(refused));
      } catch (BagytException refused) {
        fail(id, 0, List.of(), refused, summary(refused));
      } catch (RuntimeException e) {
        log.error("Import {} by {} failed", id, owner, e);
        fail(id, 0, List.of(), new BagytException(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error", "error.internal"), summary(null));
      } finally {
        SecurityContextHolder.clearContext();
      }
    });
  }

  private static String summary(BagytException refused) {
    return "refused: " + (refused == null ? "internal error" : refused.type());
  }

  private void fail(UUID id, int badRows, List<RowProblem> problems, BagytException refused, String purpose) {
    transaction.executeWithoutResult(s -> {
      store.failed(id, badRows, problems, refused.messageKey(),
          java.util.Arrays.stream(refused.arguments()).map(String::valueOf).toList(), clock.instant());
      audit.record(AuditEvent.of(AuditActions.PRISONERS_IMPORTED, RegisterWriter.RESOURCE, id).withPurpose(purpose).failed());
    });
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
