package org.bagyt.conduct.internal;

import org.bagyt.conduct.Observations;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Observations: reading needs observation.read (facility staff, security analysts, headquarters); recording
 * observation.record (officers and governors, in their facility).
 */
@Configuration(proxyBeanMethods = false)
class ObservationEndpoints {

  @Bean
  EndpointAccess readObservations() {
    return EndpointAccess.permission(Observations.READ, "/observations", "/prisoners/*/observations",
        "/api/v1/observations", "/api/v1/observations/catalogue", "/api/v1/prisoners/*/observations")
        .on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess recordObservations() {
    return EndpointAccess.permission(Observations.RECORD, "/prisoners/*/observations",
        "/api/v1/prisoners/*/observations").on(HttpMethod.POST);
  }
}
