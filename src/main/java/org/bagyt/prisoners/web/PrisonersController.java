package org.bagyt.prisoners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerSearch;
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
  private final PrisonerSearch search;
  private final FileSections sections;

  PrisonersController(PrisonerFiles files, PrisonerSearch search, FileSections sections) {
    this.files = files;
    this.search = search;
    this.sections = sections;
  }

  static final int SEARCH_RESULTS = 50;


  @Bean
  static Navigation prisonersNavigation() {
    return new Navigation(10, "nav.prisoners", "/prisoners", "prisoner.read");
  }

  /**
   * With a query, the ranked search (number or name in any spelling, optionally a date of birth); without one,
   * everyone in the reader's facilities, page by page.
   */
  @GetMapping("/prisoners")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String dob,
      @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
    model.addAttribute("q", q);
    model.addAttribute("dob", dob);
    if (q != null && !q.isBlank() || dob != null && !dob.isBlank()) {
      try {
        model.addAttribute("matches", search.search(q, SearchParameters.dateOfBirth(dob), SEARCH_RESULTS, false));
      } catch (BagytException refused) {
        if (refused.status().value() != 400) {
          throw refused;
        }
        response.setStatus(400);
        model.addAttribute("errors", java.util.Map.of(refused.messageKey().endsWith("-dob") ? "dob" : "q",
            refused.messageKey()));
        model.addAttribute("matches", List.of());
      }
      return "prisoners/list";
    }
    var prisoners = files.list(q, page);
    model.addAttribute("prisoners", prisoners);
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
