package org.bagyt.assessment.web;

import org.bagyt.assessment.Assessment;
import org.bagyt.assessment.AssessmentEntry.JudgementEntry;
import org.bagyt.assessment.AssessmentEntry.Rating;
import org.bagyt.assessment.Assessments;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.Level;

/**
 * One assessment as pages and the printed copy show it: the instrument's texts in the reader's language, what the
 * assessors wrote exactly as they wrote it.
 */
record AssessmentSheet(Assessments.View view, String language) {

  public Assessment assessment() {
    return view.assessment();
  }

  public Instrument instrument() {
    return view.instrument();
  }

  public String name() {
    return instrument().name().in(language);
  }

  /** The label of the rating given to an item, or "" when none is. */
  public String rating(String itemCode) {
    Rating r = assessment().content().ratings().get(itemCode);
    return r == null || r.rating() == null ? "" : label(instrument(), itemCode, r.rating(), language);
  }

  public String ratingCode(String itemCode) {
    Rating r = assessment().content().ratings().get(itemCode);
    return r == null ? null : r.rating();
  }

  public String rationale(String itemCode) {
    Rating r = assessment().content().ratings().get(itemCode);
    return r == null ? null : r.rationale();
  }

  public Level level(String judgementCode) {
    JudgementEntry j = assessment().content().judgements().get(judgementCode);
    return j == null ? null : j.level();
  }

  public String judgementRationale(String judgementCode) {
    JudgementEntry j = assessment().content().judgements().get(judgementCode);
    return j == null ? null : j.rationale();
  }

  /** An item's title, for the needs a plan entry answers. */
  public String itemTitle(String itemCode) {
    return instrument().item(itemCode).map(i -> i.title().in(language)).orElse(itemCode);
  }

  public String judgementTitle(String judgementCode) {
    return instrument().judgement(judgementCode).map(j -> j.title().in(language)).orElse(judgementCode);
  }

  /** The label of an option of an item's scale in a language; the code itself if the scale has no such option. */
  static String label(Instrument instrument, String itemCode, String optionCode, String language) {
    return instrument.item(itemCode).flatMap(item -> instrument.scaleOf(item).option(optionCode))
        .map(o -> o.label().in(language)).orElse(optionCode);
  }
}
