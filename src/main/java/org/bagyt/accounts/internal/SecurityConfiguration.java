package org.bagyt.accounts.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Who may reach what. Deny unless a rule below allows it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** No inline script or style anywhere; everything Bagyt serves comes from Bagyt. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(StaffSignIn signIn, PasswordEncoder passwords,
      ApplicationEventPublisher events) {
    var provider = new DaoAuthenticationProvider(signIn) {
      @Override
      protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        return super.createSuccessAuthentication(principal, authentication, ((StaffPrincipal) user).withoutPassword());
      }
    };
    provider.setPasswordEncoder(passwords);
    var manager = new ProviderManager(provider);
    // Sign-in successes and failures become application events: the audit trail and lockout listen.
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, LanguageOnSignIn languageOnSignIn,
      List<EndpointAccess> rules) throws Exception {
    // Most specific first: longer patterns, and method-specific rules before rules for every method.
    var declared = rules.stream().sorted(Comparator
        .comparingInt((EndpointAccess r) -> -r.patterns().stream().mapToInt(String::length).max().orElse(0))
        .thenComparing(r -> r.method() == null)).toList();
    var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    http
        .authorizeHttpRequests(requests -> {
          requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
          declared.forEach(rule -> apply(requests, rule));
          // Unknown paths reach MVC and answer 404; every real endpoint has its own rule (AccessMatrixTest).
          requests.anyRequest().authenticated();
        })
        .formLogin(form -> form
            .loginPage("/login")
            .successHandler(languageOnSignIn)
            .failureUrl("/login?error"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            (request, response, e) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED), api))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frames -> frames.deny()));
    return http.build();
  }

  private static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
      EndpointAccess rule) {
    var patterns = rule.patterns().toArray(String[]::new);
    var matched = rule.method() == null ? requests.requestMatchers(patterns)
        : requests.requestMatchers(rule.method(), patterns);
    switch (rule.rule()) {
      case PUBLIC -> matched.permitAll();
      case SIGNED_IN -> matched.authenticated();
      case PERMISSION -> matched.hasAuthority(rule.permission());
    }
  }
}
