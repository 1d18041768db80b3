package org.bagyt.estate.internal;

import org.bagyt.platform.EndpointAccess;
import org.bagyt.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EstateEndpoints {

  @Bean
  EndpointAccess estatePages() {
    return EndpointAccess.permission("estate.read", "/estate", "/estate/**", "/api/v1/facilities", "/api/v1/facilities/**",
        "/api/v1/estate/**");
  }

  /** Asking for a cell change; CellChanges checks the permission and the facility scope again. */
  @Bean
  EndpointAccess cellChangeRequests() {
    return EndpointAccess.permission(CellChanges.REQUESTING, "/estate/cells/*/change",
        "/api/v1/estate/cells/*/change-requests");
  }

  /** Headquarters officers who approve cell changes find the requests on the approvals page. */
  @Bean
  Navigation cellChangeApprovalsNavigation() {
    return new Navigation(85, "nav.approvals", "/approvals", "estate.approve");
  }
}
