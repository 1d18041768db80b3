package org.bagyt.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.NewObservation;
import org.bagyt.conduct.ObservableBehaviour;
import org.bagyt.conduct.Observation;
import org.bagyt.conduct.Observations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Observations")
class ObservationsApi {

  private final Observations observations;

  ObservationsApi(Observations observations) {
    this.observations = observations;
  }

  @GetMapping("/api/v1/observations/catalogue")
  @Operation(summary = "The catalogue of observable behaviours, checked at start: no entry concerns a protected characteristic")
  List<ObservableBehaviour> catalogue() {
    org.bagyt.platform.SignedInUser.require(Observations.READ);
    return observations.catalogue().behaviours();
  }

  @GetMapping("/api/v1/observations")
  @Operation(summary = "The latest observations in the caller's facilities (the whole service for headquarters)")
  List<Observation> latest() {
    return observations.latest();
  }

  @GetMapping("/api/v1/prisoners/{id}/observations")
  @Operation(summary = "A prisoner's observations, and how often each catalogue behaviour was recorded lately")
  Observations.OfPrisoner ofPrisoner(@PathVariable UUID id) {
    return observations.ofPrisoner(id);
  }

  @PostMapping("/api/v1/prisoners/{id}/observations")
  @Operation(summary = "Record an observation (201): catalogue behaviours and the observer's own words; 400 "
      + "unknown-behaviour at 'behaviours'; 404 unknown prisoner")
  ResponseEntity<Observation> record(@PathVariable UUID id, @RequestBody NewObservation observation) {
    return ResponseEntity.status(HttpStatus.CREATED).body(observations.record(id, observation));
  }
}
