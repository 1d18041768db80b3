package org.bagyt.allocation.web;

import java.util.UUID;
import org.bagyt.allocation.PlacementCheck;
import org.bagyt.allocation.UnitViews;
import org.bagyt.platform.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A unit as allocation sees it: who is where, designated prisoners, keep-aparts, groups, crowding and policy. */
@Controller
class UnitViewController {

  private final UnitViews unitViews;

  UnitViewController(UnitViews unitViews) {
    this.unitViews = unitViews;
  }

  @GetMapping("/allocation/units/{id}")
  String unit(@PathVariable UUID id, Model model) {
    model.addAttribute("view", unitViews.view(id));
    model.addAttribute("mayCheck", SignedInUser.holds(PlacementCheck.CHECK));
    return "allocation/units/unit";
  }
}
