package org.bagyt.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bagyt.audit.AuditActionCodes;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.internal.AuditFilter;
import org.bagyt.audit.internal.AuditReview;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit trail for administrators and inspectors: filter, page through, download, verify. */
@Controller
class AuditController {

  static final int PAGE_SIZE = 50;

  private final AuditReview review;
  private final Clock clock;
  private final BagytProperties properties;
  /** The filters offered: the platform's codes, then those the modules contribute. */
  private final List<String> actions;

  AuditController(AuditReview review, Clock clock, BagytProperties properties, List<AuditActionCodes> contributed) {
    this.actions = Stream.concat(AuditActions.KNOWN.stream(), contributed.stream().flatMap(c -> c.codes().stream()))
        .distinct().toList();
    this.review = review;
    this.clock = clock;
    this.properties = properties;
  }

  @Bean
  static Navigation auditNavigation() {
    return new Navigation(90, "nav.audit", "/audit", "audit.read");
  }

  @GetMapping("/audit")
  String events(@RequestParam(required = false) String user, @RequestParam(required = false) String prisoner,
      @RequestParam(required = false) String action, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
    var filter = AuditFilter.parse(user, prisoner, action, from, to);
    var result = review.view(filter, AuditReview.pageNumber(page), PAGE_SIZE);
    model.addAttribute("filter", filter);
    model.addAttribute("page", result);
    model.addAttribute("actions", actions);
    model.addAttribute("previousUrl", link("/audit", filter).queryParam("page", result.number() - 1).toUriString());
    model.addAttribute("nextUrl", link("/audit", filter).queryParam("page", result.number() + 1).toUriString());
    model.addAttribute("exportUrl", link("/audit/export.csv", filter).toUriString());
    return "audit/events";
  }

  @GetMapping("/audit/export.csv")
  void export(@RequestParam(required = false) String user, @RequestParam(required = false) String prisoner,
      @RequestParam(required = false) String action, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
    var filter = AuditFilter.parse(user, prisoner, action, from, to);
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("bagyt-audit-" + LocalDate.now(clock.withZone(properties.zone())) + ".csv").build().toString());
    review.export(filter, response.getWriter());
  }

  @GetMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("result", review.verify());
    return "audit/verify";
  }

  private static UriComponentsBuilder link(String path, AuditFilter filter) {
    var link = UriComponentsBuilder.fromPath(path);
    if (filter.user() != null) {
      link.queryParam("user", filter.user());
    }
    if (filter.prisoner() != null) {
      link.queryParam("prisoner", filter.prisoner());
    }
    if (filter.action() != null) {
      link.queryParam("action", filter.action());
    }
    if (filter.from() != null) {
      link.queryParam("from", filter.from());
    }
    if (filter.to() != null) {
      link.queryParam("to", filter.to());
    }
    return link.encode();
  }
}
