package org.bagyt.estate.web;

import java.util.Locale;
import java.util.UUID;
import org.bagyt.estate.Estate;
import org.bagyt.estate.Occupancy;
import org.bagyt.estate.internal.CellChanges;
import org.bagyt.platform.BagytException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Occupancy now: a facility unit by unit and cell by cell, and overcrowding across the service. */
@Controller
class OccupancyController {

  static final int LIST_ON_PAGE = 50; // the most crowded; a region or facility filter shows the rest

  private final Occupancy occupancy;
  private final Estate estate;
  private final CellChanges changes;

  OccupancyController(Occupancy occupancy, Estate estate, CellChanges changes) {
    this.occupancy = occupancy;
    this.estate = estate;
    this.changes = changes;
  }

  @GetMapping("/estate/facilities/{id}")
  String facility(@PathVariable UUID id, Model model, Locale locale) {
    var facility = occupancy.facility(id).orElseThrow(BagytException::notFound);
    model.addAttribute("occupancy", facility);
    model.addAttribute("facilityName", facility.facility().name(locale.getLanguage()));
    model.addAttribute("changeable", facility.units().stream().flatMap(u -> u.cells().stream())
        .anyMatch(changes::mayRequest));
    // Allocation's unit view, by its path and permission only: the estate does not depend on allocation.
    model.addAttribute("unitAllocation", org.bagyt.platform.SignedInUser.holds("allocation.unit.read"));
    return "estate/facility";
  }

  @GetMapping("/estate/overcrowding")
  String overcrowding(@RequestParam(required = false) String region, @RequestParam(required = false) String facility,
      Model model) {
    model.addAttribute("report", occupancy.overcrowding(blankToNull(region), facilityId(facility), LIST_ON_PAGE));
    model.addAttribute("allFacilities", estate.facilities());
    model.addAttribute("regions", estate.facilities().stream().map(f -> f.regionCode()).distinct().sorted().toList());
    return "estate/overcrowding";
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static UUID facilityId(String value) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return UUID.fromString(v);
    } catch (IllegalArgumentException e) {
      throw BagytException.invalid("unknown-facility", "estate.error.unknown-facility");
    }
  }
}
