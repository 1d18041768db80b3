package org.bagyt.prisoners.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrisonerEndpoints {

  @Bean
  EndpointAccess prisonerFiles() {
    return EndpointAccess.permission("prisoner.read", "/prisoners", "/prisoners/**", "/api/v1/prisoners",
        "/api/v1/prisoners/**");
  }
}
