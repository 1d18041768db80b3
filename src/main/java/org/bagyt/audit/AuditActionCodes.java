package org.bagyt.audit;

import java.util.List;

/**
 * Action codes a module records beyond {@link AuditActions}, contributed as a bean so that the audit viewer offers
 * them as filters (audit cannot depend on the modules that record them). Each code's label is the message
 * {@code audit.action.<CODE>}.
 */
public record AuditActionCodes(List<String> codes) {

  public AuditActionCodes {
    codes = List.copyOf(codes);
  }
}
