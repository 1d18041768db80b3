package org.bagyt.accounts.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.bagyt.accounts.internal.OwnAccount;
import org.bagyt.accounts.internal.SecondFactors;
import org.bagyt.accounts.internal.SignInEnded;
import org.bagyt.accounts.internal.SignInJourney;
import org.bagyt.accounts.internal.SignInStep;
import org.bagyt.accounts.internal.UnfinishedSignIn;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the steps after the password. Spring Security handles the password form, failures and
 * sign-out; each step here first checks that a sign-in is at that step, and otherwise starts again.
 */
@Controller
@RequestMapping("/login")
class SignInController {

  private static final String START_AGAIN = "redirect:/login";

  private final SignInJourney journey;
  private final SecondFactors secondFactors;
  private final OwnAccount ownAccount;

  SignInController(SignInJourney journey, SecondFactors secondFactors, OwnAccount ownAccount) {
    this.journey = journey;
    this.secondFactors = secondFactors;
    this.ownAccount = ownAccount;
  }

  @GetMapping
  String signIn() {
    return "accounts/login";
  }

  @GetMapping("/second-factor")
  String secondFactor() {
    return journey.at(SignInStep.SECOND_FACTOR).isPresent() ? "accounts/second-factor" : START_AGAIN;
  }

  @PostMapping("/second-factor")
  String enterCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
      HttpServletResponse response) throws IOException, ServletException {
    var signIn = journey.at(SignInStep.SECOND_FACTOR);
    if (signIn.isEmpty()) {
      return START_AGAIN;
    }
    try {
      var next = journey.enterCode(signIn.get(), code);
      if (next.isPresent()) {
        journey.proceed(next.get(), request, response);
        return null;
      }
    } catch (SignInEnded ended) {
      journey.end(request, response);
      return null;
    }
    model.addAttribute("errors", Map.of("code", "second-factor.code-wrong"));
    return "accounts/second-factor";
  }

  @GetMapping("/enrol")
  String enrol(Model model) {
    var signIn = journey.at(SignInStep.ENROL_SECOND_FACTOR);
    if (signIn.isEmpty()) {
      return START_AGAIN;
    }
    return enrolPage(signIn.get(), model, Map.of());
  }

  @PostMapping("/enrol")
  String confirmEnrolment(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    var signIn = journey.at(SignInStep.ENROL_SECOND_FACTOR);
    if (signIn.isEmpty()) {
      return START_AGAIN;
    }
    try {
      var codes = journey.confirmEnrolment(signIn.get(), code, request, response);
      if (codes.isPresent()) {
        model.addAttribute("codes", codes.get());
        model.addAttribute("continueUrl", "/login/continue");
        return "accounts/recovery-codes";
      }
    } catch (SignInEnded ended) {
      journey.end(request, response);
      return null;
    }
    return enrolPage(signIn.get(), model, Map.of("code", "enrol.code-wrong"));
  }

  private String enrolPage(UnfinishedSignIn signIn, Model model, Map<String, String> errors) {
    model.addAttribute("enrolment", secondFactors.beginEnrolment(signIn.accountId(), signIn.username()));
    model.addAttribute("action", "/login/enrol");
    model.addAttribute("signingIn", true);
    model.addAttribute("errors", errors);
    return "accounts/enrol";
  }

  @GetMapping("/new-password")
  String newPassword(Model model) {
    if (journey.at(SignInStep.NEW_PASSWORD).isEmpty()) {
      return START_AGAIN;
    }
    model.addAttribute("action", "/login/new-password");
    model.addAttribute("signingIn", true);
    return "accounts/new-password";
  }

  @PostMapping("/new-password")
  String chooseNewPassword(@RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletRequest request,
      HttpServletResponse response) throws IOException, ServletException {
    var signIn = journey.at(SignInStep.NEW_PASSWORD);
    if (signIn.isEmpty()) {
      return START_AGAIN;
    }
    var problems = ownAccount.newPasswordProblems(signIn.get().username(), signIn.get().accountId(), password,
        confirmation);
    if (problems.isEmpty()) {
      try {
        journey.proceed(journey.newPasswordChosen(signIn.get(), password), request, response);
      } catch (SignInEnded ended) {
        journey.end(request, response);
      }
      return null;
    }
    model.addAttribute("action", "/login/new-password");
    model.addAttribute("signingIn", true);
    model.addAttribute("errors", problems);
    return "accounts/new-password";
  }

  /** After the recovery codes: on to the next step, or to where the person was going. */
  @GetMapping("/continue")
  String carryOn(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current == null || current instanceof AnonymousAuthenticationToken
        || !(current instanceof UnfinishedSignIn || current.isAuthenticated())) {
      return START_AGAIN;
    }
    journey.continueFrom(current, request, response);
    return null;
  }
}
