package org.bagyt.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.InvalidFields;
import org.bagyt.staff.NewAccreditation;
import org.bagyt.staff.internal.AccreditationService;
import org.bagyt.staff.internal.StaffRecords;
import org.bagyt.staff.internal.StaffScope;
import org.springframework.context.annotation.Bean;
import org.bagyt.platform.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff records: everyone one may see with their accreditations, and one person's, with the forms to change them. */
@Controller
class StaffController {

  private static final String DATE_INVALID = "staff.error.date.invalid";

  /** The record form's fields, in the order the error summary lists them. */
  private static final List<String> FIELDS = List.of("username", "instrumentId", "issuedOn", "expiresOn", "issuer");

  private final StaffRecords records;
  private final AccreditationService accreditations;

  StaffController(StaffRecords records, AccreditationService accreditations) {
    this.records = records;
    this.accreditations = accreditations;
  }

  @Bean
  static Navigation staffNavigation() {
    return new Navigation(70, "nav.staff", "/staff", StaffScope.READ);
  }

  @GetMapping("/staff")
  String list(Model model) {
    model.addAttribute("entries", records.list());
    return "staff/list";
  }

  @GetMapping("/staff/{username}")
  String person(@PathVariable String username, Model model) {
    return show(username, Map.of(), Map.of(), model);
  }

  @PostMapping("/staff/{username}/accreditations")
  String record(@PathVariable String username, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    records.checkVisible(username);
    var errors = new LinkedHashMap<String, String>();
    var accreditation = new NewAccreditation(username, form.get("instrumentId"), FormValues.date(form.get("issuedOn"), "issuedOn", DATE_INVALID, errors),
        FormValues.date(form.get("expiresOn"), "expiresOn", DATE_INVALID, errors), form.get("issuer"));
    try {
      accreditations.check(accreditation);
      if (errors.isEmpty()) {
        accreditations.record(accreditation);
        redirect.addFlashAttribute("done", "staff.done.recorded");
        return "redirect:/staff/{username}";
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } catch (InvalidFields refused) {
      refused.errors().forEach(errors::putIfAbsent);
      response.setStatus(refused.status().value());
    } catch (BagytException refused) {
      if (refused.status().value() == 403 || refused.status().value() == 404) {
        throw refused;
      }
      errors.put("instrumentId", refused.messageKey()); // an overlapping accreditation for the instrument
      response.setStatus(refused.status().value());
    }
    var ordered = new LinkedHashMap<String, String>();
    FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
    return show(username, ordered, form, model);
  }

  @PostMapping("/staff/{username}/accreditations/{id}/withdraw")
  String withdraw(@PathVariable String username, @PathVariable UUID id,
      @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!records.holds(username, id)) {
      throw BagytException.notFound();
    }
    try {
      accreditations.withdraw(id, reason);
      redirect.addFlashAttribute("done", "staff.done.withdrawn");
      return "redirect:/staff/{username}";
    } catch (InvalidFields refused) {
      response.setStatus(refused.status().value());
      return show(username, Map.of("reason-" + id, refused.errors().get("reason")), Map.of("reason-" + id, nullToEmpty(reason)), model);
    } catch (BagytException refused) {
      if (refused.status().value() == 403 || refused.status().value() == 404) {
        throw refused;
      }
      response.setStatus(refused.status().value());
      return show(username, Map.of("reason-" + id, refused.messageKey()), Map.of(), model);
    }
  }

  /** The person's page; {@code form} holds what was typed, so that it is shown back with what to correct. */
  private String show(String username, Map<String, String> errors, Map<String, String> form, Model model) {
    model.addAttribute("person", records.person(username));
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    return "staff/person";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
