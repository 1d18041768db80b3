package org.bagyt.allocation.solver;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Recommendations need allocation.check; proposals are started and read with allocation.propose, confirmed or
 * rejected with allocation.confirm.
 */
@Configuration(proxyBeanMethods = false)
class ProposalEndpoints {

  @Bean
  EndpointAccess recommendPlacement() {
    return EndpointAccess.permission("allocation.check", "/api/v1/allocation/recommendations").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess startProposal() {
    return EndpointAccess.permission("allocation.propose", "/api/v1/allocation/proposals", "/allocation/proposals")
        .on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess readProposal() {
    return EndpointAccess.permission("allocation.propose", "/api/v1/allocation/proposals/*", "/allocation/proposals",
        "/allocation/proposals/*", "/allocation/proposals/*/progress").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess decideProposal() {
    return EndpointAccess.permission("allocation.confirm", "/api/v1/allocation/proposals/*/confirm",
        "/api/v1/allocation/proposals/*/reject", "/allocation/proposals/*/confirm", "/allocation/proposals/*/reject")
        .on(HttpMethod.POST);
  }
}
