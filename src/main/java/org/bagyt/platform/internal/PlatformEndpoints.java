package org.bagyt.platform.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Endpoints every visitor may reach: assets, the error page, health probes and the API contract. */
@Configuration(proxyBeanMethods = false)
class PlatformEndpoints {

  @Bean
  EndpointAccess publicAssets() {
    // "/assets/**" serves nothing (GOV.UK's fonts and crown are not Bagyt's) but must answer 404 without a session.
    return EndpointAccess.open("/webjars/**", "/css/**", "/js/**", "/assets/**", "/favicon.svg", "/error");
  }

  @Bean
  EndpointAccess healthProbes() {
    return EndpointAccess.open("/actuator/health", "/actuator/health/**");
  }

  @Bean
  EndpointAccess apiContract() {
    return EndpointAccess.open("/api/docs", "/api/docs/**", "/api/docs.yaml");
  }

  @Bean
  EndpointAccess apiReference() {
    return EndpointAccess.permission("api.reference", "/api/reference");
  }

  @Bean
  EndpointAccess operationalMetrics() {
    return EndpointAccess.permission("system.monitor", "/actuator/**");
  }
}
