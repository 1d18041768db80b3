package org.bagyt.conduct.internal;

import java.util.UUID;
import org.bagyt.conduct.Incidents;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** The incidents a prisoner was involved in, on their file, each linking to its report. */
@Component
class IncidentSection implements PrisonerFileSection {

  private final IncidentStore store;

  IncidentSection(IncidentStore store) {
    this.store = store;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String template() {
    return "conduct/incidents/parts";
  }

  @Override
  public String fragment() {
    return "section";
  }

  @Override
  public String permission() {
    return Incidents.READ;
  }

  @Override
  public Object model(UUID prisonerId) {
    return store.ofPrisoner(prisonerId);
  }
}
