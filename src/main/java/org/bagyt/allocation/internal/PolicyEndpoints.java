package org.bagyt.allocation.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Allocation policies are read with allocation.policy.read and set or removed with allocation.policy.set; which
 * facility a person may change is the use case's to check.
 */
@Configuration(proxyBeanMethods = false)
class PolicyEndpoints {

  @Bean
  EndpointAccess readPolicies() {
    return EndpointAccess.permission("allocation.policy.read", "/allocation/policies", "/api/v1/allocation/policies")
        .on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess policyForm() {
    return EndpointAccess.permission("allocation.policy.set", "/allocation/policies/edit").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess setPoliciesOnThePage() {
    return EndpointAccess.permission("allocation.policy.set", "/allocation/policies", "/allocation/policies/remove")
        .on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess setPolicies() {
    return EndpointAccess.permission("allocation.policy.set", "/api/v1/allocation/policies").on(HttpMethod.PUT);
  }

  @Bean
  EndpointAccess removePolicies() {
    return EndpointAccess.permission("allocation.policy.set", "/api/v1/allocation/policies").on(HttpMethod.DELETE);
  }
}
