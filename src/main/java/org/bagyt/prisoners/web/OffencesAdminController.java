package org.bagyt.prisoners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.platform.Navigation;
import org.bagyt.prisoners.OffenceArticle;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.OffenceReference;
import org.bagyt.prisoners.RefusedEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of Criminal Code articles and the early-release fractions (offence.manage). */
@Controller
@RequestMapping("/admin/offences")
class OffencesAdminController {

  private final OffenceReference reference;

  OffencesAdminController(OffenceReference reference) {
    this.reference = reference;
  }

  @Bean
  static Navigation offencesNavigation() {
    return new Navigation(92, "nav.offences", "/admin/offences", "offence.manage");
  }

  @GetMapping
  String list(Model model) {
    return list(model, Map.of(), Map.of());
  }

  @PostMapping
  String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      reference.add(number(form.get("codeYear"), "codeYear"), form.get("article"), form.get("titleKy"),
          form.get("titleRu"), form.get("titleEn"), category(form.get("category")));
    } catch (RefusedEntry refused) {
      response.setStatus(refused.status().value());
      return list(model, Map.of(refused.field(), refused.messageKey()), entered(form));
    }
    redirect.addFlashAttribute("done", "offences.done.added");
    return "redirect:/admin/offences";
  }

  @GetMapping("/{id}")
  String article(@PathVariable UUID id, Model model) {
    return article(model, find(id), Map.of(), Map.of());
  }

  @PostMapping("/{id}")
  String change(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    OffenceArticle article = find(id);
    int recalculated;
    try {
      recalculated = reference.change(id, form.get("titleKy"), form.get("titleRu"), form.get("titleEn"),
          category(form.get("category")), "true".equals(form.get("inUse")), number(form.get("version"), "titleKy"));
    } catch (RefusedEntry refused) {
      response.setStatus(refused.status().value());
      return article(model, article, Map.of(refused.field(), refused.messageKey()), entered(form));
    }
    return changed(redirect, "offences.done.changed", recalculated);
  }

  @PostMapping("/rules/{category}")
  String changeRule(@PathVariable String category, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    int recalculated;
    try {
      OffenceCategory c = category(category);
      recalculated = reference.changeRule(c, number(form.get("numerator"), "fraction-" + category),
          number(form.get("denominator"), "fraction-" + category), number(form.get("version"), "fraction-" + category));
    } catch (RefusedEntry refused) {
      response.setStatus(refused.status().value());
      return list(model, Map.of(refused.field(), refused.messageKey()), entered(form));
    }
    return changed(redirect, "offences.done.rule", recalculated);
  }

  private static String changed(RedirectAttributes redirect, String message, int recalculated) {
    redirect.addFlashAttribute("done", message);
    redirect.addFlashAttribute("recalculated", recalculated);
    return "redirect:/admin/offences";
  }

  private String list(Model model, Map<String, String> errors, Map<String, String> entered) {
    model.addAttribute("articles", reference.articles());
    model.addAttribute("rules", reference.rules());
    model.addAttribute("categories", OffenceCategory.values());
    model.addAttribute("errors", errors);
    model.addAttribute("entered", entered);
    return "prisoners/offences";
  }

  private String article(Model model, OffenceArticle article, Map<String, String> errors, Map<String, String> entered) {
    model.addAttribute("article", article);
    model.addAttribute("categories", OffenceCategory.values());
    model.addAttribute("errors", errors);
    model.addAttribute("entered", entered);
    return "prisoners/offence";
  }

  private OffenceArticle find(UUID id) {
    return reference.articles().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(org.bagyt.platform.BagytException::notFound);
  }

  private static Map<String, String> entered(Map<String, String> form) {
    var entered = new LinkedHashMap<String, String>();
    form.forEach((k, v) -> {
      if (!k.equals("_csrf") && v != null && v.length() <= 300) {
        entered.put(k, v);
      }
    });
    return entered;
  }

  private static OffenceCategory category(String value) {
    for (OffenceCategory c : OffenceCategory.values()) {
      if (c.name().equals(value)) {
        return c;
      }
    }
    return null;
  }

  private static int number(String value, String field) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException notANumber) {
      throw new RefusedEntry(field, "number-invalid", "sentence.error.number");
    }
  }
}
