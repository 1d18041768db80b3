package org.bagyt.accounts.web;

import org.bagyt.accounts.internal.GovernorNotices;
import org.bagyt.platform.Navigation;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what that role does in Bagyt and where to start. */
@Controller
class HomeController {

  private final GovernorNotices notices;

  HomeController(GovernorNotices notices) {
    this.notices = notices;
  }

  @Bean
  static Navigation homeNavigation() {
    return new Navigation(0, "nav.home", "/", null);
  }

  @GetMapping("/")
  String home(Authentication user, Model model) {
    model.addAttribute("notices", notices.latest(user.getName()));
    return "accounts/home";
  }
}
