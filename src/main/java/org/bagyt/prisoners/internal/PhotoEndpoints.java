package org.bagyt.prisoners.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PhotoEndpoints {

  /** Taking a photo needs its own permission; viewing it falls under reading the file (/prisoners/**). */
  @Bean
  EndpointAccess photoUpload() {
    return EndpointAccess.permission(PhotoService.UPLOAD, "/prisoners/*/photo").on(HttpMethod.POST);
  }
}
