package org.bagyt.conduct.internal;

import java.util.UUID;
import org.bagyt.conduct.Complaints;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** The prisoner's complaints on their file, with the way to record a new one. */
@Component
class ComplaintSection implements PrisonerFileSection {

  private final Complaints complaints;

  ComplaintSection(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public int order() {
    return 62;
  }

  @Override
  public String template() {
    return "conduct/complaints/parts";
  }

  @Override
  public String fragment() {
    return "section";
  }

  @Override
  public String permission() {
    return Complaints.READ;
  }

  @Override
  public Object model(UUID prisonerId) {
    return complaints.ofPrisoner(prisonerId);
  }
}
