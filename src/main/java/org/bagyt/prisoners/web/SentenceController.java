package org.bagyt.prisoners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.NewOffence;
import org.bagyt.prisoners.OffenceReference;
import org.bagyt.prisoners.OffenceStage;
import org.bagyt.prisoners.RefusedEntry;
import org.bagyt.prisoners.SentenceCalculator;
import org.bagyt.prisoners.SentenceEntry;
import org.bagyt.prisoners.Sentences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The records office's page for a prisoner's legal status, offences and sentence. A refused entry shows
 * the page again with the field at fault and what was typed; nothing is written.
 */
@Controller
@RequestMapping("/prisoners/{id}/sentence")
class SentenceController {

  private final Sentences sentences;
  private final OffenceReference reference;

  SentenceController(Sentences sentences, OffenceReference reference) {
    this.sentences = sentences;
    this.reference = reference;
  }

  @GetMapping
  String page(@PathVariable UUID id, Model model) {
    return page(id, model, Map.of(), Map.of());
  }

  @PostMapping("/legal-status")
  String changeLegalStatus(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      sentences.changeLegalStatus(id, legalStatus(form.get("legalStatus")), form.get("reason"),
          number(form.get("version"), "legalStatus", -1));
    } catch (RefusedEntry refused) {
      // This form's reason has its own field, apart from the sentence form's on the same page.
      String field = refused.field().equals("reason") ? "legalStatusReason" : refused.field();
      response.setStatus(refused.status().value());
      return page(id, model, Map.of(field, refused.messageKey()), entered(form));
    }
    return done(id, "sentence.done.legal-status", redirect);
  }

  @PostMapping("/offences")
  String addOffence(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      sentences.addOffence(id, new NewOffence(articleId(form.get("article")), stage(form.get("stage")),
          date(form.get("committedOn"), "committedOn")));
    } catch (RefusedEntry refused) {
      return refused(id, model, response, refused, form);
    }
    return done(id, "sentence.done.offence", redirect);
  }

  @PostMapping
  String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      String version = form.getOrDefault("version", "");
      sentences.record(id, new SentenceEntry(date(form.get("startsOn"), "startsOn"),
          number(form.get("years"), "years", 0), number(form.get("months"), "years", 0),
          number(form.get("days"), "years", 0), number(form.get("remandDays"), "remandDays", 0), form.get("reason"),
          version.isBlank() ? null : number(version, "startsOn", -1)));
    } catch (RefusedEntry refused) {
      return refused(id, model, response, refused, form);
    }
    return done(id, "sentence.done.sentence", redirect);
  }

  private String page(UUID id, Model model, Map<String, String> errors, Map<String, String> entered) {
    model.addAttribute("prisonerId", id);
    model.addAttribute("position", sentences.read(id));
    model.addAttribute("articles", reference.articles().stream().filter(a -> a.inUse()).toList());
    model.addAttribute("statuses", LegalStatus.values());
    model.addAttribute("stages", OffenceStage.values());
    model.addAttribute("maxYears", SentenceCalculator.MAX_YEARS);
    model.addAttribute("errors", errors);
    model.addAttribute("entered", entered);
    return "prisoners/sentence-edit";
  }

  private String refused(UUID id, Model model, HttpServletResponse response, RefusedEntry refused,
      Map<String, String> form) {
    response.setStatus(refused.status().value());
    return page(id, model, Map.of(refused.field(), refused.messageKey()), entered(form));
  }

  /** What the person typed, to show again; the token and anything oversized are left out. */
  private static Map<String, String> entered(Map<String, String> form) {
    var entered = new LinkedHashMap<String, String>();
    form.forEach((k, v) -> {
      if (!k.equals("_csrf") && v != null && v.length() <= 2000) {
        entered.put(k, v);
      }
    });
    return entered;
  }

  private static String done(UUID id, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("done", message);
    return "redirect:/prisoners/" + id + "/sentence";
  }

  private static LegalStatus legalStatus(String value) {
    for (LegalStatus s : LegalStatus.values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    return null;
  }

  private static OffenceStage stage(String value) {
    for (OffenceStage s : OffenceStage.values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    return null;
  }

  private static UUID articleId(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  private static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADate) {
      throw new RefusedEntry(field, "date-invalid", "sentence.error.date-format");
    }
  }

  /** A whole number as typed, or the default when left empty; anything else is refused on that field. */
  private static int number(String value, String field, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new RefusedEntry(field, "number-invalid", "sentence.error.number");
    }
  }
}
