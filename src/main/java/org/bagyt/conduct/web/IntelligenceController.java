package org.bagyt.conduct.web;

import static org.bagyt.platform.web.FormValues.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.conduct.Intelligence;
import org.bagyt.conduct.IntelligenceItem;
import org.bagyt.conduct.NewIntelligenceItem;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
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
 * Intelligence pages: the register, the form for a new item, and one item with its review. A refusal shows the page
 * again with the reason at its field or at the top, and nothing is written.
 */
@Controller
class IntelligenceController {

  private final Intelligence intelligence;
  private final MessageSource messages;

  IntelligenceController(Intelligence intelligence, MessageSource messages) {
    this.intelligence = intelligence;
    this.messages = messages;
  }

  @Bean
  static Navigation intelligenceNavigation() {
    return new Navigation(30, "nav.intelligence", "/intelligence", Intelligence.READ);
  }

  @GetMapping("/intelligence")
  String register(Model model) {
    model.addAttribute("rows", intelligence.register());
    model.addAttribute("mayRecord", SignedInUser.holds(Intelligence.RECORD));
    return "conduct/intelligence/register";
  }

  @GetMapping("/intelligence/new")
  String newItem(Model model) {
    SignedInUser.require(Intelligence.RECORD);
    model.addAttribute("scheme", intelligence.scheme());
    model.addAttribute("language", LocaleContextHolder.getLocale());
    model.addAttribute("today", intelligence.today());
    if (model.getAttribute("form") == null) {
      model.addAttribute("form", Map.of());
    }
    return "conduct/intelligence/new";
  }

  @PostMapping("/intelligence")
  String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    var request = new NewIntelligenceItem(form.get("sourceGrade"), form.get("informationGrade"), form.get("handlingCode"),
        form.get("handlingConditions"), form.get("summary"), form.get("provenance"),
        parse(form.get("obtainedOn"), LocalDate::parse), numbers(form.get("prisoners")), links(form.get("links")),
        "yes".equals(form.get("duressAlleged")), form.get("duressNote"), "yes".equals(form.get("withheld")) ? false : null,
        "yes".equals(form.get("requestAssessmentReview")));
    try {
      IntelligenceItem item = intelligence.record(request);
      redirect.addFlashAttribute("done", "intelligence.done.recorded");
      return "redirect:/intelligence/" + item.id();
    } catch (BagytException refused) {
      refusedHere(refused, model, response);
      model.addAttribute("form", form);
      return newItem(model);
    }
  }

  @GetMapping("/intelligence/{id}")
  String item(@PathVariable UUID id, Model model) {
    model.addAttribute("view", intelligence.item(id));
    model.addAttribute("scheme", intelligence.scheme());
    model.addAttribute("language", LocaleContextHolder.getLocale());
    model.addAttribute("outcomes", IntelligenceItem.ReviewOutcome.values());
    return "conduct/intelligence/item";
  }

  @PostMapping("/intelligence/{id}/review")
  String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> intelligence.review(id, version(form),
            parse(form.get("outcome"), IntelligenceItem.ReviewOutcome::valueOf), form.get("reviewNote"),
            "yes".equals(form.get("requestAssessmentReview"))),
        "intelligence.done.reviewed", model, response, redirect);
  }

  @PostMapping("/intelligence/{id}/usable")
  String usable(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> intelligence.makeUsable(id, version(form)), "intelligence.done.usable", model, response,
        redirect);
  }

  private String act(UUID id, Runnable action, String done, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
      return "redirect:/intelligence/" + id;
    } catch (BagytException refused) {
      refusedHere(refused, model, response);
      return item(id, model);
    }
  }

  /** Field problems go to their fields, a broken rule to the top of the page; anything else is the error page's. */
  private void refusedHere(BagytException refused, Model model, HttpServletResponse response) {
    int status = refused.status().value();
    if (status == 404 || status == 403) {
      throw refused;
    }
    response.setStatus(status);
    if (refused instanceof InvalidFields invalid) {
      model.addAttribute("errors", invalid.errors());
    } else {
      model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
          LocaleContextHolder.getLocale()));
    }
  }

  /** Prisoner numbers as typed: separated by spaces, commas, semicolons or lines. */
  static List<String> numbers(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
  }

  /** One link a line: two prisoner numbers; a line with one or three numbers is a link to no one, and refused. */
  static List<NewIntelligenceItem.NewLink> links(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().filter(l -> !l.isBlank()).map(IntelligenceController::numbers)
        .map(n -> new NewIntelligenceItem.NewLink(n.get(0), n.size() == 2 ? n.get(1) : null, null, null)).toList();
  }

  private static int version(Map<String, String> form) {
    return IntelligenceApi.version(parse(form.get("version"), Integer::valueOf));
  }
}
