package org.bagyt.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.custody.ContactRestriction;
import org.bagyt.custody.NewSegregationOrder;
import org.bagyt.custody.ReviewDecision;
import org.bagyt.custody.Segregation;
import org.bagyt.custody.SegregationDay;
import org.bagyt.custody.SegregationOrder;
import org.bagyt.custody.SegregationStatus;
import org.bagyt.custody.SegregationType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Segregation")
class SegregationApi {

  /** An order as the API shows it. */
  record Order(UUID id, UUID prisonerId, UUID facilityId, SegregationType type, SegregationStatus status, String reason,
      String authorisedBy, Instant authorisedAt, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn,
      LocalDate endedOn, String endReason, ContactRestriction contactRestriction, LocalDate contactRestrictedUntil,
      int version) {

    static Order of(SegregationOrder o) {
      return new Order(o.id(), o.prisonerId(), o.facilityId(), o.type(), o.status(), o.reason(), o.authorisedBy(),
          o.authorisedAt(), o.startsOn(), o.endsOn(), o.reviewOn(), o.endedOn(), o.endReason(), o.contactRestriction(),
          o.contactRestrictedUntil(), o.version());
    }
  }

  /** One order with where it stands against the limits, its daily log, reviews and missed visits. */
  record OrderDetail(Order order, String prisonerNumber, long dayNumber, int consecutiveSolitaryDays,
      LocalDate lastDayWithoutReview, LocalDate lastDisciplinaryDay, List<SegregationDay> days,
      List<ReviewDecision> reviews, List<Segregation.MissedVisit> missedVisits) {}

  record Extension(Integer version, LocalDate endsOn) {}

  record Ending(Integer version, String reason) {}

  record Review(Integer version, String reviewerName, String reviewerRole, ReviewDecision.Outcome decision,
      String reasons, LocalDate endsOn, LocalDate nextReviewOn) {}

  private final Segregation segregation;

  SegregationApi(Segregation segregation) {
    this.segregation = segregation;
  }

  @GetMapping("/api/v1/segregation")
  @Operation(summary = "Everyone segregated today in the caller's facilities (the whole service for headquarters and "
      + "the inspector), with days so far and days to each limit")
  List<Segregation.RegisterRow> register() {
    return segregation.register();
  }

  @GetMapping("/api/v1/segregation/{id}")
  @Operation(summary = "One segregation order with its daily log, reviews and missed visits; 403 outside the caller's facilities")
  OrderDetail order(@PathVariable UUID id) {
    var v = segregation.order(id);
    return new OrderDetail(Order.of(v.order()), v.number(), v.dayNumber(), v.consecutiveSolitaryDays(),
        v.lastDayWithoutReview(), v.lastDisciplinaryDay(), v.days().stream().map(d -> d.day()).toList(),
        v.reviews().stream().map(r -> r.decision()).toList(), v.missed());
  }

  @PostMapping("/api/v1/prisoners/{id}/segregation")
  @Operation(summary = "Order segregation (201); 400 invalid-input with each field; 409 juvenile, pregnant, breastfeeding, "
      + "with-infant, disability-worsened, family-contact-ban, disciplinary-limit, review-too-late, "
      + "independent-decision-required, chaining, already-segregated")
  ResponseEntity<Order> create(@PathVariable UUID id, @RequestBody NewSegregationOrder request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(Order.of(segregation.orderSegregation(id, request)));
  }

  @PostMapping("/api/v1/segregation/{id}/days")
  @Operation(summary = "Log a day: hours of meaningful contact and out of cell, the visits made (201); 409 "
      + "day-outside-order, day-already-logged")
  ResponseEntity<Void> logDay(@PathVariable UUID id, @RequestBody SegregationDay day) {
    segregation.logDay(id, day);
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  @PostMapping("/api/v1/segregation/{id}/extend")
  @Operation(summary = "Move the planned end later within the limits (governor); 409 independent-decision-required, "
      + "disciplinary-limit, stale-edit")
  Order extend(@PathVariable UUID id, @RequestBody Extension extension) {
    return Order.of(segregation.extend(id, version(extension.version()), extension.endsOn()));
  }

  @PostMapping("/api/v1/segregation/{id}/end")
  @Operation(summary = "End an order with a reason (governor); 409 stale-edit, illegal-transition")
  Order end(@PathVariable UUID id, @RequestBody Ending ending) {
    return Order.of(segregation.end(id, version(ending.version()), ending.reason()));
  }

  @PostMapping("/api/v1/segregation/{id}/review")
  @Operation(summary = "Record an independent reviewer's decision (headquarters, never the authoriser): continue with a "
      + "new end and next review, or end; 403 review-by-authoriser; 409 disciplinary-limit, review-too-late, stale-edit")
  Order review(@PathVariable UUID id, @RequestBody Review review) {
    return Order.of(segregation.recordReview(id, version(review.version()), new ReviewDecision(review.reviewerName(),
        review.reviewerRole(), review.decision(), review.reasons(), review.endsOn(), review.nextReviewOn())));
  }

  private static int version(Integer version) {
    if (version == null) {
      throw org.bagyt.platform.BagytException.invalid("version-required", "movement.error.version-required");
    }
    return version;
  }
}
