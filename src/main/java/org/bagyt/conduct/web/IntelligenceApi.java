package org.bagyt.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.GradingScheme;
import org.bagyt.conduct.Intelligence;
import org.bagyt.conduct.IntelligenceItem;
import org.bagyt.conduct.NewIntelligenceItem;
import org.bagyt.platform.BagytException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Intelligence")
class IntelligenceApi {

  /** A prisoner an item concerns. */
  record Subject(UUID id, String number, String name, String facilityCode) {}

  /** An item as the API shows it. {@code shareable}: whether it may be disclosed to partner agencies. */
  record Item(UUID id, String reference, UUID facilityId, String sourceGrade, String informationGrade,
      String handlingCode, String handlingConditions, boolean shareable, String summary, String provenance,
      LocalDate obtainedOn, boolean duressAlleged, String duressNote, boolean usable,
      IntelligenceItem.ReviewStatus reviewStatus, IntelligenceItem.Review review, String recordedBy, Instant recordedAt,
      List<Subject> prisoners, List<IntelligenceItem.AssertedLink> links, int version) {

    static Item of(IntelligenceItem i, List<Subject> prisoners) {
      return new Item(i.id(), i.reference(), i.facilityId(), i.sourceGrade(), i.informationGrade(), i.handling().code(),
          i.handlingConditions(), i.shareable(), i.summary(), i.provenance(), i.obtainedOn(), i.duressAlleged(),
          i.duressNote(), i.usable(), i.reviewStatus(), i.review(), i.recordedBy(), i.recordedAt(), prisoners, i.links(),
          i.version());
    }

    static Item of(IntelligenceItem i) {
      return of(i, i.subjects().stream().map(id -> new Subject(id, null, null, null)).toList());
    }
  }

  record Review(Integer version, IntelligenceItem.ReviewOutcome outcome, String note, Boolean requestAssessmentReview) {}

  record Usable(Integer version) {}

  private final Intelligence intelligence;

  IntelligenceApi(Intelligence intelligence) {
    this.intelligence = intelligence;
  }

  @GetMapping("/api/v1/intelligence")
  @Operation(summary = "The newest intelligence items the caller may see: their facilities' (the whole service for "
      + "analysts and headquarters), without the handling codes they do not hold")
  List<Item> register() {
    return intelligence.register().stream().map(r -> Item.of(r.item(), r.subjects().stream()
        .map(s -> new Subject(s.id(), s.number(), s.name(), s.facilityCode())).toList())).toList();
  }

  @GetMapping("/api/v1/intelligence/grading-scheme")
  @Operation(summary = "The grading scheme in force: source grades, information grades and handling codes")
  GradingScheme scheme() {
    return intelligence.scheme();
  }

  @GetMapping("/api/v1/intelligence/{id}")
  @Operation(summary = "One item; 404 when it does not exist or its handling code or facility hides it from the caller")
  Item item(@PathVariable UUID id) {
    var v = intelligence.item(id);
    return Item.of(v.item(), v.subjects().stream().map(s -> new Subject(s.id(), s.number(), s.name(), s.facilityCode()))
        .toList());
  }

  @PostMapping("/api/v1/intelligence")
  @Operation(summary = "Record an item (201); prisoners and link ends by id or number. 400 invalid-input (grade-required, "
      + "unknown-grade, unknown-prisoner, link-unknown-prisoner, ...); 409 duress-unreviewed when an item alleged to come "
      + "from duress is to be usable or to bring assessments forward")
  ResponseEntity<Item> record(@RequestBody NewIntelligenceItem item) {
    return ResponseEntity.status(HttpStatus.CREATED).body(Item.of(intelligence.record(item)));
  }

  @PostMapping("/api/v1/intelligence/{id}/review")
  @Operation(summary = "Record the review (never by the recorder): USABLE or NOT_USABLE with a note; optionally bring the "
      + "prisoners' assessments forward. 409 review-by-recorder, already-reviewed, stale-edit")
  Item review(@PathVariable UUID id, @RequestBody Review review) {
    return Item.of(intelligence.review(id, version(review.version()), review.outcome(), review.note(),
        Boolean.TRUE.equals(review.requestAssessmentReview())));
  }

  @PostMapping("/api/v1/intelligence/{id}/usable")
  @Operation(summary = "Let an item feed decisions; 409 duress-unreviewed while an allegation of duress is not reviewed, "
      + "reviewed-not-usable, stale-edit")
  Item usable(@PathVariable UUID id, @RequestBody Usable usable) {
    return Item.of(intelligence.makeUsable(id, version(usable.version())));
  }

  static int version(Integer version) {
    if (version == null) {
      throw BagytException.invalid("version-required", "movement.error.version-required");
    }
    return version;
  }
}
