package org.bagyt.allocation.internal;

import org.bagyt.allocation.PlacementCheck;
import org.bagyt.allocation.UnitViews;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The placement page is read with allocation.check; placing from it (a move, a transfer request, an emergency
 * override request) needs movement.record, as on the movements page. The unit view needs allocation.unit.read.
 */
@Configuration(proxyBeanMethods = false)
class PlacementPageEndpoints {

  @Bean
  EndpointAccess readPlacementPage() {
    return EndpointAccess.permission(PlacementCheck.CHECK, "/prisoners/*/placement", "/prisoners/*/placement/chooser")
        .on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess placeFromPlacementPage() {
    return EndpointAccess.permission("movement.record", "/prisoners/*/placement/move",
        "/prisoners/*/placement/transfer", "/prisoners/*/placement/override").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess readUnitView() {
    return EndpointAccess.permission(UnitViews.READ, "/allocation/units/*").on(HttpMethod.GET);
  }
}
