package org.bagyt.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bagyt.conduct.AssociationNetwork;
import org.bagyt.conduct.LinkKind;
import org.bagyt.conduct.NetworkFilter;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network page for security analysts: the filter, a force-directed graph of the largest communities (drawn by
 * static/js/network.js from data attributes: the policy forbids inline script), the tables of communities and central
 * members beside it, and the shortest chain between two prisoners.
 */
@Controller
class NetworkController {

  private final AssociationNetwork network;
  private final JsonMapper json;

  NetworkController(AssociationNetwork network, JsonMapper json) {
    this.network = network;
    this.json = json;
  }

  @Bean
  static Navigation networkNavigation() {
    return new Navigation(31, "nav.network", "/network", AssociationNetwork.READ);
  }

  @GetMapping("/network")
  String page(@RequestParam(required = false) List<String> kinds, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String a,
      @RequestParam(required = false) String b, Model model, HttpServletResponse response) {
    model.addAttribute("kinds", LinkKind.values());
    model.addAttribute("form", Map.of("from", from == null ? "" : from, "to", to == null ? "" : to,
        "a", a == null ? "" : a, "b", b == null ? "" : b));
    NetworkFilter filter;
    try {
      // Opened without a filter, the page leaves out shared cells: in dormitories of 30 they tie everyone to everyone
      // and hide the associations that say something. One tick brings them in.
      boolean unfiltered = kinds == null && from == null && to == null;
      filter = unfiltered ? new NetworkFilter(EnumSet.complementOf(EnumSet.of(LinkKind.SHARED_CELL)), null, null)
          : NetworkParameters.filter(kinds, from, to);
    } catch (InvalidFields invalid) {
      response.setStatus(400);
      model.addAttribute("errors", invalid.errors());
      filter = NetworkFilter.everything();
    }
    model.addAttribute("chosen", filter.kinds());
    // A community becomes a separation group only when a person records it, with a basis, on allocation's page.
    model.addAttribute("mayRecordGroups", SignedInUser.holds("separationgroup.record"));
    var view = network.view(filter);
    model.addAttribute("view", view);
    model.addAttribute("nodes", json.writeValueAsString(view.drawn().stream().map(m -> Map.of("id", m.id().toString(),
        "name", m.number(), "category", Math.min(m.community(), COLOURED) - 1)).toList()));
    model.addAttribute("edges", json.writeValueAsString(view.edges().stream().map(e -> Map.of("source", e.a().toString(),
        "target", e.b().toString())).toList()));
    model.addAttribute("categories", json.writeValueAsString(categories(view)));
    if ((a != null && !a.isBlank()) || (b != null && !b.isBlank())) {
      try {
        model.addAttribute("chain", network.chain(a, b, filter));
      } catch (InvalidFields invalid) {
        response.setStatus(400);
        var errors = new LinkedHashMap<String, String>();
        if (model.getAttribute("errors") instanceof Map<?, ?> before) {
          before.forEach((k, v) -> errors.put((String) k, (String) v));
        }
        errors.putAll(invalid.errors());
        model.addAttribute("errors", errors);
      }
    }
    return "conduct/network/network";
  }

  /** Communities beyond this many share the last colour: a legend of hundreds helps no one. */
  private static final int COLOURED = 12;

  private static List<Map<String, String>> categories(AssociationNetwork.View view) {
    var categories = new ArrayList<Map<String, String>>();
    for (int i = 1; i <= Math.min(COLOURED, Math.max(1, view.communities().size())); i++) {
      categories.add(Map.of("name", i < COLOURED ? String.valueOf(i) : i + "+"));
    }
    return categories;
  }
}
