package org.bagyt.allocation.internal;

import java.util.UUID;
import org.bagyt.allocation.PlacementCheck;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** A link from the prisoner's file to their placement page, for those who may check a placement. */
@Component
class PlacementSection implements PrisonerFileSection {

  @Override
  public int order() {
    return 46;
  }

  @Override
  public String template() {
    return "allocation/placement/section";
  }

  @Override
  public String fragment() {
    return "placement";
  }

  @Override
  public String permission() {
    return PlacementCheck.CHECK;
  }

  @Override
  public Object model(UUID prisonerId) {
    return prisonerId;
  }
}
