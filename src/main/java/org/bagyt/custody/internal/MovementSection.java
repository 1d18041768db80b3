package org.bagyt.custody.internal;

import java.util.UUID;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** The latest movements on the prisoner's file, with the way to the movements page. */
@Component
class MovementSection implements PrisonerFileSection {

  private final MovementLog log;

  MovementSection(MovementLog log) {
    this.log = log;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String template() {
    return "custody/movements/section";
  }

  @Override
  public String fragment() {
    return "movements";
  }

  @Override
  public String permission() {
    return null;
  }

  @Override
  public Object model(UUID prisonerId) {
    return log.history(prisonerId, 10);
  }
}
