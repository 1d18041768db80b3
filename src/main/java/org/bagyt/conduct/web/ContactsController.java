package org.bagyt.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.conduct.ContactKind;
import org.bagyt.conduct.ContactMeans;
import org.bagyt.conduct.Contacts;
import org.bagyt.conduct.NewContact;
import org.bagyt.conduct.NewContactLimit;
import org.bagyt.conduct.NewVisitor;
import org.bagyt.conduct.VisitorRelationship;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.BagytProperties;
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

/** Visits pages: the facility register, and one prisoner's visitors, contacts and limits with their forms. */
@Controller
class ContactsController {

  private final Contacts contacts;
  private final PrisonerFiles files;
  private final BagytProperties properties;
  private final MessageSource messages;

  ContactsController(Contacts contacts, PrisonerFiles files, BagytProperties properties, MessageSource messages) {
    this.contacts = contacts;
    this.files = files;
    this.properties = properties;
    this.messages = messages;
  }

  @Bean
  static Navigation visitsNavigation() {
    return new Navigation(21, "nav.visits", "/visits", Contacts.READ);
  }

  @GetMapping("/visits")
  String register(Model model) {
    model.addAttribute("register", contacts.register());
    return "conduct/visits/register";
  }

  @GetMapping("/prisoners/{id}/contacts")
  String ofPrisoner(@PathVariable UUID id, Model model) {
    model.addAttribute("view", contacts.ofPrisoner(id));
    model.addAttribute("prisoner", files.open(id).prisoner());
    model.addAttribute("relationships", VisitorRelationship.values());
    model.addAttribute("kinds", ContactKind.values());
    model.addAttribute("means", ContactMeans.values());
    model.addAttribute("today", contacts.today());
    if (model.getAttribute("form") == null) {
      model.addAttribute("form", Map.of());
      model.addAttribute("chosen", List.of());
    }
    return "conduct/visits/prisoner";
  }

  @PostMapping("/prisoners/{id}/visitors")
  String addVisitor(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    var visitor = new NewVisitor(form.getFirst("familyName"), form.getFirst("givenName"),
        form.getFirst("identityDocument"), FormValues.option(form.getFirst("relationship"), VisitorRelationship.class));
    return act(id, () -> contacts.addVisitor(id, visitor), "contact.done.visitor", form, model, response, redirect);
  }

  @PostMapping("/prisoners/{id}/contacts")
  String recordContact(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    var contact = new NewContact(FormValues.parse(form.getFirst("visitorId"), UUID::fromString),
        FormValues.option(form.getFirst("kind"), ContactKind.class),
        ConductRecordForms.moment(form.getFirst("onDay"), form.getFirst("atTime"), properties.zone()),
        FormValues.parse(form.getFirst("minutes"), Integer::valueOf));
    return act(id, () -> contacts.recordContact(id, contact), "contact.done.contact", form, model, response, redirect);
  }

  @PostMapping("/prisoners/{id}/contact-limits")
  String limit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    var means = form.getOrDefault("means", List.of()).stream().map(m -> FormValues.option(m, ContactMeans.class)).toList();
    var limit = new NewContactLimit(means, form.getFirst("reason"),
        FormValues.parse(form.getFirst("startsOn"), LocalDate::parse),
        FormValues.parse(form.getFirst("expiresOn"), LocalDate::parse));
    return act(id, () -> contacts.limit(id, limit), "contact.done.limit", form, model, response, redirect);
  }

  private String act(UUID id, Runnable action, String done, MultiValueMap<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
      return "redirect:/prisoners/" + id + "/contacts";
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      model.addAttribute("form", form.toSingleValueMap());
      model.addAttribute("chosen", form.getOrDefault("means", List.of()));
      return ofPrisoner(id, model);
    }
  }
}
