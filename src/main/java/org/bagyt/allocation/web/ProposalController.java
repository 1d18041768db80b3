package org.bagyt.allocation.web;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.allocation.Proposals;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposal pages: the latest proposals with a button to ask for one for the user's facility; one proposal with
 * its progress (htmx polls the progress fragment while the solver works), every move with its reasons, conflicts,
 * and confirm or reject. A refusal (stale, infeasible, decided) is shown at the top; nothing changes.
 */
@Controller
class ProposalController {

  private final Proposals proposals;
  private final Estate estate;
  private final MessageSource messages;

  ProposalController(Proposals proposals, Estate estate, MessageSource messages) {
    this.proposals = proposals;
    this.estate = estate;
    this.messages = messages;
  }

  @Bean
  static Navigation proposalNavigation() {
    return new Navigation(33, "nav.proposals", "/allocation/proposals", Proposals.PROPOSE);
  }

  @GetMapping("/allocation/proposals")
  String list(Model model) {
    model.addAttribute("proposals", proposals.latest());
    SignedInUser user = SignedInUser.current().orElseThrow();
    var all = estate.facilities();
    // Staff ask for their own facilities; headquarters for any one, or for the whole service.
    model.addAttribute("facilities", all.stream().filter(f -> user.worksIn(f.id())).toList());
    model.addAttribute("serviceWide", user.serviceWide());
    model.addAttribute("facilityById", all.stream().collect(Collectors.toMap(FacilitySummary::id, f -> f)));
    model.addAttribute("mayConfirm", SignedInUser.holds(Proposals.CONFIRM));
    return "allocation/proposals/list";
  }

  @PostMapping("/allocation/proposals")
  String start(@RequestParam(required = false) UUID facilityId) {
    return "redirect:/allocation/proposals/" + proposals.start(facilityId, null);
  }

  @GetMapping("/allocation/proposals/{id}")
  String proposal(@PathVariable UUID id, Model model) {
    model.addAttribute("proposal", proposals.find(id));
    model.addAttribute("mayConfirm", SignedInUser.holds(Proposals.CONFIRM));
    model.addAttribute("serviceWide", SignedInUser.current().map(SignedInUser::serviceWide).orElse(false));
    return "allocation/proposals/proposal";
  }

  @GetMapping("/allocation/proposals/{id}/progress")
  String progress(@PathVariable UUID id, Model model) {
    model.addAttribute("proposal", proposals.find(id));
    model.addAttribute("mayConfirm", SignedInUser.holds(Proposals.CONFIRM));
    return "allocation/proposals/proposal :: progress";
  }

  @PostMapping("/allocation/proposals/{id}/confirm")
  String confirm(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect,
      Locale locale) {
    return decided(id, redirect, locale, "proposals.done.confirmed", () -> proposals.confirm(id, version));
  }

  @PostMapping("/allocation/proposals/{id}/reject")
  String reject(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect,
      Locale locale) {
    return decided(id, redirect, locale, "proposals.done.rejected", () -> proposals.reject(id, version));
  }

  /** The proposal again, saying what was done, or why nothing was. */
  private String decided(UUID id, RedirectAttributes redirect, Locale locale, String done, Runnable decision) {
    try {
      decision.run();
      redirect.addFlashAttribute("done", done);
    } catch (BagytException refused) {
      if (refused.status().is4xxClientError() && refused.status().value() == 409) {
        redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      } else {
        throw refused;
      }
    }
    return "redirect:/allocation/proposals/" + id;
  }
}
