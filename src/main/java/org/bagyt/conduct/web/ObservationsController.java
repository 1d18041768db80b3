package org.bagyt.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.conduct.NewObservation;
import org.bagyt.conduct.Observations;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.web.FormValues;
import org.bagyt.prisoners.PrisonerFiles;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Observation pages: the latest in the reader's facilities, and one prisoner's with the form to record one. */
@Controller
class ObservationsController {

  private final Observations observations;
  private final PrisonerFiles files;
  private final MessageSource messages;

  ObservationsController(Observations observations, PrisonerFiles files, MessageSource messages) {
    this.observations = observations;
    this.files = files;
    this.messages = messages;
  }

  @Bean
  static Navigation observationsNavigation() {
    return new Navigation(19, "nav.observations", "/observations", Observations.READ);
  }

  @GetMapping("/observations")
  String latest(Model model) {
    model.addAttribute("observations", observations.latest());
    model.addAttribute("catalogue", observations.catalogue());
    return "conduct/observations/latest";
  }

  @GetMapping("/prisoners/{id}/observations")
  String ofPrisoner(@PathVariable UUID id, Model model) {
    model.addAttribute("view", observations.ofPrisoner(id));
    model.addAttribute("prisoner", files.open(id).prisoner());
    model.addAttribute("catalogue", observations.catalogue());
    model.addAttribute("today", observations.today());
    if (model.getAttribute("form") == null) {
      model.addAttribute("form", Map.of());
      model.addAttribute("chosen", List.of());
    }
    return "conduct/observations/prisoner";
  }

  @PostMapping("/prisoners/{id}/observations")
  String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    List<String> behaviours = form.getOrDefault("behaviours", List.of());
    var request = new NewObservation(FormValues.parse(form.getFirst("observedOn"), LocalDate::parse), behaviours,
        form.getFirst("account"));
    try {
      observations.record(id, request);
      redirect.addFlashAttribute("done", "observation.done.recorded");
      return "redirect:/prisoners/" + id + "/observations";
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      model.addAttribute("form", form.toSingleValueMap());
      model.addAttribute("chosen", behaviours);
      return ofPrisoner(id, model);
    }
  }
}
