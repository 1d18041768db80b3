package org.bagyt.estate.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.estate.CellChange;
import org.bagyt.estate.Occupancy;
import org.bagyt.estate.internal.CellChanges;
import org.bagyt.platform.BagytException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form that asks for a cell's beds, floor area or use to change; a second person approves it. */
@Controller
class CellChangeController {

  private final CellChanges changes;
  private final Occupancy occupancy;

  CellChangeController(CellChanges changes, Occupancy occupancy) {
    this.changes = changes;
    this.occupancy = occupancy;
  }

  @GetMapping("/estate/cells/{id}/change")
  String form(@PathVariable UUID id, Model model) {
    var cell = changes.cellToChange(id);
    model.addAttribute("cell", cell);
    model.addAttribute("beds", Integer.toString(cell.beds()));
    model.addAttribute("area", cell.floorAreaM2().stripTrailingZeros().toPlainString());
    model.addAttribute("inUse", cell.inUse());
    model.addAttribute("version", cell.version());
    model.addAttribute("reason", "");
    model.addAttribute("errors", Map.of());
    model.addAttribute("thresholds", occupancy.thresholds());
    return "estate/cell-change";
  }

  @PostMapping("/estate/cells/{id}/change")
  String request(@PathVariable UUID id, @RequestParam(required = false) String beds,
      @RequestParam(required = false) String area, @RequestParam(required = false) String inUse,
      @RequestParam(required = false) String version, @RequestParam(required = false) String reason, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    var cell = changes.cellToChange(id);
    var change = new CellChange(id, whole(version), whole(beds), area(area), inUse == null ? null : Boolean.valueOf(inUse));
    Map<String, String> errors = new LinkedHashMap<>();
    change.problems().forEach((field, key) -> errors.put(field.equals("floorAreaM2") ? "area" : field, key));
    if (reason == null || reason.isBlank()) {
      errors.put("reason", "approval.error.reason-required");
    }
    if (errors.isEmpty()) {
      try {
        changes.request(change, reason);
        redirect.addFlashAttribute("requested", true);
        return "redirect:/approvals";
      } catch (BagytException refused) {
        if (refused.status().value() == 403 || refused.status().value() == 404) {
          throw refused;
        }
        errors.put(fieldOf(refused.type()), refused.messageKey());
        response.setStatus(refused.status().value());
      }
    } else {
      response.setStatus(400);
    }
    // The form again, with what the person typed and what to correct.
    model.addAttribute("cell", cell);
    model.addAttribute("beds", beds);
    model.addAttribute("area", area);
    model.addAttribute("inUse", !"false".equals(inUse));
    model.addAttribute("version", version);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    model.addAttribute("thresholds", occupancy.thresholds());
    return "estate/cell-change";
  }

  private static String fieldOf(String problemType) {
    return switch (problemType) {
      case "cell-occupied" -> "inUse";
      case "beds-below-occupied", "invalid-beds" -> "beds";
      case "invalid-area" -> "area";
      case "reason-required", "reason-too-long" -> "reason";
      default -> "beds";
    };
  }

  private static Integer whole(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Floor area as typed: a decimal comma, as Kyrgyz and Russian write it, is accepted. */
  private static BigDecimal area(String value) {
    try {
      return value == null || value.length() > 20 ? null : new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
