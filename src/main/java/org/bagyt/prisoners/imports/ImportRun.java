package org.bagyt.prisoners.imports;

import java.time.Clock;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import of a checked upload, all or nothing: the rows are checked again inside the transaction (the
 * estate may have changed since the dry run) and registered; progress is written in transactions of its
 * own so that the person's page can see it while the import is still uncommitted.
 */
@Component
class ImportRun {

  private final ImportStore store;
  private final RegisterCheck check;
  private final RegisterWriter writer;
  private final Clock clock;
  private final TransactionTemplate separately;

  ImportRun(ImportStore store, RegisterCheck check, RegisterWriter writer, Clock clock, PlatformTransactionManager transactions) {
    this.store = store;
    this.check = check;
    this.writer = writer;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional
  int run(UUID id, String owner, RowCheck.Scope scope) {
    var upload = store.find(id, owner).orElseThrow(BagytException::notFound);
    byte[] content = store.content(id).orElseThrow(() -> new FileRefused("expired"));
    var checked = check.check(content, upload.format(), upload.encoding(),
        headers -> upload.mapping().checked(headers.size()), scope);
    if (!checked.clean()) {
      throw new RowsRefused(checked);
    }
    writer.write(id, upload.fileName(), upload.sha256(), checked,
        done -> separately.executeWithoutResult(s -> store.progress(id, done)));
    store.imported(id, checked.prisoners().size(), clock.instant());
    return checked.prisoners().size();
  }
}
