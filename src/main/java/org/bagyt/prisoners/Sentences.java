package org.bagyt.prisoners;

import java.util.UUID;

/**
 * Legal status, offences and sentence of prisoners in the reader's facilities. Reads are audited; changes
 * need {@code sentence.record} and a prisoner in the person's own facilities, and every change that
 * alters a sentence's inputs recalculates it, keeping the old calculation.
 */
public interface Sentences {

  /** The legal position, audited; opening by break-glass works as for the file. */
  LegalPosition read(UUID prisonerId);

  void changeLegalStatus(UUID prisonerId, LegalStatus to, String reason, int version);

  Offence addOffence(UUID prisonerId, NewOffence offence);

  /**
   * The release date of everyone in custody due for release on or before the day: for scheduled work such as the
   * pre-release review, which runs without a signed-in person and reads no file.
   */
  java.util.Map<UUID, java.time.LocalDate> releasingBy(java.time.LocalDate day);

  /** Records the sentence or changes it; the dates are calculated and the calculation kept in the history. */
  Sentence record(UUID prisonerId, SentenceEntry entry);
}
