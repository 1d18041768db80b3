package org.bagyt.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bagyt.custody.IllTreatmentReferrals;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ill-treatment referrals: read by facility staff and their handlers, closed only by an outside authority. */
@Controller
class ReferralsController {

  private final IllTreatmentReferrals referrals;
  private final Estate estate;

  ReferralsController(IllTreatmentReferrals referrals, Estate estate) {
    this.referrals = referrals;
    this.estate = estate;
  }

  @Bean
  static Navigation referralsNavigation() {
    return new Navigation(14, "nav.referrals", "/referrals", IllTreatmentReferrals.READ);
  }

  @GetMapping("/referrals")
  String list(Model model) {
    return show(model, null, null);
  }

  @PostMapping("/referrals/{id}/close")
  String close(@PathVariable UUID id, @RequestParam(required = false) String outcome,
      @RequestParam(defaultValue = "-1") int version, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      referrals.close(id, outcome, version);
    } catch (BagytException refused) {
      if (refused.status().value() != 400 && refused.status().value() != 409) {
        throw refused;
      }
      response.setStatus(refused.status().value());
      return show(model, id, refused.messageKey());
    }
    redirect.addFlashAttribute("done", "referral.closed");
    return "redirect:/referrals";
  }

  private String show(Model model, UUID failed, String error) {
    Map<UUID, FacilitySummary> facilities = estate.facilities().stream()
        .collect(Collectors.toMap(FacilitySummary::id, Function.identity()));
    model.addAttribute("referrals", referrals.list());
    model.addAttribute("facilities", facilities);
    model.addAttribute("mayClose", SignedInUser.holds(IllTreatmentReferrals.CLOSE));
    model.addAttribute("errors", error == null ? Map.of() : Map.of("outcome-" + failed, error));
    return "custody/admission/referrals";
  }
}
