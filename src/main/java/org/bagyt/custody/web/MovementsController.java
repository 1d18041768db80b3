package org.bagyt.custody.web;

import static org.bagyt.platform.web.FormValues.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.bagyt.custody.AbsenceReason;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.MovementRecorded;
import org.bagyt.custody.Movements;
import org.bagyt.custody.NewMovement;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.ReleaseType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A prisoner's movements: where they are, their history, and the forms to move them. */
@Controller
class MovementsController {

  private final Movements movements;

  MovementsController(Movements movements) {
    this.movements = movements;
  }

  @GetMapping("/prisoners/{id}/movements")
  String page(@PathVariable UUID id, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("overview", movements.overview(id));
      model.addAttribute("absenceReasons", AbsenceReason.values());
      model.addAttribute("releaseTypes", ReleaseType.values());
      model.addAttribute("maySegregate", org.bagyt.platform.SignedInUser.holds(org.bagyt.custody.Segregation.ORDER)
          && model.getAttribute("overview") instanceof Movements.Overview o && o.mayRecord());
      return "custody/movements/page";
    } catch (OutsideScope outside) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("id", id);
      return "prisoners/break-glass";
    }
  }

  @PostMapping("/prisoners/{id}/movements")
  String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    MovementKind kind = parse(form.get("kind"), MovementKind::valueOf);
    var movement = new NewMovement(kind, parse(form.get("version"), Integer::valueOf), parse(form.get("cellId"), UUID::fromString),
        parse(form.get("facilityId"), UUID::fromString), parse(form.get("absenceReason"), AbsenceReason::valueOf),
        parse(form.get("releaseType"), ReleaseType::valueOf), form.get("note"));
    try {
      MovementRecorded done = movements.record(id, movement);
      redirect.addFlashAttribute("done", done.status() == MovementRecorded.Status.RECORDED
          ? "movement.done.recorded" : "movement.done.requested");
      return "redirect:/prisoners/" + id + "/movements";
    } catch (BagytException refused) {
      if (refused.status().value() == 404 || refused instanceof OutsideScope) {
        throw refused;
      }
      // The page again, with the refusal at the field of the form that was sent; nothing was recorded.
      response.setStatus(refused.status().value());
      model.addAttribute("errors", Map.of(field(kind, refused.type()), refused.messageKey()));
      return page(id, model, response);
    }
  }

  /** The form field a refusal belongs to, so the error summary links to it. */
  private static String field(MovementKind kind, String type) {
    if (kind == null) {
      return "movement-kind";
    }
    boolean aboutTheReason = type.startsWith("reason-") || type.equals("note-too-long");
    return switch (kind) {
      case CELL_MOVE -> aboutTheReason ? "cell-note" : "cellId";
      case TEMPORARY_ABSENCE -> aboutTheReason ? "absence-note" : "absenceReason";
      case RETURN -> "return";
      case TRANSFER -> aboutTheReason ? "transfer-note" : "facilityId";
      case RELEASE -> aboutTheReason ? "release-note" : "releaseType";
    };
  }
}
