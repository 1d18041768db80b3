package org.bagyt.allocation.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.Classifications;
import org.bagyt.allocation.Dimension;
import org.bagyt.allocation.KeepAparts;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/**
 * Classification on the prisoner's file: the three decisions in force and the open keep-apart pairs, with links to
 * their pages. Only readers holding classification.read see it; the pairs only with keepapart.read as well.
 */
@Component
class ClassificationSection implements PrisonerFileSection {

  /** What the section shows. */
  public record Shown(UUID prisonerId, Map<Dimension, Classifications.Standing> standings,
      List<KeepAparts.Shown> keepAparts, boolean keepApartsVisible) {}

  private final Classifications classifications;
  private final KeepAparts keepAparts;

  ClassificationSection(Classifications classifications, KeepAparts keepAparts) {
    this.classifications = classifications;
    this.keepAparts = keepAparts;
  }

  @Override
  public int order() {
    return 45;
  }

  @Override
  public String template() {
    return "allocation/section";
  }

  @Override
  public String fragment() {
    return "classification";
  }

  @Override
  public String permission() {
    return Classifications.READ;
  }

  @Override
  public Object model(UUID prisonerId) {
    // PrisonerFiles.open has checked the reader's scope and audited this read before any section is asked.
    boolean pairs = SignedInUser.holds(KeepAparts.READ);
    return new Shown(prisonerId, classifications.standings(prisonerId), pairs ? keepAparts.openFor(prisonerId) : List.of(),
        pairs);
  }
}
