package org.bagyt.prisoners.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Reading a sentence needs only prisoner.read (the file's rule); recording one needs sentence.record. */
@Configuration(proxyBeanMethods = false)
class SentenceEndpoints {

  @Bean
  EndpointAccess sentencePages() {
    return EndpointAccess.permission(SentenceService.RECORD, "/prisoners/*/sentence", "/prisoners/*/sentence/**");
  }

  @Bean
  EndpointAccess sentenceChanges() {
    return EndpointAccess.permission(SentenceService.RECORD, "/api/v1/prisoners/*/sentence").on(HttpMethod.PUT);
  }

  @Bean
  EndpointAccess offenceList() {
    return EndpointAccess.signedIn("/api/v1/offences");
  }

  @Bean
  EndpointAccess offenceAdministration() {
    return EndpointAccess.permission(OffenceReferenceService.MANAGE, "/admin/offences", "/admin/offences/**");
  }
}
