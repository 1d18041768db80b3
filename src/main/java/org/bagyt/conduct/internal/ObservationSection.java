package org.bagyt.conduct.internal;

import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.Observation;
import org.bagyt.conduct.Observations;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** The latest observations on the prisoner's file, with the way to all of them and to record one. */
@Component
class ObservationSection implements PrisonerFileSection {

  /** What the section shows. */
  public record Latest(UUID prisonerId, List<Observation> observations) {}

  private final ObservationStore store;

  ObservationSection(ObservationStore store) {
    this.store = store;
  }

  @Override
  public int order() {
    return 64;
  }

  @Override
  public String template() {
    return "conduct/observations/parts";
  }

  @Override
  public String fragment() {
    return "section";
  }

  @Override
  public String permission() {
    return Observations.READ;
  }

  @Override
  public Object model(UUID prisonerId) {
    return new Latest(prisonerId, store.ofPrisoner(prisonerId, 5));
  }
}
