package org.bagyt.conduct.internal;

import org.bagyt.conduct.Incidents;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Incidents: reading needs incident.read (facility staff, analysts, headquarters, the inspector); reporting,
 * correcting a draft, submitting and adding need incident.report (officers, governors); closing and returning a
 * report to draft need incident.close (governors). The inspector reads and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class IncidentEndpoints {

  @Bean
  EndpointAccess readIncidentPages() {
    return EndpointAccess.permission(Incidents.READ, "/incidents", "/incidents/*").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess readIncidentsApi() {
    return EndpointAccess.permission(Incidents.READ, "/api/v1/incidents", "/api/v1/incidents/*").on(HttpMethod.GET);
  }

  /** The forms; their patterns are longer than the pages' "/incidents/*", so it is applied first. */
  @Bean
  EndpointAccess incidentForm() {
    return EndpointAccess.permission(Incidents.REPORT, "/incidents/new", "/incidents/*/edit").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess reportIncidents() {
    return EndpointAccess.permission(Incidents.REPORT, "/incidents", "/api/v1/incidents", "/incidents/*/submit",
        "/incidents/*/additions", "/incidents/*/edit", "/api/v1/incidents/*/submit", "/api/v1/incidents/*/additions").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess correctIncidents() {
    return EndpointAccess.permission(Incidents.REPORT, "/api/v1/incidents/*").on(HttpMethod.PUT);
  }

  @Bean
  EndpointAccess closeIncidents() {
    return EndpointAccess.permission(Incidents.CLOSE, "/incidents/*/close", "/incidents/*/return",
        "/api/v1/incidents/*/close", "/api/v1/incidents/*/return").on(HttpMethod.POST);
  }
}
