package org.bagyt.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.bagyt.allocation.AllocationPolicies;
import org.bagyt.allocation.AllocationPolicy;
import org.bagyt.allocation.Proposals;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocation policy pages: every policy in force with its source and the history; one scope's form to set its
 * policy or remove its own row. A refusal (field errors, a stale edit, a contradiction) shows the form again and
 * writes nothing; after a change the overview offers a placement proposal for the facility concerned.
 */
@Controller
class PolicyController {

  private final AllocationPolicies policies;
  private final MessageSource messages;

  PolicyController(AllocationPolicies policies, MessageSource messages) {
    this.policies = policies;
    this.messages = messages;
  }

  @Bean
  static Navigation policyNavigation() {
    return new Navigation(34, "nav.allocation-policies", "/allocation/policies", AllocationPolicies.READ);
  }

  @GetMapping("/allocation/policies")
  String page(Model model) {
    model.addAttribute("overview", policies.overview());
    model.addAttribute("mayPropose", SignedInUser.holds(Proposals.PROPOSE));
    return "allocation/policies/policies";
  }

  @GetMapping("/allocation/policies/edit")
  String edit(@RequestParam(required = false) String facilityId, @RequestParam(required = false) String unitId,
      Model model) {
    var scope = policies.scope(id(facilityId, BagytException::notFound), id(unitId, BagytException::notFound));
    model.addAttribute("scope", scope);
    model.addAttribute("models", AllocationPolicy.Model.values());
    if (!model.containsAttribute("form")) {
      AllocationPolicy p = scope.inForce();
      model.addAttribute("form", Map.of("model", p.model().name(),
          "maxDesignatedPerUnit", String.valueOf(p.maxDesignatedPerUnit()),
          "maxGroupMembersPerUnit", String.valueOf(p.maxGroupMembersPerUnit()), "reason", ""));
    }
    return "allocation/policies/edit";
  }

  @PostMapping("/allocation/policies")
  String set(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
      HttpServletResponse response, Locale locale) {
    UUID facilityId = null;
    UUID unitId = null;
    try {
      facilityId = id(form.get("facilityId"), () -> new InvalidFields(Map.of("facilityId", "policy.error.unknown-facility")));
      unitId = id(form.get("unitId"), () -> new InvalidFields(Map.of("unitId", "policy.error.unknown-unit")));
      var changed = policies.set(new AllocationPolicies.Setting(facilityId, unitId, form.get("model"),
          Forms.parse(form.get("maxDesignatedPerUnit"), Integer::valueOf),
          Forms.parse(form.get("maxGroupMembersPerUnit"), Integer::valueOf), form.get("reason"),
          Forms.parse(form.get("version"), Integer::valueOf)));
      return done(changed, "policy.done.set", redirect);
    } catch (BagytException refused) {
      return refused(facilityId, unitId, form, refused, model, response, locale);
    }
  }

  @PostMapping("/allocation/policies/remove")
  String remove(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
      HttpServletResponse response, Locale locale) {
    UUID facilityId = null;
    UUID unitId = null;
    try {
      facilityId = id(form.get("facilityId"), () -> new InvalidFields(Map.of("facilityId", "policy.error.unknown-facility")));
      unitId = id(form.get("unitId"), () -> new InvalidFields(Map.of("unitId", "policy.error.unknown-unit")));
      var changed = policies.remove(new AllocationPolicies.Removal(facilityId, unitId, form.get("removeReason"),
          Forms.parse(form.get("version"), Integer::valueOf)));
      return done(changed, "policy.done.removed", redirect);
    } catch (BagytException refused) {
      if (refused instanceof InvalidFields invalid && invalid.errors().containsKey("reason")) {
        // The removal form's reason is its own field, beside the setting form's.
        var errors = new java.util.LinkedHashMap<>(invalid.errors());
        errors.put("removeReason", errors.remove("reason"));
        refused = new InvalidFields(errors);
      }
      return refused(facilityId, unitId, Map.of(), refused, model, response, locale);
    }
  }

  /**
   * The facility or unit a link or form names: blank names none (the service default, or a facility without a unit);
   * a value that is not an id is refused, rather than read as none and opening or changing the service default.
   */
  private static UUID id(String value, Supplier<? extends BagytException> malformed) {
    UUID id = Forms.parse(value, UUID::fromString);
    if (id == null && value != null && !value.isBlank()) {
      throw malformed.get();
    }
    return id;
  }

  private static String done(AllocationPolicies.Changed changed, String key, RedirectAttributes redirect) {
    redirect.addFlashAttribute("done", key);
    redirect.addFlashAttribute("changedFacility", changed.facilityId());
    redirect.addFlashAttribute("changedService", changed.facilityId() == null);
    return "redirect:/allocation/policies";
  }

  /** The form again with the refusal: at its fields (400) or at the top naming the cause (409); nothing was written. */
  private String refused(UUID facilityId, UUID unitId, Map<String, String> form, BagytException refused, Model model,
      HttpServletResponse response, Locale locale) {
    int status = refused.status().value();
    if (status != 400 && status != 409) {
      throw refused;
    }
    response.setStatus(status);
    if (refused instanceof InvalidFields invalid) {
      model.addAttribute("errors", invalid.errors());
    } else {
      model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
    if (!form.isEmpty()) {
      model.addAttribute("form", Map.of("model", form.getOrDefault("model", ""),
          "maxDesignatedPerUnit", form.getOrDefault("maxDesignatedPerUnit", ""),
          "maxGroupMembersPerUnit", form.getOrDefault("maxGroupMembersPerUnit", ""),
          "reason", form.getOrDefault("reason", "")));
    }
    boolean unknownScope = refused instanceof InvalidFields invalid
        && (invalid.errors().containsKey("unitId") || invalid.errors().containsKey("facilityId"));
    return edit(unknownScope ? null : str(facilityId), unknownScope ? null : str(unitId), model);
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }
}
