package org.bagyt.conduct.internal;

import org.bagyt.conduct.Complaints;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Complaints: reading needs complaint.read (facility staff, headquarters, the inspector); recording complaint.record
 * (officers, governors); replying to and closing complaint.answer (governors); closing an allegation of torture or
 * ill-treatment complaint.close-allegation (the inspector, as the independent body, and no one else).
 */
@Configuration(proxyBeanMethods = false)
class ComplaintEndpoints {

  @Bean
  EndpointAccess readComplaintPages() {
    return EndpointAccess.permission(Complaints.READ, "/complaints", "/complaints/*").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess readComplaintsApi() {
    return EndpointAccess.permission(Complaints.READ, "/api/v1/complaints", "/api/v1/complaints/*").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess recordComplaints() {
    return EndpointAccess.permission(Complaints.RECORD, "/prisoners/*/complaints/new", "/prisoners/*/complaints",
        "/api/v1/prisoners/*/complaints");
  }

  @Bean
  EndpointAccess answerComplaints() {
    return EndpointAccess.permission(Complaints.ANSWER, "/complaints/*/answer", "/api/v1/complaints/*/answer")
        .on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess decideAllegations() {
    return EndpointAccess.permission(Complaints.CLOSE_ALLEGATION, "/complaints/*/decision",
        "/api/v1/complaints/*/decision").on(HttpMethod.POST);
  }
}
