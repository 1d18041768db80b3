package org.bagyt.custody.internal;

import org.bagyt.custody.Admissions;
import org.bagyt.custody.IllTreatmentReferrals;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class AdmissionEndpoints {

  @Bean
  EndpointAccess admissionPages() {
    return EndpointAccess.permission(Admissions.ADMIT, "/admissions/new", "/api/v1/admissions");
  }

  @Bean
  EndpointAccess referralPages() {
    return EndpointAccess.permission(IllTreatmentReferrals.READ, "/referrals");
  }

  /** Facility staff may read a referral, never close it: closing belongs to an authority outside the facility. */
  @Bean
  EndpointAccess closingReferrals() {
    return EndpointAccess.permission(IllTreatmentReferrals.CLOSE, "/referrals/*/close")
        .on(HttpMethod.POST);
  }
}
