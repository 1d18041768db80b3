package org.bagyt.audit.internal;

/**
 * The answer to "is the audit trail intact?".
 *
 * @param intact true when every event checked is unchanged, linked to the one before, and none is missing
 * @param checked how many events were checked
 * @param firstBrokenLink the first event found broken, or null when intact
 * @param brokenLinks how many events were found broken
 * @param lastSeq the place of the last event checked
 * @param lastHash its hash, in hexadecimal
 */
public record ChainVerification(boolean intact, long checked, BrokenLink firstBrokenLink, long brokenLinks,
                                long lastSeq, String lastHash) {

  /** Why an event breaks the chain. */
  public enum Problem {
    /** Its content no longer gives its hash: it was changed after it was written. */
    ALTERED,
    /** It does not carry the hash of the event before it: that event, or this link, was changed or replaced. */
    UNLINKED,
    /** Events before it are missing: they were deleted. */
    GAP,
    /** The chain stops before the place its head records: the last events were deleted. */
    END_MISSING
  }

  /** @param seq the place of the broken event; @param expectedSeq the place the chain expected there */
  public record BrokenLink(long seq, long expectedSeq, Problem problem) {}
}
