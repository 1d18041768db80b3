package org.bagyt.custody.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Reading movements is reading the prisoner file (prisoner.read, declared there); recording needs movement.record. */
@Configuration(proxyBeanMethods = false)
class MovementEndpoints {

  @Bean
  EndpointAccess recordMovements() {
    return EndpointAccess.permission(MovementScope.RECORD, "/prisoners/*/movements", "/api/v1/prisoners/*/movements",
        "/api/v1/prisoners/*/movements/override",
        "/prisoners/*/movements/transfer-override", "/api/v1/prisoners/*/movements/transfer-override")
        .on(HttpMethod.POST);
  }
}
