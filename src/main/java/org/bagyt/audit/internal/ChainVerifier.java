package org.bagyt.audit.internal;

import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Walks the whole chain page by page, in constant memory, recomputing every hash, then checks that it ends
 * where its head row says. The walk stops at the head read when it began, so events appended meanwhile do
 * not move the goalposts.
 */
@Component
class ChainVerifier {

  static final int PAGE = 5000;

  private final AuditLedger ledger;

  ChainVerifier(AuditLedger ledger) {
    this.ledger = ledger;
  }

  ChainVerification verify() {
    var head = ledger.head();
    long until = head.seq();
    long expectedSeq = 1;
    byte[] previous = AuditRecord.GENESIS;
    long checked = 0;
    long broken = 0;
    ChainVerification.BrokenLink first = null;
    long after = 0;
    while (after < until) {
      var page = ledger.chain(after, until, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (AuditRecord r : page) {
        checked++;
        var problem = problem(r, expectedSeq, previous);
        if (problem != null) {
          broken++;
          if (first == null) {
            first = new ChainVerification.BrokenLink(r.seq(), expectedSeq, problem);
          }
        }
        // Go on from the stored hash, so that one altered event is reported once, not as every event after it.
        previous = r.hash();
        expectedSeq = r.seq() + 1;
        after = r.seq();
      }
    }
    if (after != until || !Arrays.equals(previous, head.hash())) {
      // The last events were removed (or the head was moved): the chain stops short of its head.
      broken++;
      if (first == null) {
        first = new ChainVerification.BrokenLink(until, after + 1, ChainVerification.Problem.END_MISSING);
      }
    }
    return new ChainVerification(broken == 0, checked, first, broken, after,
        after == 0 ? HexFormat.of().formatHex(AuditRecord.GENESIS) : HexFormat.of().formatHex(previous));
  }

  private static ChainVerification.Problem problem(AuditRecord r, long expectedSeq, byte[] previous) {
    if (r.seq() != expectedSeq) {
      return ChainVerification.Problem.GAP;
    }
    if (!r.contentMatchesHash()) {
      return ChainVerification.Problem.ALTERED;
    }
    if (!r.linksTo(previous)) {
      return ChainVerification.Problem.UNLINKED;
    }
    return null;
  }
}
