package org.bagyt.allocation.web;

import static org.bagyt.platform.web.FormValues.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.bagyt.allocation.PlacementPage;
import org.bagyt.allocation.Recommendations;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.MovementRecorded;
import org.bagyt.custody.Movements;
import org.bagyt.custody.NewMovement;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The placement page of one prisoner: the check of where they are and of a cell the officer picks (facility, unit,
 * cell; htmx redraws the choice, a plain submit works without it), and placing there through custody's movements:
 * a cell move, a transfer request, or an emergency override request when hard rules are broken.
 */
@Controller
class PlacementController {

  private final PlacementPage placementPage;
  private final Movements movements;
  private final Recommendations recommendations;

  PlacementController(PlacementPage placementPage, Movements movements, Recommendations recommendations) {
    this.placementPage = placementPage;
    this.movements = movements;
    this.recommendations = recommendations;
  }

  @GetMapping("/prisoners/{id}/placement")
  String page(@PathVariable UUID id, @RequestParam Map<String, String> query, Model model,
      HttpServletResponse response) {
    return page(id, parse(query.get("facility"), UUID::fromString), parse(query.get("unit"), UUID::fromString),
        parse(query.get("cell"), UUID::fromString), model, response);
  }

  /** The choice alone, redrawn when the facility or unit changes: a new facility forgets the unit and cell. */
  @GetMapping("/prisoners/{id}/placement/chooser")
  String chooser(@PathVariable UUID id, @RequestParam Map<String, String> query,
      @RequestHeader(name = "HX-Trigger-Name", required = false) String changed, Model model) {
    UUID facility = parse(query.get("facility"), UUID::fromString);
    UUID unit = "facility".equals(changed) ? null : parse(query.get("unit"), UUID::fromString);
    UUID cell = "cell".equals(changed) ? parse(query.get("cell"), UUID::fromString) : null;
    model.addAttribute("prisonerId", id);
    model.addAttribute("choice", placementPage.choice(facility, unit, cell));
    return "allocation/placement/page :: chooser";
  }

  @PostMapping("/prisoners/{id}/placement/move")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    UUID cell = parse(form.get("cellId"), UUID::fromString);
    var movement = new NewMovement(MovementKind.CELL_MOVE, parse(form.get("version"), Integer::valueOf), cell, null,
        null, null, form.get("note"));
    return placed(id, cell, "move-note", () -> movements.record(id, movement), model, redirect, response);
  }

  @PostMapping("/prisoners/{id}/placement/transfer")
  String transfer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    UUID cell = parse(form.get("cellId"), UUID::fromString);
    var movement = new NewMovement(MovementKind.TRANSFER, parse(form.get("version"), Integer::valueOf), cell,
        parse(form.get("facilityId"), UUID::fromString), null, null, form.get("note"));
    return placed(id, cell, "transfer-note", () -> movements.record(id, movement), model, redirect, response);
  }

  @PostMapping("/prisoners/{id}/placement/override")
  String override(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    UUID cell = parse(form.get("cellId"), UUID::fromString);
    return placed(id, cell, "override-reason", () -> movements.requestOverride(id,
        parse(form.get("version"), Integer::valueOf), cell, form.get("reason")), model, redirect, response);
  }

  /** Places, then back to the page with what happened; on refusal the page again at the chosen cell, unchanged. */
  private String placed(UUID id, UUID cell, String field, java.util.function.Supplier<MovementRecorded> placing,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      MovementRecorded done = placing.get();
      redirect.addFlashAttribute("done", done.status() == MovementRecorded.Status.RECORDED
          ? "placement.done.moved" : "placement.done.requested");
      return "redirect:/prisoners/" + id + "/placement";
    } catch (BagytException refused) {
      if (refused.status().value() == 404 || refused instanceof OutsideScope) {
        throw refused;
      }
      response.setStatus(refused.status().value());
      model.addAttribute("errors", Map.of(field, refused.messageKey()));
      return page(id, null, null, cell, model, response);
    }
  }

  private String page(UUID id, UUID facility, UUID unit, UUID cell, Model model, HttpServletResponse response) {
    try {
      var view = placementPage.view(id, facility, unit, cell);
      model.addAttribute("view", view);
      model.addAttribute("choice", view.choice());
      if (view.here() != null) {
        // Someone held in a cell: the solver's best three cells of their facility, each with the check's reasons.
        model.addAttribute("recommendations", recommendations.recommend(id));
      }
      model.addAttribute("prisonerId", id);
      return "allocation/placement/page";
    } catch (OutsideScope outside) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("id", id);
      return "prisoners/break-glass";
    }
  }
}
