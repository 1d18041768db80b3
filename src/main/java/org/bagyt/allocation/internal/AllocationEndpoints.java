package org.bagyt.allocation.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Classification is read with classification.read, decided with classification.decide; appeals are recorded with
 * classification.appeal and decided with classification.approve. Keep-apart pairs are read with keepapart.read and
 * recorded or closed with keepapart.record. A placement is checked with allocation.check. These paths are more specific than the prisoner file's, so they apply first.
 */
@Configuration(proxyBeanMethods = false)
class AllocationEndpoints {

  @Bean
  EndpointAccess readClassification() {
    return EndpointAccess.permission("classification.read", "/prisoners/*/classification",
        "/api/v1/prisoners/*/classification").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess decideClassification() {
    return EndpointAccess.permission("classification.decide", "/prisoners/*/classification/decisions",
        "/api/v1/prisoners/*/classification/decisions").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess lodgeClassificationAppeal() {
    return EndpointAccess.permission("classification.appeal", "/prisoners/*/classification/appeals",
        "/api/v1/prisoners/*/classification/appeals").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess decideClassificationAppeal() {
    return EndpointAccess.permission("classification.approve", "/prisoners/*/classification/appeals/*/decision",
        "/api/v1/prisoners/*/classification/appeals/*/decision").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess readKeepAparts() {
    return EndpointAccess.permission("keepapart.read", "/prisoners/*/keep-apart", "/api/v1/keep-aparts",
        "/api/v1/keep-aparts/*").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess recordKeepAparts() {
    return EndpointAccess.permission("keepapart.record", "/prisoners/*/keep-apart", "/prisoners/*/keep-apart/*/close",
        "/api/v1/keep-aparts", "/api/v1/keep-aparts/*/close").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess checkPlacement() {
    return EndpointAccess.permission("allocation.check", "/api/v1/allocation/check").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess readSeparationGroups() {
    return EndpointAccess.permission("separationgroup.read", "/allocation/groups", "/api/v1/allocation/groups").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess recordSeparationGroups() {
    return EndpointAccess.permission("separationgroup.record", "/allocation/groups", "/api/v1/allocation/groups").on(HttpMethod.POST);
  }
}
