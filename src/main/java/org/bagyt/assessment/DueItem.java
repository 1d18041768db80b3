package org.bagyt.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.prisoners.PrisonerSummary;

/** An assessment or review due for one prisoner, as the due lists show it. */
public record DueItem(UUID id, PrisonerSummary prisoner, InstrumentPurpose purpose, LocalDate dueOn,
    List<ReviewReason> reasons, UUID assessmentInProgress, long daysLeft) {

  public boolean overdue() {
    return daysLeft < 0;
  }

  public long daysOverdue() {
    return Math.max(0, -daysLeft);
  }
}
