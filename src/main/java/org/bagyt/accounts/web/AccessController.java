package org.bagyt.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.bagyt.accounts.AccessAdministration;
import org.bagyt.accounts.Role;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The access matrix for administrators; every change to it, and every new administrator, waits for a second person. */
@Controller
class AccessController {

  private final AccessAdministration access;

  AccessController(AccessAdministration access) {
    this.access = access;
  }

  @Bean
  static Navigation accessNavigation() {
    return new Navigation(80, "nav.access", "/admin/access", "user.manage");
  }

  @GetMapping("/admin/access")
  String matrix(Model model) {
    model.addAttribute("roles", Role.values());
    model.addAttribute("grants", access.grants());
    return "accounts/access";
  }

  @PostMapping("/admin/access/matrix")
  String requestMatrixChange(@RequestParam(required = false) String role, @RequestParam(required = false) String permission,
      @RequestParam(defaultValue = "true") boolean grant, @RequestParam(required = false) String reason,
      Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      access.requestMatrixChange(roleOf(role), permission, grant, reason);
    } catch (BagytException refused) {
      return refused(model, refused, response, "matrix-reason", "permission");
    }
    redirect.addFlashAttribute("requested", true);
    return "redirect:/approvals";
  }

  @PostMapping("/admin/access/administrators")
  String requestAdministrator(@RequestParam(required = false) String username, @RequestParam(required = false) String reason,
      Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      access.requestAdministrator(username, reason);
    } catch (BagytException refused) {
      return refused(model, refused, response, "admin-reason", "username");
    }
    redirect.addFlashAttribute("requested", true);
    return "redirect:/approvals";
  }

  /** Shows the page again with the refusal, linked to the reason field or to the field it concerns. */
  private String refused(Model model, BagytException refused, HttpServletResponse response, String reasonField,
      String otherField) {
    // The form is shown again with the reason for the refusal, and the status says it was refused.
    response.setStatus(refused.status().value());
    model.addAttribute("errors", java.util.Map.of(refused.messageKey().contains("reason") ? reasonField : otherField,
        refused.messageKey()));
    return matrix(model);
  }

  private static Role roleOf(String code) {
    return Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).findFirst()
        .orElseThrow(() -> BagytException.invalid("unknown-role", "access.error.unknown-role"));
  }
}
