package org.bagyt.accounts.internal;

import org.bagyt.platform.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountEndpoints {

  /** The sign-in steps check for themselves that a sign-in is under way; SignInGate keeps it to them. */
  @Bean
  EndpointAccess signInPages() {
    return EndpointAccess.open("/login", "/login/**");
  }

  @Bean
  EndpointAccess accessAdministration() {
    return EndpointAccess.permission("user.manage", "/admin/access", "/admin/access/**");
  }

  @Bean
  EndpointAccess approvalPages() {
    // Each decision is checked against the approving permission of its kind (Approvals).
    return EndpointAccess.signedIn("/approvals", "/approvals/**");
  }

  @Bean
  EndpointAccess homeAndOwnAccount() {
    return EndpointAccess.signedIn("/", "/logout", "/account", "/account/**", "/api/v1/me", "/api/v1/me/**");
  }

  @Bean
  EndpointAccess accountAdministrationPages() {
    return EndpointAccess.permission("user.manage", "/admin/accounts", "/admin/accounts/**");
  }
}
