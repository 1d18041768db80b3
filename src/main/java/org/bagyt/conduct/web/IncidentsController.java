package org.bagyt.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.conduct.IncidentRole;
import org.bagyt.conduct.IncidentStaffRole;
import org.bagyt.conduct.IncidentStatus;
import org.bagyt.conduct.IncidentType;
import org.bagyt.conduct.Incidents;
import org.bagyt.conduct.NewIncident;
import org.bagyt.estate.Estate;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.bagyt.platform.web.FormValues;
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
 * Incident pages: the register, the report form and one report with what may be done to it next (submit, add, close,
 * return). A refusal shows the page again with the reason, and nothing is written.
 */
@Controller
class IncidentsController {

  static final int PRISONER_ROWS = 4;
  static final int STAFF_ROWS = 3;

  private final Incidents incidents;
  private final Estate estate;
  private final BagytProperties properties;
  private final MessageSource messages;

  IncidentsController(Incidents incidents, Estate estate, BagytProperties properties, MessageSource messages) {
    this.incidents = incidents;
    this.estate = estate;
    this.properties = properties;
    this.messages = messages;
  }

  @Bean
  static Navigation incidentsNavigation() {
    return new Navigation(17, "nav.incidents", "/incidents", Incidents.READ);
  }

  @GetMapping("/incidents")
  String register(@RequestParam(required = false) String status, @RequestParam(required = false) String serious,
      Model model) {
    IncidentStatus chosen = FormValues.option(status, IncidentStatus.class);
    model.addAttribute("incidents", incidents.register(chosen, "yes".equals(serious)));
    model.addAttribute("statuses", IncidentStatus.values());
    model.addAttribute("status", chosen);
    model.addAttribute("seriousOnly", "yes".equals(serious));
    model.addAttribute("mayReport", SignedInUser.holds(Incidents.REPORT));
    return "conduct/incidents/register";
  }

  @GetMapping("/incidents/new")
  String form(Model model) {
    SignedInUser user = SignedInUser.current().orElseThrow();
    SignedInUser.require(Incidents.REPORT);
    model.addAttribute("facilities", user.facilityIds().stream().map(estate::facility).flatMap(java.util.Optional::stream)
        .toList());
    model.addAttribute("types", IncidentType.values());
    model.addAttribute("roles", IncidentRole.values());
    model.addAttribute("staffRoles", IncidentStaffRole.values());
    model.addAttribute("prisonerRows", PRISONER_ROWS);
    model.addAttribute("staffRows", STAFF_ROWS);
    model.addAttribute("today", incidents.today());
    if (model.getAttribute("form") == null) {
      model.addAttribute("form", Map.of());
    }
    return "conduct/incidents/new";
  }

  @PostMapping("/incidents")
  String report(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      var incident = incidents.report(request(form), "submit".equals(form.get("action")));
      redirect.addFlashAttribute("done", "incident.done.reported");
      return "redirect:/incidents/" + incident.id();
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      model.addAttribute("form", form);
      return form(model);
    }
  }

  /** The report form again, filled in from a draft, for its reporter to correct. */
  @GetMapping("/incidents/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    if (model.getAttribute("form") == null) {
      var i = incidents.incident(id);
      var form = new HashMap<String, String>();
      var local = i.occurredAt().atZone(properties.zone());
      form.put("type", i.type().name());
      form.put("occurredOn", local.toLocalDate().toString());
      form.put("occurredTime", local.toLocalTime().withSecond(0).withNano(0).toString());
      form.put("facilityId", i.facilityId().toString());
      form.put("place", i.place());
      form.put("serious", i.serious() ? "yes" : "no");
      form.put("description", i.description());
      form.put("injuries", i.injuries());
      form.put("outcome", i.outcome());
      for (int n = 0; n < i.prisoners().size() && n < PRISONER_ROWS; n++) {
        form.put("prisoner-" + n, i.prisoners().get(n).number());
        form.put("prisonerRole-" + n, i.prisoners().get(n).role().name());
      }
      for (int n = 0; n < i.staff().size() && n < STAFF_ROWS; n++) {
        form.put("staff-" + n, i.staff().get(n).name());
        form.put("staffRole-" + n, i.staff().get(n).role().name());
      }
      form.put("version", String.valueOf(i.version()));
      model.addAttribute("form", form);
    }
    model.addAttribute("editing", id);
    return form(model);
  }

  @PostMapping("/incidents/{id}/edit")
  String correct(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      incidents.correct(id, ConductRecordForms.version(form), request(form));
      redirect.addFlashAttribute("done", "incident.done.corrected");
      return "redirect:/incidents/" + id;
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      model.addAttribute("form", form);
      return edit(id, model);
    }
  }

  private NewIncident request(Map<String, String> form) {
    var prisoners = new ArrayList<NewIncident.Prisoner>();
    for (int n = 0; n < PRISONER_ROWS; n++) {
      prisoners.add(new NewIncident.Prisoner(null, form.get("prisoner-" + n),
          FormValues.option(form.get("prisonerRole-" + n), IncidentRole.class)));
    }
    var staff = new ArrayList<NewIncident.Staff>();
    for (int n = 0; n < STAFF_ROWS; n++) {
      staff.add(new NewIncident.Staff(form.get("staff-" + n),
          FormValues.option(form.get("staffRole-" + n), IncidentStaffRole.class)));
    }
    return new NewIncident(FormValues.option(form.get("type"), IncidentType.class),
        ConductRecordForms.moment(form.get("occurredOn"), form.get("occurredTime"), properties.zone()),
        FormValues.parse(form.get("facilityId"), UUID::fromString), form.get("place"),
        ConductRecordForms.yesNo(form.get("serious")), form.get("description"), form.get("injuries"),
        form.get("outcome"), prisoners, staff);
  }

  @GetMapping("/incidents/{id}")
  String incident(@PathVariable UUID id, Model model) {
    var incident = incidents.incident(id);
    model.addAttribute("incident", incident);
    model.addAttribute("mayReport", SignedInUser.holds(Incidents.REPORT));
    model.addAttribute("mayClose", SignedInUser.holds(Incidents.CLOSE));
    return "conduct/incidents/incident";
  }

  @PostMapping("/incidents/{id}/submit")
  String submit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> incidents.move(id, ConductRecordForms.version(form), IncidentStatus.AWAITING_ANALYSIS, null),
        "incident.done.submitted", model, response, redirect);
  }

  @PostMapping("/incidents/{id}/close")
  String close(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> incidents.move(id, ConductRecordForms.version(form), IncidentStatus.CLOSED,
        form.get("outcome")), "incident.done.closed", model, response, redirect);
  }

  @PostMapping("/incidents/{id}/return")
  String sendBack(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> incidents.move(id, ConductRecordForms.version(form), IncidentStatus.DRAFT, null),
        "incident.done.returned", model, response, redirect);
  }

  @PostMapping("/incidents/{id}/additions")
  String add(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> incidents.add(id, form.get("text")), "incident.done.added", model, response, redirect);
  }

  private String act(UUID id, Runnable action, String done, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
      return "redirect:/incidents/" + id;
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      return incident(id, model);
    }
  }
}
