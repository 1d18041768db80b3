package org.bagyt.accounts.web;

import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what that role does in Bagyt and where to start. */
@Controller
class HomeController {

  @Bean
  static Navigation homeNavigation() {
    return new Navigation(0, "nav.home", "/", null);
  }

  @GetMapping("/")
  String home() {
    return "accounts/home";
  }
}
