package org.bagyt.allocation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bagyt.allocation.SeparationGroups;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Separation groups: the list, and the form to record one by hand. The network page links here with a community's
 * members filled in, so that adopting a community is still a person's decision with a basis they write.
 */
@Controller
class SeparationGroupController {

  private final SeparationGroups groups;

  SeparationGroupController(SeparationGroups groups) {
    this.groups = groups;
  }

  @Bean
  static Navigation separationGroupNavigation() {
    return new Navigation(32, "nav.separation-groups", "/allocation/groups", SeparationGroups.READ);
  }

  @GetMapping("/allocation/groups")
  String page(@RequestParam(required = false) String members, Model model) {
    model.addAttribute("groups", groups.list());
    model.addAttribute("kinds", SeparationGroups.Kind.values());
    model.addAttribute("mayRecord", SignedInUser.holds(SeparationGroups.RECORD));
    model.addAttribute("form", Map.of("name", "", "kind", "NETWORK", "basis", "", "members", members == null ? "" : members));
    return "allocation/groups/groups";
  }

  @PostMapping("/allocation/groups")
  String record(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    String members = form.getOrDefault("members", "");
    List<String> numbers = Arrays.stream(members.split("[\\s,;]+")).filter(n -> !n.isBlank()).toList();
    try {
      groups.record(new SeparationGroups.NewGroup(form.get("name"), form.get("kind"), form.get("basis"), numbers));
      redirect.addFlashAttribute("done", "group.done.recorded");
      return "redirect:/allocation/groups";
    } catch (BagytException refused) {
      if (refused.status().value() != 400) {
        throw refused;
      }
      response.setStatus(400);
      page(null, model);
      model.addAttribute("form", Map.of("name", form.getOrDefault("name", ""), "kind", form.getOrDefault("kind", ""),
          "basis", form.getOrDefault("basis", ""), "members", members));
      model.addAttribute("errors", ((InvalidFields) refused).errors());
      return "allocation/groups/groups";
    }
  }
}
