package org.bagyt.prisoners.imports;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportEndpoints {

  @Bean
  EndpointAccess prisonerImportEndpoints() {
    return EndpointAccess.permission(PrisonerImports.PERMISSION, "/imports/prisoners", "/imports/prisoners/**",
        "/api/v1/imports/prisoners");
  }
}
