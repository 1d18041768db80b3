package org.bagyt.conduct.internal;

import org.bagyt.conduct.AssociationNetwork;
import org.bagyt.conduct.Intelligence;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Intelligence and the association network, for security roles only: reading needs intelligence.read (governors,
 * analysts, headquarters), recording and making usable intelligence.record, a review intelligence.review, and the
 * network network.read. Officers, facilitators, probation and the inspector get 403 everywhere here.
 */
@Configuration(proxyBeanMethods = false)
class IntelligenceEndpoints {

  @Bean
  EndpointAccess readIntelligencePages() {
    return EndpointAccess.permission(Intelligence.READ, "/intelligence", "/intelligence/*").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess readIntelligenceApi() {
    return EndpointAccess.permission(Intelligence.READ, "/api/v1/intelligence", "/api/v1/intelligence/*")
        .on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess recordIntelligence() {
    return EndpointAccess.permission(Intelligence.RECORD, "/intelligence", "/api/v1/intelligence",
        "/intelligence/*/usable", "/api/v1/intelligence/*/usable").on(HttpMethod.POST);
  }

  /** The form: more specific than the pages' "/intelligence/*", so it is matched first. */
  @Bean
  EndpointAccess newIntelligenceForm() {
    return EndpointAccess.permission(Intelligence.RECORD, "/intelligence/new").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess reviewIntelligence() {
    return EndpointAccess.permission(Intelligence.REVIEW, "/intelligence/*/review", "/api/v1/intelligence/*/review")
        .on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess readNetwork() {
    return EndpointAccess.permission(AssociationNetwork.READ, "/network", "/api/v1/network", "/api/v1/network/chain")
        .on(HttpMethod.GET);
  }
}
