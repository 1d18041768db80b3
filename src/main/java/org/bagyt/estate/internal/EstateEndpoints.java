package org.bagyt.estate.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EstateEndpoints {

  @Bean
  EndpointAccess estatePages() {
    return EndpointAccess.permission("estate.read", "/estate", "/estate/**", "/api/v1/facilities", "/api/v1/facilities/**");
  }
}
