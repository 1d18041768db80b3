package org.bagyt.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditOutcome;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What administrators and inspectors do with the audit trail: view it, export it and verify it. Each of
 * these is itself recorded in the trail, with the filter used, so that looking is as visible as changing.
 */
@Service
public class AuditReview {

  static final String AUDIT_TRAIL = "AUDIT_TRAIL";
  public static final int MAX_PAGE = 100_000;

  /** One page of events, newest first, and whether an older page follows. */
  public record Page(List<AuditRecord> events, int number, int size, boolean hasNext) {
    public boolean hasPrevious() {
      return number > 1;
    }
  }

  private final AuditLedger ledger;
  private final ChainVerifier verifier;
  private final AuditTrail trail;
  private final TransactionTemplate readOnly;

  AuditReview(AuditLedger ledger, ChainVerifier verifier, AuditTrail trail, PlatformTransactionManager transactions) {
    this.ledger = ledger;
    this.verifier = verifier;
    this.trail = trail;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** A page number as typed in an address: 1 when absent, refused when not a whole number from 1 to MAX_PAGE. */
  public static int pageNumber(String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    if (!text.strip().matches("[0-9]{1,6}") || Integer.parseInt(text.strip()) < 1
        || Integer.parseInt(text.strip()) > MAX_PAGE) {
      throw BagytException.invalid("invalid-audit-filter", "audit.error.page");
    }
    return Integer.parseInt(text.strip());
  }

  @Transactional
  public Page view(AuditFilter filter, int page, int size) {
    var rows = ledger.find(filter, (long) (page - 1) * size, size + 1);
    trail.record(AuditEvent.of(AuditActions.AUDIT_VIEWED, AUDIT_TRAIL, filter.describe() + ";page=" + page)
        .forPrisoner(filter.prisoner()));
    return new Page(rows.subList(0, Math.min(size, rows.size())), page, size, rows.size() > size);
  }

  /**
   * Writes every selected event as CSV. The export is recorded and committed before the first row is
   * written, so that no export leaves without its record, even one cut off half-way.
   */
  public void export(AuditFilter filter, Writer out) throws IOException {
    trail.record(AuditEvent.of(AuditActions.AUDIT_EXPORTED, AUDIT_TRAIL, filter.describe())
        .forPrisoner(filter.prisoner()));
    try (var csv = new AuditCsv(out)) {
      readOnly.executeWithoutResult(status -> ledger.forEach(filter, csv::write));
    }
  }

  /** Verifies the whole chain, then records that it was verified and what was found. */
  public ChainVerification verify() {
    var result = verifier.verify();
    var event = AuditEvent.of(AuditActions.AUDIT_VERIFIED, AUDIT_TRAIL, "1-" + result.lastSeq());
    trail.record(result.intact() ? event : event.withOutcome(AuditOutcome.FAILED));
    return result;
  }
}
