package org.bagyt.estate.web;

import org.bagyt.estate.Estate;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The estate at a glance: every facility with its units, cells, beds and floor area. */
@Controller
class EstateController {

  private final Estate estate;

  EstateController(Estate estate) {
    this.estate = estate;
  }

  @Bean
  static Navigation estateNavigation() {
    return new Navigation(50, "nav.estate", "/estate", "estate.read");
  }

  @GetMapping("/estate")
  String facilities(Model model) {
    var facilities = estate.facilities();
    model.addAttribute("facilities", facilities);
    model.addAttribute("totalBeds", facilities.stream().mapToInt(f -> f.beds()).sum());
    model.addAttribute("totalCells", facilities.stream().mapToInt(f -> f.cells()).sum());
    return "estate/facilities";
  }
}
