package org.bagyt.prisoners.internal;

import java.util.UUID;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.LegalPosition;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/**
 * Legal status, offences and sentence on the prisoner's file. Everyone who may open the file sees it:
 * why a person is held, and until when, is the core of the file (Mandela Rule 7(b)), not a need-to-know
 * category.
 */
@Component
class SentenceFileSection implements PrisonerFileSection {

  /** What the section shows, and whether the reader may change it. */
  public record Shown(UUID prisonerId, LegalPosition position, boolean mayRecord) {}

  private final SentenceRecords records;

  SentenceFileSection(SentenceRecords records) {
    this.records = records;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "prisoners/sentence";
  }

  @Override
  public String fragment() {
    return "section";
  }

  @Override
  public String permission() {
    return null;
  }

  @Override
  public Object model(UUID prisonerId) {
    // PrisonerFiles.open has checked the reader's scope and audited this read before any section is asked.
    var position = records.person(prisonerId).map(person -> records.position(prisonerId, person)).orElse(null);
    return new Shown(prisonerId, position, SignedInUser.holds(SentenceService.RECORD));
  }
}
