package org.bagyt.estate.web;

import java.util.Locale;
import java.util.TreeMap;
import org.bagyt.estate.Estate;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The estate at a glance: every facility with its units, cells, beds and floor area. */
@Controller
class EstateController {

  private final Estate estate;
  private final MessageSource messages;
  private final JsonMapper json;

  EstateController(Estate estate, MessageSource messages, JsonMapper json) {
    this.estate = estate;
    this.messages = messages;
    this.json = json;
  }

  @Bean
  static Navigation estateNavigation() {
    return new Navigation(50, "nav.estate", "/estate", "estate.read");
  }

  @GetMapping("/estate")
  String facilities(Model model, Locale locale) {
    var facilities = estate.facilities();
    // Beds per region for the chart; the table below shows the same numbers facility by facility.
    var bedsByRegion = new TreeMap<String, Integer>();
    facilities.forEach(f -> bedsByRegion.merge(messages.getMessage("region." + f.regionCode(), null, locale), f.beds(),
        Integer::sum));
    model.addAttribute("bedsByRegionLabels", json.writeValueAsString(bedsByRegion.keySet()));
    model.addAttribute("bedsByRegionValues", json.writeValueAsString(bedsByRegion.values()));
    model.addAttribute("facilities", facilities);
    model.addAttribute("totalBeds", facilities.stream().mapToInt(f -> f.beds()).sum());
    model.addAttribute("totalCells", facilities.stream().mapToInt(f -> f.cells()).sum());
    return "estate/facilities";
  }
}
