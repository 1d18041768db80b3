package org.bagyt.accounts.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Map;
import org.bagyt.audit.AuditTrail;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.bagyt.platform.EndpointAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Who may reach what. Deny unless a rule below allows it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** No inline script or style anywhere; everything Bagyt serves comes from Bagyt. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

  /**
   * Argon2id for every new hash: bcrypt reads only the first 72 bytes, less than a 128-character Kyrgyz pass
   * phrase. Older bcrypt hashes still verify.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new NormalisedPasswords(new DelegatingPasswordEncoder(ARGON2, Map.of(
        ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new BCryptPasswordEncoder())));
  }

  /** Sign-in successes and failures, passwords and codes alike, become application events: audit and lockout listen. */
  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
    return new DefaultAuthenticationEventPublisher(events);
  }

  @Bean
  AuthenticationManager authenticationManager(StaffSignIn signIn, PasswordEncoder passwords, SignInJourney journey,
      AuthenticationEventPublisher events) {
    var manager = new ProviderManager(new PasswordStep(signIn, passwords, journey));
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
      LanguageOnSignIn languageOnSignIn, List<EndpointAccess> rules, SignInSettings settings, Clock clock, AuditTrail trail)
      throws Exception {
    var declared = rules.stream().sorted(EndpointAccess.MOST_SPECIFIC_FIRST).toList();
    var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    http
        // Explicitly ours: otherwise Spring Security builds its own provider from the UserDetailsService bean.
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> {
          requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
          declared.forEach(rule -> apply(requests, rule));
          // Unknown paths reach MVC and answer 404; every real endpoint has its own rule (AccessMatrixTest).
          requests.anyRequest().authenticated();
        })
        .formLogin(form -> form
            .loginPage("/login")
            .successHandler(languageOnSignIn)
            .failureHandler(signInRefused()))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .addFilterBefore(new SessionLifetime(clock, settings.sessionLifetime()), SecurityContextHolderFilter.class)
        .addFilterBefore(new SignInGate(), AuthorizationFilter.class)
        .exceptionHandling(errors -> errors
            .accessDeniedHandler(new RecordedRefusal(trail))
            .defaultAuthenticationEntryPointFor(
                (request, response, e) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED), api))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frames -> frames.deny()));
    return http.build();
  }

  /** A lapsed one-time password, typed correctly, gets its own message; every other refusal the same one. */
  private static AuthenticationFailureHandler signInRefused() {
    var handler = new ExceptionMappingAuthenticationFailureHandler();
    handler.setExceptionMappings(Map.of(CredentialsExpiredException.class.getName(), "/login?oneTimePasswordExpired"));
    handler.setDefaultFailureUrl("/login?error");
    return handler;
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
