package org.bagyt.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bagyt.audit.internal.AuditFilter;
import org.bagyt.audit.internal.AuditRecord;
import org.bagyt.audit.internal.AuditReview;
import org.bagyt.audit.internal.ChainVerification;
import org.bagyt.platform.BagytException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for inspectors' tools: events by filter, and verification of the chain. Both are audited. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApi {

  static final int MAX_SIZE = 200;

  record Event(long seq, Instant occurredAt, String actor, String action, String resourceType, String resourceId,
               UUID prisonerId, UUID facilityId, String purpose, String clientAddress, String outcome,
               String previousHash, String hash) {
    static Event of(AuditRecord r) {
      return new Event(r.seq(), r.occurredAt(), r.actor(), r.action(), r.resourceType(), r.resourceId(),
          r.prisonerId(), r.facilityId(), r.purpose(), r.clientAddress(), r.outcome(), r.previousHashHex(), r.hashHex());
    }
  }

  record Events(List<Event> events, int page, int size, boolean hasNext) {}

  private final AuditReview review;

  AuditApi(AuditReview review) {
    this.review = review;
  }

  @GetMapping("/events")
  @Operation(summary = "Audit events, newest first, filtered by user, prisoner, action and days (yyyy-MM-dd, inclusive)")
  Events events(@RequestParam(required = false) String user, @RequestParam(required = false) String prisoner,
      @RequestParam(required = false) String action, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    var filter = AuditFilter.parse(user, prisoner, action, from, to);
    var result = review.view(filter, AuditReview.pageNumber(page), size(size));
    return new Events(result.events().stream().map(Event::of).toList(), result.number(), result.size(),
        result.hasNext());
  }

  @GetMapping("/verify")
  @Operation(summary = "Walk the whole hash chain: whether it is intact, how many events were checked, the first broken link")
  ChainVerification verify() {
    return review.verify();
  }

  private static int size(String text) {
    if (text == null || text.isBlank()) {
      return AuditController.PAGE_SIZE;
    }
    if (!text.strip().matches("[0-9]{1,3}") || Integer.parseInt(text.strip()) < 1
        || Integer.parseInt(text.strip()) > MAX_SIZE) {
      throw BagytException.invalid("invalid-audit-filter", "audit.error.size");
    }
    return Integer.parseInt(text.strip());
  }
}
