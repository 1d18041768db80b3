package org.bagyt.estate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Estate")
class EstateApi {

  private final Estate estate;

  EstateApi(Estate estate) {
    this.estate = estate;
  }

  @GetMapping
  @Operation(summary = "Every facility with its units, cells in use, beds and floor area")
  List<FacilitySummary> facilities() {
    return estate.facilities();
  }
}
