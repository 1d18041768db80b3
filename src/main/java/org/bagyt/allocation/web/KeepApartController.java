package org.bagyt.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bagyt.allocation.KeepApart;
import org.bagyt.allocation.KeepAparts;
import org.bagyt.allocation.NewKeepApart;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A prisoner's keep-apart pairs: the list, the form to add one, and closing one with a reason. */
@Controller
class KeepApartController {

  private final KeepAparts keepAparts;

  KeepApartController(KeepAparts keepAparts) {
    this.keepAparts = keepAparts;
  }

  @GetMapping("/prisoners/{id}/keep-apart")
  String page(@PathVariable UUID id, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("overview", keepAparts.overview(id));
      model.addAttribute("roles", KeepApart.Role.values());
      model.addAttribute("reasons", KeepApart.Reason.values());
      model.addAttribute("scopes", KeepApart.Scope.values());
      model.addAttribute("activities", KeepApart.Activity.values());
      return "allocation/keep-apart";
    } catch (OutsideScope outside) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("id", id);
      return "prisoners/break-glass";
    }
  }

  @PostMapping("/prisoners/{id}/keep-apart")
  String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    var activities = EnumSet.noneOf(KeepApart.Activity.class);
    var chosen = form.get("activities");
    if (chosen != null) {
      chosen.stream().map(a -> Forms.parse(a, KeepApart.Activity::valueOf)).filter(Objects::nonNull).forEach(activities::add);
    }
    var pair = new NewKeepApart(id, Forms.parse(form.getFirst("firstRole"), KeepApart.Role::valueOf), null,
        form.getFirst("secondNumber"), Forms.parse(form.getFirst("secondRole"), KeepApart.Role::valueOf),
        Forms.parse(form.getFirst("reason"), KeepApart.Reason::valueOf), form.getFirst("comment"),
        Forms.parse(form.getFirst("scope"), KeepApart.Scope::valueOf), activities, Forms.date(form.getFirst("reviewOn")));
    try {
      keepAparts.record(pair);
      redirect.addFlashAttribute("done", "keepapart.done.recorded");
      return "redirect:/prisoners/" + id + "/keep-apart";
    } catch (BagytException refused) {
      return refused(id, "second", refused, model, response);
    }
  }

  @PostMapping("/prisoners/{id}/keep-apart/{pairId}/close")
  String close(@PathVariable UUID id, @PathVariable UUID pairId, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      keepAparts.close(pairId, Forms.parse(form.get("version"), Integer::valueOf), form.get("reason"));
      redirect.addFlashAttribute("done", "keepapart.done.closed");
      return "redirect:/prisoners/" + id + "/keep-apart";
    } catch (BagytException refused) {
      return refused(id, "close-reason-" + pairId, refused, model, response);
    }
  }

  /** The page again with the refusal at its field; nothing was recorded. */
  private String refused(UUID id, String field, BagytException refused, Model model, HttpServletResponse response) {
    if (refused.status().value() == 404 || refused instanceof OutsideScope) {
      throw refused;
    }
    response.setStatus(refused.status().value());
    model.addAttribute("errors", refused instanceof InvalidFields invalid ? invalid.errors()
        : Map.of(field, refused.messageKey()));
    return page(id, model, response);
  }
}
