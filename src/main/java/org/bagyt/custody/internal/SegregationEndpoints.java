package org.bagyt.custody.internal;

import org.bagyt.custody.Segregation;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Segregation: reading needs segregation.read (facility staff, headquarters, the inspector); ordering, extending and
 * ending need segregation.order (governors); the daily log segregation.log; an independent decision segregation.review
 * (headquarters). The inspector reads everything and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SegregationEndpoints {

  @Bean
  EndpointAccess readSegregation() {
    return EndpointAccess.permission(Segregation.READ, "/segregation", "/segregation/*", "/api/v1/segregation",
        "/api/v1/segregation/*").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess orderSegregation() {
    return EndpointAccess.permission(Segregation.ORDER, "/prisoners/*/segregation/new", "/prisoners/*/segregation",
        "/api/v1/prisoners/*/segregation", "/segregation/*/extend", "/segregation/*/end",
        "/api/v1/segregation/*/extend", "/api/v1/segregation/*/end");
  }

  @Bean
  EndpointAccess logSegregation() {
    return EndpointAccess.permission(Segregation.LOG, "/segregation/*/days", "/api/v1/segregation/*/days")
        .on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess reviewSegregation() {
    return EndpointAccess.permission(Segregation.REVIEW, "/segregation/*/review", "/api/v1/segregation/*/review")
        .on(HttpMethod.POST);
  }
}
