package org.bagyt.prisoners;

import java.time.Instant;
import java.util.List;

/**
 * One prisoner's file as the person reading it may see it. Sections of a need-to-know category are
 * null when the reader's role is not granted that category.
 */
public record PrisonerFile(
    PrisonerSummary prisoner,
    Sex sex,
    String genderIdentity,
    String citizenship,
    Instant admittedAt,
    Instant releasedAt,
    List<HealthNote> healthNotes,
    Instant breakGlassUntil) {

  public record HealthNote(Instant writtenAt, String writtenBy, String note) {}

  public boolean openedByBreakGlass() {
    return breakGlassUntil != null;
  }
}
