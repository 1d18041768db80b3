package org.bagyt.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.assessment.Assessment;
import org.bagyt.assessment.Assessments;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.Instruments;
import org.bagyt.platform.BagytProperties;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** On the prisoner's file, for those with a need to know: the levels in force per purpose and what is due next. */
@Component
class AssessmentSection implements PrisonerFileSection {

  /** An assessment in force, with the instrument it answered (for the judgements' titles). */
  public record Current(Assessment assessment, Instrument instrument, LocalDate countersignedOn) {}

  public record Shown(List<Current> current, List<Assessments.Standing.Due> due) {}

  private final Assessments assessments;
  private final Instruments instruments;
  private final BagytProperties properties;

  AssessmentSection(Assessments assessments, Instruments instruments, BagytProperties properties) {
    this.assessments = assessments;
    this.instruments = instruments;
    this.properties = properties;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String template() {
    return "assessment/section";
  }

  @Override
  public String fragment() {
    return "section";
  }

  @Override
  public String permission() {
    return Assessments.READ;
  }

  @Override
  public Object model(UUID prisonerId) {
    // PrisonerFiles.open has checked the reader's scope and audited this read before any section is asked.
    var standing = assessments.standing(prisonerId);
    var current = standing.current().stream().map(a -> new Current(a, instruments.get(a.instrumentId(),
        a.instrumentVersion()), a.countersignedAt().atZone(properties.zone()).toLocalDate())).toList();
    return new Shown(current, standing.due());
  }
}
