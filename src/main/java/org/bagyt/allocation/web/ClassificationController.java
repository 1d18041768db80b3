package org.bagyt.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.ClassificationAppeal;
import org.bagyt.allocation.Classifications;
import org.bagyt.allocation.Dimension;
import org.bagyt.allocation.NewDecision;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A prisoner's classification: the decisions in force, their history, the forms to decide each and the appeals. */
@Controller
class ClassificationController {

  private final Classifications classifications;

  ClassificationController(Classifications classifications) {
    this.classifications = classifications;
  }

  @GetMapping("/prisoners/{id}/classification")
  String page(@PathVariable UUID id, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("overview", classifications.overview(id));
      model.addAttribute("outcomes", ClassificationAppeal.Outcome.values());
      return "allocation/classification";
    } catch (OutsideScope outside) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("id", id);
      return "prisoners/break-glass";
    }
  }

  @PostMapping("/prisoners/{id}/classification/decisions")
  String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Dimension dimension = Forms.parse(form.get("dimension"), Dimension::valueOf);
    var decision = new NewDecision(dimension, form.get("level"), Forms.parse(form.get("version"), Integer::valueOf),
        form.get("rationale"), form.get("basis"), Forms.date(form.get("startsOn")), Forms.date(form.get("reviewOn")));
    String field = "level-" + dimension;
    try {
      var done = classifications.decide(id, decision);
      redirect.addFlashAttribute("done", done.status() == Classifications.Decided.Status.APPLIED
          ? "classification.done.applied" : "classification.done.requested");
      return "redirect:/prisoners/" + id + "/classification";
    } catch (BagytException refused) {
      return refused(id, field, refused, model, response);
    }
  }

  @PostMapping("/prisoners/{id}/classification/appeals")
  String lodge(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      classifications.lodgeAppeal(id, Forms.parse(form.get("decisionId"), UUID::fromString),
          Forms.date(form.get("lodgedOn")), form.get("grounds"));
      redirect.addFlashAttribute("done", "classification.done.appeal-lodged");
      return "redirect:/prisoners/" + id + "/classification";
    } catch (BagytException refused) {
      return refused(id, "appeal-decision", refused, model, response);
    }
  }

  @PostMapping("/prisoners/{id}/classification/appeals/{appealId}/decision")
  String decideAppeal(@PathVariable UUID id, @PathVariable UUID appealId, @RequestParam Map<String, String> form,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      classifications.decideAppeal(id, appealId, Forms.parse(form.get("version"), Integer::valueOf),
          Forms.parse(form.get("outcome"), ClassificationAppeal.Outcome::valueOf), form.get("reason"));
      redirect.addFlashAttribute("done", "classification.done.appeal-decided");
      return "redirect:/prisoners/" + id + "/classification";
    } catch (BagytException refused) {
      return refused(id, "outcome", refused, model, response);
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
