package org.bagyt.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bagyt.custody.AdmissionRefused;
import org.bagyt.custody.Admissions;
import org.bagyt.custody.Admitted;
import org.bagyt.custody.NewAdmission;
import org.bagyt.custody.internal.AdmissionRules;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.estate.FreeBeds;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.LatinSpelling;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.PersonalParticulars;
import org.bagyt.prisoners.Sex;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admission form. Adding a row posts the form back and shows it with one more row (no script needed).
 * Admitting runs in steps: read the form, check it, then save; a further check (likely duplicates) fits
 * between checking and saving.
 */
@Controller
class AdmissionController {

  private final Admissions admissions;
  private final Estate estate;
  private final FreeBeds freeBeds;
  private final MessageSource messages;

  AdmissionController(Admissions admissions, Estate estate, FreeBeds freeBeds, MessageSource messages) {
    this.messages = messages;
    this.admissions = admissions;
    this.estate = estate;
    this.freeBeds = freeBeds;
  }

  @Bean
  static Navigation admissionNavigation() {
    return new Navigation(12, "nav.admit", "/admissions/new", Admissions.ADMIT);
  }

  @InitBinder("form")
  void bindFields(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.setAutoGrowCollectionLimit(AdmissionRules.MAX_ROWS + 1);
    binder.setIgnoreInvalidFields(true); // a row index beyond the limit is dropped, not a server error
  }

  @GetMapping("/admissions/new")
  String form(Model model) {
    var form = new AdmissionForm();
    form.informationGiven = true;
    return show(form, Map.of(), model);
  }

  @PostMapping("/admissions/new")
  String post(@ModelAttribute("form") AdmissionForm form, @RequestParam(defaultValue = "admit") String action,
      Model model, HttpServletResponse response) {
    if (form.tooManyRows()) {
      throw BagytException.invalid("too-many-rows", "admission.error.too-many-rows");
    }
    switch (action) {
      case "add-document" -> form.documents.add(new AdmissionForm.Document());
      case "add-relative" -> form.family.add(new AdmissionForm.Relative());
      case "add-item" -> form.property.add(new AdmissionForm.Item());
      default -> {
        return admit(form, model, response);
      }
    }
    if (form.tooManyRows()) {
      throw BagytException.invalid("too-many-rows", "admission.error.too-many-rows");
    }
    return show(form, Map.of(), model);
  }

  private String admit(AdmissionForm form, Model model, HttpServletResponse response) {
    form.dropBlankRows();
    var errors = new LinkedHashMap<String, String>();
    NewAdmission admission = form.toAdmission(errors);
    try {
      admissions.check(admission);
      if (!errors.isEmpty()) {
        return refused(form, errors, model, response);
      }
      if (!form.differentPerson) {
        var duplicates = admissions.likelyDuplicates(admission);
        if (!duplicates.isEmpty()) {
          model.addAttribute("duplicates", duplicates);
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return show(form, Map.of("differentPerson", "admission.duplicates.confirm"), model);
        }
      }
      Admitted admitted = admissions.admit(admission);
      return "redirect:/prisoners/" + admitted.prisonerId();
    } catch (AdmissionRefused refused) {
      refused.errors().forEach(errors::putIfAbsent);
      return refused(form, errors, model, response);
    } catch (BagytException refused) {
      // Cell full or gone (found on taking the bed), a facility outside the officer's scope, or a hard placement rule.
      if (refused.type().startsWith("placement-")) {
        // The rule's reason at the cell, and the whole refusal (reason and what to do instead) above the form.
        errors.put("cell", ((MessageSourceResolvable) refused.arguments()[0]).getCodes()[0]);
        model.addAttribute("placementRefusal", messages.getMessage(refused.messageKey(), refused.arguments(),
            LocaleContextHolder.getLocale()));
      } else {
        errors.put(refused.type().startsWith("facility") ? "facility" : "cell", refused.messageKey());
      }
      response.setStatus(refused.status().value());
      return show(form, errors, model);
    }
  }

  private String refused(AdmissionForm form, Map<String, String> errors, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(form, errors, model);
  }

  private String show(AdmissionForm form, Map<String, String> errors, Model model) {
    form.ensureRows();
    SignedInUser officer = SignedInUser.current().orElseThrow();
    List<FacilitySummary> facilities = estate.facilities().stream()
        .filter(f -> officer.worksIn(f.id())).toList();
    if ((form.facility == null || form.facility.isBlank()) && facilities.size() == 1) {
      form.facility = facilities.get(0).id().toString();
    }
    Map<String, List<FreeBeds.FreeCell>> cells = freeBeds.in(facilities.stream().map(FacilitySummary::id).toList())
        .stream().collect(Collectors.groupingBy(FreeBeds.FreeCell::facilityCode, java.util.TreeMap::new, Collectors.toList()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("facilities", facilities);
    model.addAttribute("cells", cells);
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("legalStatuses", LegalStatus.values());
    model.addAttribute("scripts", LatinSpelling.Script.values());
    model.addAttribute("documentKinds", PersonalParticulars.DocumentKind.values());
    model.addAttribute("relationships", PersonalParticulars.Relationship.values());
    model.addAttribute("languages", List.of("ky", "ru", "en", "uz", "tg", "other"));
    return "custody/admission/new";
  }
}
