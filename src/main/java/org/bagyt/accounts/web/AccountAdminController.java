package org.bagyt.accounts.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.accounts.NewAccount;
import org.bagyt.accounts.Role;
import org.bagyt.accounts.internal.AccountAdministration;
import org.bagyt.accounts.internal.StaffPrincipal;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage staff accounts (permission {@code user.manage}). */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

  private final AccountAdministration administration;
  private final Clock clock;

  AccountAdminController(AccountAdministration administration, Clock clock) {
    this.administration = administration;
    this.clock = clock;
  }

  @Bean
  static Navigation accountsNavigation() {
    return new Navigation(90, "nav.accounts", "/admin/accounts", "user.manage");
  }

  @GetMapping
  String accounts(Model model) {
    model.addAttribute("accounts", administration.accounts());
    model.addAttribute("now", clock.instant());
    return "admin/accounts";
  }

  @GetMapping("/new")
  String newAccount(Model model) {
    return form(model, "", "", "", List.of(), Map.of());
  }

  @PostMapping
  String open(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
      @RequestParam(name = "facilities", required = false) List<String> facilities, Model model) {
    List<String> chosen = facilities == null ? List.of() : facilities;
    Optional<List<UUID>> facilityIds = uuids(chosen);
    var account = new NewAccount(username, displayName, role(role), facilityIds.orElse(List.of()));
    var problems = new LinkedHashMap<>(administration.problems(account));
    if (facilityIds.isEmpty()) {
      problems.put("facilities", "accounts.error.facilities-unknown");
    }
    if (problems.isEmpty()) {
      try {
        model.addAttribute("opened", administration.open(me.username(), account));
        model.addAttribute("messages", "accounts.created");
        return "admin/one-time-password";
      } catch (BagytException refused) {
        problems.put(refused.type().equals("needs-approval") ? "role" : "username", refused.messageKey());
      }
    }
    return form(model, username, displayName, role, chosen, problems);
  }

  private String form(Model model, String username, String displayName, String role, List<String> facilities,
      Map<String, String> errors) {
    model.addAttribute("username", username.length() > 64 ? "" : username);
    model.addAttribute("displayName", displayName.length() > 100 ? "" : displayName);
    model.addAttribute("role", role);
    model.addAttribute("chosenFacilities", facilities);
    model.addAttribute("roles", Role.values());
    model.addAttribute("facilities", administration.facilities());
    model.addAttribute("errors", errors);
    return "admin/account-new";
  }

  @GetMapping("/{id}")
  String account(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID id, Model model) {
    var account = administration.account(id);
    model.addAttribute("account", account);
    model.addAttribute("own", account.username().equals(me.username()));
    model.addAttribute("now", clock.instant());
    return "admin/account";
  }

  @PostMapping("/{id}/disable")
  String disable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID id, @RequestParam int version,
      RedirectAttributes redirect) {
    administration.disable(me.username(), id, version);
    return done(id, "accounts.done.disabled", redirect);
  }

  @PostMapping("/{id}/enable")
  String enable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID id, @RequestParam int version,
      RedirectAttributes redirect) {
    administration.enable(me.username(), id, version);
    return done(id, "accounts.done.enabled", redirect);
  }

  @PostMapping("/{id}/reset-second-factor")
  String resetSecondFactor(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID id,
      @RequestParam int version, RedirectAttributes redirect) {
    administration.resetSecondFactor(me.username(), id, version);
    return done(id, "accounts.done.second-factor-reset", redirect);
  }

  @PostMapping("/{id}/one-time-password")
  String issueOneTimePassword(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID id,
      @RequestParam int version, Model model) {
    model.addAttribute("opened", administration.issueOneTimePassword(me.username(), id, version));
    model.addAttribute("messages", "accounts.one-time-password");
    return "admin/one-time-password";
  }

  private static String done(UUID id, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("done", message);
    return "redirect:/admin/accounts/" + id;
  }

  private static Role role(String name) {
    for (Role r : Role.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  private static Optional<List<UUID>> uuids(List<String> values) {
    var ids = new ArrayList<UUID>();
    for (String v : values) {
      try {
        ids.add(UUID.fromString(v));
      } catch (IllegalArgumentException notAnId) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(ids));
  }
}
