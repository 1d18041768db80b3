package org.bagyt.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.assessment.Appeal;
import org.bagyt.assessment.Assessment;
import org.bagyt.assessment.AssessmentEntry;
import org.bagyt.assessment.AssessmentStatus;
import org.bagyt.assessment.Assessments;
import org.bagyt.assessment.DueItem;
import org.bagyt.assessment.InstrumentPurpose;
import org.bagyt.assessment.Instruments;
import org.bagyt.assessment.Level;
import org.bagyt.assessment.OutcomeNotice;
import org.bagyt.assessment.ReviewReason;
import org.bagyt.assessment.ReviewSchedule;
import org.bagyt.assessment.Source;
import org.bagyt.platform.BagytException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments for partner systems and scripts: the same need to know as the pages (the service checks the reader's
 * permission and facilities, and audits every read), and the same workflow. Each change names the version it was
 * read at; a stale one is refused with 409 {@code stale-edit}.
 */
@RestController
@Tag(name = "Assessments")
class AssessmentsApi {

  /** An instrument that new assessments may use (its newest version), with its name in the three languages. */
  record InstrumentShown(String id, int version, InstrumentPurpose purpose, String licence, Map<String, String> name) {}

  /** An assessment as listed: who wrote and checked it, when, and the levels judged. */
  record AssessmentSummary(UUID id, UUID prisonerId, String instrumentId, int instrumentVersion, InstrumentPurpose purpose,
      AssessmentStatus status, String author, Instant startedAt, Instant submittedAt, String countersignedBy,
      Instant countersignedAt, LocalDate nextReviewOn, Map<String, Level> levels, int version) {

    static AssessmentSummary of(Assessment a) {
      return new AssessmentSummary(a.id(), a.prisonerId(), a.instrumentId(), a.instrumentVersion(), a.purpose(),
          a.status(), a.author(), a.startedAt(), a.submittedAt(), a.countersignedBy(), a.countersignedAt(),
          a.nextReviewOn(), a.levels(), a.version());
    }
  }

  /** An assessment or review due. */
  record Due(UUID id, UUID prisonerId, String prisonerNumber, String facilityCode, InstrumentPurpose purpose,
      LocalDate dueOn, List<ReviewReason> reasons, boolean overdue, long daysLeft, UUID assessmentInProgress) {

    static Due of(DueItem d) {
      return new Due(d.id(), d.prisoner().id(), d.prisoner().number(), d.prisoner().facilityCode(), d.purpose(),
          d.dueOn(), d.reasons(), d.overdue(), d.daysLeft(), d.assessmentInProgress());
    }
  }

  record PrisonerAssessments(UUID prisonerId, List<AssessmentSummary> assessments, List<Due> due) {}

  /** A step of the workflow: the status reached, by whom and when, with the countersigner's comment on a return. */
  record Step(AssessmentStatus from, AssessmentStatus to, String actor, Instant at, String comment) {}

  /** One assessment in full, with what the reader may do with it. */
  record AssessmentShown(AssessmentSummary assessment, Map<String, AssessmentEntry.Rating> ratings,
      Map<String, AssessmentEntry.JudgementEntry> judgements, List<Source> sources, String sourcesNote,
      List<AssessmentEntry.PlanEntry> plan, List<String> needs, List<Step> steps, OutcomeNotice notice,
      List<Appeal> appeals, Assessments.Allowed allowed, UUID previousId) {

    static AssessmentShown of(Assessments.View view) {
      Assessment a = view.assessment();
      return new AssessmentShown(AssessmentSummary.of(a), a.content().ratings(), a.content().judgements(),
          a.content().sources(), a.content().sourcesNote(), a.content().plan(), view.needs(),
          view.steps().stream().map(s -> new Step(s.from(), s.to(), s.actor(), s.at(), s.comment())).toList(),
          view.notice().orElse(null), view.appeals(), view.allowed(), view.previousId());
    }
  }

  record Start(String instrumentId) {}

  /** What the author writes: the version read, and the whole entry (it replaces what the draft said). */
  record Draft(Integer version, AssessmentEntry entry) {}

  record Version(Integer version) {}

  record Return(Integer version, String comment) {}

  /** The version to send with the next change. */
  record Saved(int version) {}

  private final Assessments assessments;
  private final Instruments instruments;
  private final ReviewSchedule schedule;

  AssessmentsApi(Assessments assessments, Instruments instruments, ReviewSchedule schedule) {
    this.assessments = assessments;
    this.instruments = instruments;
    this.schedule = schedule;
  }

