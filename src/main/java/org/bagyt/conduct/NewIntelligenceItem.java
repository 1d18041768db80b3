package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.List;

/**
 * An intelligence item as an analyst records it. Prisoners are named by number (the form) or id (the API). Without
 * {@code usable} an item feeds decisions unless duress is alleged; {@code requestAssessmentReview} brings the full
 * assessment of each prisoner it concerns forward (only for an item that is usable).
 */
public record NewIntelligenceItem(String sourceGrade, String informationGrade, String handlingCode,
    String handlingConditions, String summary, String provenance, LocalDate obtainedOn, List<String> prisoners,
    List<NewLink> links, Boolean duressAlleged, String duressNote, Boolean usable, Boolean requestAssessmentReview) {

  /** A link between two prisoners the item asserts; {@code from} defaults to the day the information was obtained. */
  public record NewLink(String prisonerA, String prisonerB, LocalDate from, LocalDate to) {}
}
