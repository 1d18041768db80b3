package org.bagyt.allocation;

import java.util.List;
import org.bagyt.audit.AuditActionCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What allocation records in the audit trail beyond the platform's codes, offered as filters in the audit viewer. */
@Configuration(proxyBeanMethods = false)
class AllocationAuditActions {

  @Bean
  static AuditActionCodes allocationAuditActionCodes() {
    return new AuditActionCodes(List.of(AllocationPolicies.SET_ACTION, AllocationPolicies.REMOVED_ACTION));
  }
}
