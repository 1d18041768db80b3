package org.bagyt.prisoners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reading prisoners' files, within the reader's facility scope and need to know. Every opening of a
 * file is audited; opening one outside the reader's facilities needs a stated reason (break-glass).
 */
public interface PrisonerFiles {

  /** The file, as far as the reader may see it. Throws {@link OutsideScope} when break-glass is needed. */
  PrisonerFile open(UUID prisonerId);

  /** As {@link #open}, for a copy that leaves Bagyt (the PDF): audited as an export, not a read. */
  PrisonerFile export(UUID prisonerId);

  /** Prisoners in custody in the reader's facilities, matching a number or part of a name. */
  List<PrisonerSummary> list(String text, int page);

  /**
   * Of the given prisoners, those in custody in the reader's facilities, for lists another module keeps (such as
   * assessments due); a list, so not audited as an opening of each file.
   */
  List<PrisonerSummary> summaries(java.util.Collection<UUID> prisonerIds);

  /** Opens a prisoner outside the reader's facilities for a limited time; returns when access ends. */
  Instant breakGlass(UUID prisonerId, String reason);

  /** Enters people into the register in one transaction (demo data now; admission builds on it). */
  void register(List<NewPrisoner> prisoners);

  int PAGE_SIZE = 50;
}
