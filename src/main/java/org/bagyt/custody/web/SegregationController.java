package org.bagyt.custody.web;

import static org.bagyt.platform.web.FormValues.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bagyt.custody.ContactRestriction;
import org.bagyt.custody.NewSegregationOrder;
import org.bagyt.custody.ReviewDecision;
import org.bagyt.custody.Segregation;
import org.bagyt.custody.SegregationDay;
import org.bagyt.custody.SegregationOrder;
import org.bagyt.custody.SegregationType;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.Navigation;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Segregation pages: the register of everyone segregated now, one order with its daily log and the forms to log a day,
 * move the end, end it or record an independent decision, and the form to order segregation of a prisoner. A refusal
 * shows the page again with the reason, and nothing is written.
 */
@Controller
class SegregationController {

  private final Segregation segregation;
  private final MessageSource messages;

  SegregationController(Segregation segregation, MessageSource messages) {
    this.segregation = segregation;
    this.messages = messages;
  }

  @Bean
  static Navigation segregationNavigation() {
    return new Navigation(16, "nav.segregation", "/segregation", Segregation.READ);
  }

  @GetMapping("/segregation")
  String register(Model model) {
    model.addAttribute("rows", segregation.register());
    model.addAttribute("today", segregation.today());
    return "custody/segregation/register";
  }

  @GetMapping("/segregation/{id}")
  String order(@PathVariable UUID id, Model model) {
    model.addAttribute("view", segregation.order(id));
    model.addAttribute("today", segregation.today());
    model.addAttribute("outcomes", ReviewDecision.Outcome.values());
    return "custody/segregation/order";
  }

  @GetMapping("/prisoners/{id}/segregation/new")
  String newOrder(@PathVariable UUID id, Model model) {
    model.addAttribute("candidate", segregation.candidate(id));
    model.addAttribute("types", SegregationType.values());
    model.addAttribute("restrictions", java.util.Arrays.stream(ContactRestriction.values())
        .filter(r -> r != ContactRestriction.NO_FAMILY_CONTACT).toList());
    model.addAttribute("limits", segregation.limits());
    model.addAttribute("today", segregation.today());
    model.addAttribute("form", model.getAttribute("form") == null ? Map.of() : model.getAttribute("form"));
    return "custody/segregation/new";
  }

  @PostMapping("/prisoners/{id}/segregation")
  String create(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    var request = new NewSegregationOrder(parse(form.get("type"), SegregationType::valueOf), form.get("reason"),
        parse(form.get("startsOn"), LocalDate::parse), parse(form.get("endsOn"), LocalDate::parse),
        parse(form.get("reviewOn"), LocalDate::parse), form.get("healthDeclaredBy"), yesNo(form.get("pregnant")),
        yesNo(form.get("breastfeeding")), yesNo(form.get("withInfant")), yesNo(form.get("disabilityWorsened")),
        form.get("disabilityNote"), parse(form.get("contactRestriction"), ContactRestriction::valueOf),
        parse(form.get("contactRestrictedUntil"), LocalDate::parse));
    try {
      SegregationOrder order = segregation.orderSegregation(id, request);
      redirect.addFlashAttribute("done", "segregation.done.ordered");
      return "redirect:/segregation/" + order.id();
    } catch (BagytException refused) {
      refusedHere(refused, model, response);
      model.addAttribute("form", form);
      return newOrder(id, model);
    }
  }

  @PostMapping("/segregation/{id}/days")
  String logDay(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    var day = new SegregationDay(parse(form.get("day"), LocalDate::parse), parse(form.get("contactHours"), BigDecimal::new),
        parse(form.get("outOfCellHours"), BigDecimal::new), form.get("healthVisitBy"), form.get("managementVisitBy"),
        form.get("note"));
    return act(id, () -> segregation.logDay(id, day), "segregation.done.logged", model, response, redirect);
  }

  @PostMapping("/segregation/{id}/extend")
  String extend(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(id, () -> segregation.extend(id, version(form), parse(form.get("endsOn"), LocalDate::parse)),
        "segregation.done.extended", model, response, redirect);
  }

  @PostMapping("/segregation/{id}/end")
  String end(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(id, () -> segregation.end(id, version(form), form.get("endReason")), "segregation.done.ended", model,
        response, redirect);
  }

  @PostMapping("/segregation/{id}/review")
  String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    var decision = new ReviewDecision(form.get("reviewerName"), form.get("reviewerRole"),
        parse(form.get("decision"), ReviewDecision.Outcome::valueOf), form.get("reasons"),
        parse(form.get("reviewEndsOn"), LocalDate::parse), parse(form.get("nextReviewOn"), LocalDate::parse));
    return act(id, () -> segregation.recordReview(id, version(form), decision), "segregation.done.reviewed", model,
        response, redirect);
  }

  private String act(UUID id, Runnable action, String done, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
      return "redirect:/segregation/" + id;
    } catch (BagytException refused) {
      refusedHere(refused, model, response);
      return order(id, model);
    }
  }

  /** Field problems go to their fields, a broken rule to the top of the page; anything else is the error page's. */
  private void refusedHere(BagytException refused, Model model, HttpServletResponse response) {
    if (refused.status().value() == 404 || refused instanceof OutsideScope || refused.status().value() == 403
        && !refused.type().equals("review-by-authoriser")) {
      throw refused;
    }
    response.setStatus(refused.status().value());
    if (refused instanceof InvalidFields invalid) {
      model.addAttribute("errors", invalid.errors());
    } else {
      Locale locale = LocaleContextHolder.getLocale();
      model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
  }

  private static int version(Map<String, String> form) {
    Integer v = parse(form.get("version"), Integer::valueOf);
    if (v == null) {
      throw BagytException.invalid("version-required", "movement.error.version-required");
    }
    return v;
  }

  private static Boolean yesNo(String value) {
    return value == null || value.isBlank() ? null : "yes".equals(value);
  }
}
