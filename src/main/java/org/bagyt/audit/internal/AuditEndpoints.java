package org.bagyt.audit.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditEndpoints {

  @Bean
  EndpointAccess auditPages() {
    return EndpointAccess.permission("audit.read", "/audit", "/audit/**", "/api/v1/audit/**");
  }
}
