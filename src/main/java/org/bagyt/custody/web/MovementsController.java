package org.bagyt.custody.web;

import static org.bagyt.platform.web.FormValues.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.custody.AbsenceReason;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.MovementRecorded;
import org.bagyt.custody.Movements;
import org.bagyt.custody.NewMovement;
import org.bagyt.estate.FreeBeds;
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

  /** A transfer the form is about: the facility chosen and, there, the cell (both may be missing). */
  record TransferChoice(UUID facilityId, UUID cellId) {}

  private final Movements movements;
  private final FreeBeds freeBeds;

  MovementsController(Movements movements, FreeBeds freeBeds) {
    this.movements = movements;
    this.freeBeds = freeBeds;
  }

  /** The page; {@code facilityId} (from the transfer form, htmx or not) lists that facility's cells with a free bed. */
  @GetMapping("/prisoners/{id}/movements")
  String page(@PathVariable UUID id, @RequestParam(name = "facilityId", required = false) String facilityId,
      Model model, HttpServletResponse response) {
    return page(id, new TransferChoice(parse(facilityId, UUID::fromString), null), model, response);
  }

  private String page(UUID id, TransferChoice transfer, Model model, HttpServletResponse response) {
    try {
      var overview = movements.overview(id);
      model.addAttribute("overview", overview);
      // Only a facility the form offers: cells of another facility are listed for a transfer there, nothing else.
      boolean offered = transfer.facilityId() != null
          && overview.facilities().stream().anyMatch(f -> f.id().equals(transfer.facilityId()));
      model.addAttribute("transfer", offered ? transfer : new TransferChoice(null, null));
      model.addAttribute("transferCells", offered ? freeBeds.inFacility(transfer.facilityId()) : List.of());
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
    var transfer = new TransferChoice(movement.facilityId(), movement.cellId());
    try {
      MovementRecorded done = movements.record(id, movement);
      redirect.addFlashAttribute("done", done.status() == MovementRecorded.Status.RECORDED
          ? "movement.done.recorded" : "movement.done.requested");
      return "redirect:/prisoners/" + id + "/movements";
    } catch (BagytException refused) {
      if (kind == MovementKind.TRANSFER && refused.type().startsWith("placement-")) {
        // A hard rule blocks the transfer: the page offers to ask for it as an emergency override.
        model.addAttribute("transferOverride", transfer);
      }
      return refused(id, refused, field(kind, refused.type()), transfer, model, response);
    }
  }

  /** An emergency transfer past hard placement rules, asked for from the form the refused transfer left. */
  @PostMapping("/prisoners/{id}/movements/transfer-override")
  String transferOverride(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    var transfer = new TransferChoice(parse(form.get("facilityId"), UUID::fromString),
        parse(form.get("cellId"), UUID::fromString));
    try {
      movements.requestTransferOverride(id, parse(form.get("version"), Integer::valueOf), transfer.facilityId(),
          transfer.cellId(), form.get("reason"));
      redirect.addFlashAttribute("done", "movement.done.requested");
      return "redirect:/prisoners/" + id + "/movements";
    } catch (BagytException refused) {
      model.addAttribute("transferOverride", transfer);
      boolean aboutTheReason = refused.type().startsWith("override-reason") || refused.type().equals("note-too-long");
      return refused(id, refused, aboutTheReason ? "transfer-override-reason" : "transfer-cellId", transfer, model,
          response);
    }
  }

  /** The page again, with the refusal at the field of the form that was sent; nothing was recorded. */
  private String refused(UUID id, BagytException refused, String field, TransferChoice transfer, Model model,
      HttpServletResponse response) {
    if (refused.status().value() == 404 || refused instanceof OutsideScope) {
      throw refused;
    }
    response.setStatus(refused.status().value());
    model.addAttribute("errors", Map.of(field, refused.messageKey()));
    return page(id, transfer, model, response);
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
      case TRANSFER -> aboutTheReason ? "transfer-note" : type.startsWith("placement-") ? "transfer-cellId" : "facilityId";
      case RELEASE -> aboutTheReason ? "release-note" : "releaseType";
    };
  }
}
