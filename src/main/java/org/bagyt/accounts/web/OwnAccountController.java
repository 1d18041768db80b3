package org.bagyt.accounts.web;

import java.util.Map;
import org.bagyt.accounts.internal.OwnAccount;
import org.bagyt.accounts.internal.StaffPrincipal;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: their authenticator app and their password. */
@Controller
@RequestMapping("/account")
class OwnAccountController {

  private final OwnAccount ownAccount;

  OwnAccountController(OwnAccount ownAccount) {
    this.ownAccount = ownAccount;
  }

  @Bean
  static Navigation ownAccountNavigation() {
    return new Navigation(95, "nav.account", "/account", null);
  }

  @GetMapping
  String account(@AuthenticationPrincipal StaffPrincipal me, Model model) {
    boolean setUp = ownAccount.secondFactorSetUp(me);
    model.addAttribute("secondFactor", setUp);
    model.addAttribute("recoveryCodes", setUp ? ownAccount.unusedRecoveryCodes(me) : 0);
    return "accounts/account";
  }

  @GetMapping("/second-factor")
  String enrol(@AuthenticationPrincipal StaffPrincipal me, Model model) {
    return enrolPage(me, model, Map.of());
  }

  @PostMapping("/second-factor")
  String confirmEnrolment(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
      Model model) {
    var codes = ownAccount.confirmEnrolment(me, code);
    if (codes.isEmpty()) {
      return enrolPage(me, model, Map.of("code", "enrol.code-wrong"));
    }
    model.addAttribute("codes", codes.get());
    model.addAttribute("continueUrl", "/account");
    return "accounts/recovery-codes";
  }

  private String enrolPage(StaffPrincipal me, Model model, Map<String, String> errors) {
    model.addAttribute("enrolment", ownAccount.beginEnrolment(me));
    model.addAttribute("action", "/account/second-factor");
    model.addAttribute("signingIn", false);
    model.addAttribute("errors", errors);
    return "accounts/enrol";
  }

  @GetMapping("/recovery-codes")
  String recoveryCodesForm(Model model) {
    model.addAttribute("errors", Map.of());
    return "accounts/new-recovery-codes";
  }

  @PostMapping("/recovery-codes")
  String newRecoveryCodes(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    var codes = ownAccount.newRecoveryCodes(me, code);
    if (codes.isEmpty()) {
      response.setStatus(422);
      model.addAttribute("errors", Map.of("code", "recovery.new.code-wrong"));
      return "accounts/new-recovery-codes";
    }
    model.addAttribute("codes", codes.get());
    model.addAttribute("continueUrl", "/account");
    return "accounts/recovery-codes";
  }

  @GetMapping("/password")
  String password(Model model) {
    model.addAttribute("action", "/account/password");
    model.addAttribute("signingIn", false);
    return "accounts/new-password";
  }

  @PostMapping("/password")
  String changePassword(@AuthenticationPrincipal StaffPrincipal me,
      @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
    var problems = ownAccount.changePassword(me, currentPassword, password, confirmation);
    if (problems.isEmpty()) {
      redirect.addFlashAttribute("done", "account.password.changed");
      return "redirect:/account";
    }
    model.addAttribute("action", "/account/password");
    model.addAttribute("signingIn", false);
    model.addAttribute("errors", problems);
    return "accounts/new-password";
  }
}