  @GetMapping("/api/v1/assessment-instruments")
  @Operation(summary = "The instruments new assessments use: the newest version of each, with names in ky, ru and en")
  List<InstrumentShown> instruments() {
    return instruments.current().stream().map(i -> new InstrumentShown(i.id(), i.version(), i.purpose(), i.licence(),
        Map.of("ky", i.name().ky(), "ru", i.name().ru(), "en", i.name().en()))).toList();
  }

  @GetMapping("/api/v1/prisoners/{id}/assessments")
  @Operation(summary = "A prisoner's assessments, newest first, and what is due (audited read of the file)",
      description = "403 outside-scope for a prisoner held outside the caller's facilities; 404 for an unknown one.")
  PrisonerAssessments ofPrisoner(@PathVariable UUID id) {
    var overview = assessments.overview(id);
    return new PrisonerAssessments(id, overview.assessments().stream().map(AssessmentSummary::of).toList(),
        overview.due().stream().map(Due::of).toList());
  }

  @GetMapping("/api/v1/assessments/due")
  @Operation(summary = "What is overdue or due within the window in the caller's facilities, soonest first",
      description = "Service-wide roles see every facility and may name one; within is 0 to 366 days (default the "
          + "configured due-soon window, 14 days). 400 invalid-window otherwise.")
  List<Due> due(@RequestParam(required = false) UUID facility, @RequestParam(required = false) Integer within) {
    return schedule.due(facility, within == null ? schedule.dueSoonDays() : within).stream().map(Due::of).toList();
  }

  @GetMapping("/api/v1/assessments/{id}")
  @Operation(summary = "One assessment with its ratings, judgements, plan, workflow, notice and appeals (audited read)",
      description = "403 outside-scope for a prisoner held outside the caller's facilities; 404 for an unknown one.")
  AssessmentShown assessment(@PathVariable UUID id) {
    return AssessmentShown.of(assessments.read(id));
  }

  @PostMapping("/api/v1/prisoners/{id}/assessments")
  @Operation(summary = "Start a draft on the newest version of an instrument (201)",
      description = "Needs an accreditation in force for the instrument (403 not-accredited); 409 assessment-open when "
          + "the prisoner already has one of this purpose being written or checked; 400 lists an unknown instrument.")
  ResponseEntity<AssessmentShown> start(@PathVariable UUID id, @RequestBody Start body) {
    UUID started = assessments.start(id, body.instrumentId());
    return ResponseEntity.created(URI.create("/api/v1/assessments/" + started))
        .body(AssessmentShown.of(assessments.read(started)));
  }

  @PostMapping("/api/v1/assessments/{id}/draft")
  @Operation(summary = "Save the draft as written, replacing what it said; answers the new version",
      description = "Only the author, while it is a draft or returned. 400 invalid-input lists what the instrument "
          + "cannot accept by field (rating-BA1, plan-description-0, ...); 409 stale-edit when saved by someone since.")
  Saved save(@PathVariable UUID id, @RequestBody Draft body) {
    return new Saved(assessments.save(id, version(body.version()), entry(body.entry())));
  }

  @PostMapping("/api/v1/assessments/{id}/submission")
  @Operation(summary = "Submit for countersigning, saving the entry first when one is sent; answers the new version",
      description = "400 invalid-input names every gap by field (a rating, a rationale, a level, sources, the plan); "
          + "nothing is saved then.")
  Saved submit(@PathVariable UUID id, @RequestBody Draft body) {
    return new Saved(assessments.submit(id, version(body.version()), body.entry()));
  }

  @PostMapping("/api/v1/assessments/{id}/countersignature")
  @Operation(summary = "Countersign as the second accredited assessor: the assessment comes into force",
      description = "403 countersign-own for its author; 409 illegal-transition unless it is submitted.")
  Saved countersign(@PathVariable UUID id, @RequestBody Version body) {
    return new Saved(assessments.countersign(id, version(body.version())));
  }

  @PostMapping("/api/v1/assessments/{id}/return")
  @Operation(summary = "Return to the author with comments, as the second assessor",
      description = "400 invalid-input without a comment; 403 return-own for its author.")
  Saved returnToAuthor(@PathVariable UUID id, @RequestBody Return body) {
    return new Saved(assessments.returnToAuthor(id, version(body.version()), body.comment()));
  }

  private static int version(Integer version) {
    if (version == null) {
      throw BagytException.invalid("version-required", "assessment.page.error.version");
    }
    return version;
  }

  private static AssessmentEntry entry(AssessmentEntry entry) {
    return entry == null ? AssessmentEntry.empty() : entry;
  }
}
