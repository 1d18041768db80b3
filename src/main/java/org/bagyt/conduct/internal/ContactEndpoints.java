package org.bagyt.conduct.internal;

import org.bagyt.conduct.Contacts;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Visits and contacts: reading needs contact.read (facility staff, security analysts, headquarters, the inspector);
 * registering visitors and recording contacts contact.record (officers, governors); limiting the means of contact
 * contact.limit (governors).
 */
@Configuration(proxyBeanMethods = false)
class ContactEndpoints {

  @Bean
  EndpointAccess readContacts() {
    return EndpointAccess.permission(Contacts.READ, "/visits", "/prisoners/*/contacts", "/api/v1/visits",
        "/api/v1/prisoners/*/contacts").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess recordContacts() {
    return EndpointAccess.permission(Contacts.RECORD, "/prisoners/*/visitors", "/prisoners/*/contacts",
        "/api/v1/prisoners/*/visitors", "/api/v1/prisoners/*/contacts").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess limitContacts() {
    return EndpointAccess.permission(Contacts.LIMIT, "/prisoners/*/contact-limits", "/api/v1/prisoners/*/contact-limits")
        .on(HttpMethod.POST);
  }
}
