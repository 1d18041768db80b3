package org.bagyt.assessment.internal;

import org.bagyt.assessment.Assessments;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Reading assessments needs assessment.read; writing, countersigning and returning assessment.write; deciding an
 * appeal assessment.appeal. Recording the outcome notice and lodging an appeal are for assessors and for those who
 * decide appeals alike, so they are declared for readers and {@link Assessments} refuses anyone holding neither.
 * Every rule names its method, so that none of them shadows another on the same path.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentEndpoints {

  @Bean
  EndpointAccess readAssessments() {
    return EndpointAccess.permission(Assessments.READ, "/assessments", "/assessments/*", "/assessments/*/compare",
        "/assessments/*/pdf", "/prisoners/*/assessments", "/api/v1/prisoners/*/assessments", "/api/v1/assessments/*",
        "/api/v1/assessments/due", "/api/v1/assessment-instruments").on(HttpMethod.GET);
  }

  @Bean
  EndpointAccess writeAssessments() {
    return EndpointAccess.permission(Assessments.WRITE, "/prisoners/*/assessments", "/assessments/*",
        "/assessments/*/countersign", "/assessments/*/return", "/api/v1/prisoners/*/assessments",
        "/api/v1/assessments/*/draft", "/api/v1/assessments/*/submission", "/api/v1/assessments/*/countersignature",
        "/api/v1/assessments/*/return").on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess recordNoticesAndAppeals() {
    return EndpointAccess.permission(Assessments.READ, "/assessments/*/notice", "/assessments/*/appeals")
        .on(HttpMethod.POST);
  }

  @Bean
  EndpointAccess decideAppeals() {
    return EndpointAccess.permission(Assessments.APPEAL, "/assessments/*/appeals/*/decision").on(HttpMethod.POST);
  }
}
