package org.bagyt.conduct;

import java.util.List;
import org.bagyt.audit.AuditActionCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What conduct records in the audit trail, offered as filters in the audit viewer. */
@Configuration(proxyBeanMethods = false)
class ConductAuditActions {

  @Bean
  static AuditActionCodes conductAuditActionCodes() {
    return new AuditActionCodes(List.of(Incidents.REPORTED, Incidents.CORRECTED, Incidents.MOVED, Incidents.ADDED,
        Complaints.RECORDED, Complaints.REFERRED, Complaints.CLOSED, Observations.RECORDED, Contacts.VISITOR_RECORDED,
        Contacts.CONTACT_RECORDED, Contacts.LIMIT_IMPOSED, Intelligence.RECORDED, Intelligence.REVIEWED,
        Intelligence.MADE_USABLE));
  }
}
