package org.bagyt.staff.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Reading staff records needs staff.read (within one's facilities); recording and withdrawing staff.manage. */
@Configuration(proxyBeanMethods = false)
class StaffEndpoints {

  @Bean
  EndpointAccess readStaffRecords() {
    return EndpointAccess.permission(StaffScope.READ, "/staff", "/staff/*", "/api/v1/staff/*/accreditations");
  }

  @Bean
  EndpointAccess manageAccreditations() {
    return EndpointAccess.permission(StaffScope.MANAGE, "/staff/*/accreditations", "/staff/*/accreditations/*/withdraw",
        "/api/v1/staff/*/accreditations").on(HttpMethod.POST);
  }
}
