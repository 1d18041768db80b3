package org.bagyt.platform.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Endpoints every visitor may reach: assets, the error page, health probes and the API contract. */
@Configuration(proxyBeanMethods = false)
class PlatformEndpoints {

  @Bean
  EndpointAccess publicAssets() {
    return EndpointAccess.open("/webjars/**", "/css/**", "/js/**", "/favicon.svg", "/error");
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
