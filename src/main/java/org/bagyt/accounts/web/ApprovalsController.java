package org.bagyt.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.bagyt.accounts.ApprovalRequest;
import org.bagyt.accounts.Approvals;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Requests waiting for a second person, and the decisions: approve or reject, always with a reason. */
@Controller
class ApprovalsController {

  private final Approvals approvals;

  ApprovalsController(Approvals approvals) {
    this.approvals = approvals;
  }

  @Bean
  static Navigation approvalsNavigation() {
    return new Navigation(85, "nav.approvals", "/approvals", "access.approve");
  }

  @GetMapping("/approvals")
  String list(Authentication user, Model model) {
    model.addAttribute("requests", approvals.recent(100).stream()
        .filter(r -> r.requestedBy().equals(user.getName()) || approvals.canDecide(r)
            || r.status() != ApprovalRequest.Status.PENDING && user.getName().equals(r.decidedBy()))
        .map(r -> new Shown(r, approvals.details(r), approvals.canDecide(r))).toList());
    return "accounts/approvals";
  }

  record Shown(ApprovalRequest request, java.util.List<org.bagyt.platform.SensitiveChange.Detail> details, boolean decidable) {}

  @PostMapping("/approvals/{id}/approve")
  String approve(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication user, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      approvals.approve(id, reason);
    } catch (BagytException refused) {
      return refused(id, user, model, refused, response);
    }
    redirect.addFlashAttribute("decided", "approval.approved");
    return "redirect:/approvals";
  }

  @PostMapping("/approvals/{id}/reject")
  String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication user, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      approvals.reject(id, reason);
    } catch (BagytException refused) {
      return refused(id, user, model, refused, response);
    }
    redirect.addFlashAttribute("decided", "approval.rejected");
    return "redirect:/approvals";
  }

  private String refused(UUID id, Authentication user, Model model, BagytException refused,
      HttpServletResponse response) {
    if (refused.status().value() == 404) {
      throw refused;
    }
    // The form is shown again with the reason for the refusal, and the status says it was refused.
    response.setStatus(refused.status().value());
    model.addAttribute("errors", java.util.Map.of("reason-" + id, refused.messageKey()));
    return list(user, model);
  }
}
