package org.bagyt.prisoners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Prisoners in the reader's facilities, each one's file, and break-glass for a prisoner held elsewhere. */
@Controller
class PrisonersController {

  private final PrisonerFiles files;
  private final FileSections sections;

  PrisonersController(PrisonerFiles files, FileSections sections) {
    this.files = files;
    this.sections = sections;
  }

  @Bean
  static Navigation prisonersNavigation() {
    return new Navigation(10, "nav.prisoners", "/prisoners", "prisoner.read");
  }

  @GetMapping("/prisoners")
  String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
    var prisoners = files.list(q, page);
    model.addAttribute("prisoners", prisoners);
    model.addAttribute("q", q);
    model.addAttribute("page", Math.max(0, page));
    model.addAttribute("more", prisoners.size() == PrisonerFiles.PAGE_SIZE);
    return "prisoners/list";
  }

  @GetMapping("/prisoners/{id}")
  String file(@PathVariable UUID id, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("file", files.open(id));
      model.addAttribute("sections", sections.visibleFor(id));
      return "prisoners/file";
    } catch (OutsideScope outside) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("id", id);
      return "prisoners/break-glass";
    }
  }

  @PostMapping("/prisoners/{id}/break-glass")
  String breakGlass(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
      HttpServletResponse response) {
    try {
      files.breakGlass(id, reason);
    } catch (BagytException refused) {
      if (refused.status().value() == 404) {
        throw refused;
      }
      response.setStatus(refused.status().value());
      model.addAttribute("id", id);
      model.addAttribute("errors", java.util.Map.of("reason", refused.messageKey()));
      return "prisoners/break-glass";
    }
    return "redirect:/prisoners/" + id;
  }
}
