package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bagyt.demo.DemoData;
import org.bagyt.platform.EndpointAccess;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint Spring knows has a declared access rule, and every role gets exactly what the access
 * matrix grants: the rule's permission, read from the database, decides between 403 and an answer.
 */
class AccessMatrixTest extends IntegrationTest {

  /** A sample value for path variables: a well-formed id that matches nothing. */
  private static final String SAMPLE_ID = "00000000-0000-0000-0000-000000000000";

  @Autowired
  ApplicationContext context;

  @Autowired
  List<EndpointAccess> rules;

  record Endpoint(HttpMethod method, String pattern) {
    String samplePath() {
      return pattern.replaceAll("\\{\\*?[^}]+}", SAMPLE_ID).replace("/**", "/x");
    }
  }

  private List<Endpoint> endpoints() {
    var endpoints = new TreeSet<String>();
    var found = new ArrayList<Endpoint>();
    for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<String> patterns = info.getPatternValues();
        var methods = info.getMethodsCondition().getMethods();
        for (String pattern : patterns) {
          if (methods.isEmpty()) {
            if (endpoints.add("GET " + pattern)) {
              found.add(new Endpoint(HttpMethod.GET, pattern));
            }
          } else {
            methods.forEach(m -> {
              if (endpoints.add(m + " " + pattern)) {
                found.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
              }
            });
          }
        }
      }
    }
    return found;
  }

  /** The declared rule that applies, in the order the security configuration applies them. */
  private EndpointAccess ruleFor(Endpoint endpoint) {
    var parser = new PathPatternParser();
    var path = org.springframework.http.server.PathContainer.parsePath(endpoint.samplePath());
    return rules.stream()
        .sorted(EndpointAccess.MOST_SPECIFIC_FIRST)
        .filter(r -> r.method() == null || r.method().equals(endpoint.method()))
        .filter(r -> r.patterns().stream().anyMatch(p -> parser.parse(p).matches(path)))
        .findFirst().orElse(null);
  }

  @Test
  void everyEndpointHasADeclaredAccessRule() {
    var undeclared = endpoints().stream().filter(e -> ruleFor(e) == null).map(Endpoint::toString).toList();
    assertThat(endpoints()).hasSizeGreaterThan(10);
    assertThat(undeclared).as("endpoints without a declared rule").isEmpty();
  }

  @Test
  void eachRoleGetsExactlyWhatTheMatrixGrants() {
    Map<String, WebClient> clients = new HashMap<>();
    var mismatches = new ArrayList<String>();
    for (Endpoint endpoint : endpoints()) {
      EndpointAccess rule = ruleFor(endpoint);
      if (endpoint.pattern().equals("/logout")) {
        continue; // signing out is covered by SignInTest; here it would end the shared sessions
      }
      int anonymous = call(client(), endpoint);
      boolean isPublic = rule.rule() == EndpointAccess.Rule.PUBLIC;
      // Anyone may reach a public endpoint (a sign-in step may still send a stranger back to the sign-in
      // page); anything else sends an anonymous caller to sign in (302 for pages, 401 for the API).
      boolean anonymousRefused = anonymous == 401 || anonymous == 403
          || !isPublic && anonymous == 302 && endpoint.method() == HttpMethod.GET;
      if (anonymousRefused == isPublic) {
        mismatches.add("anonymous " + endpoint + " -> " + anonymous);
      }
      for (var account : DemoData.ACCOUNTS.entrySet()) {
        var client = clients.computeIfAbsent(account.getKey(), u -> {
          var c = client();
          c.signIn(u, DemoData.DEMO_PASSWORD);
          return c;
        });
        boolean granted = switch (rule.rule()) {
          case PUBLIC, SIGNED_IN -> true;
          case PERMISSION -> holds(account.getValue(), rule.permission());
        };
        int status = call(client, endpoint);
        if ((status == 403) == granted || status == 401) {
          mismatches.add(account.getKey() + " " + endpoint + " -> " + status + " (granted: " + granted + ")");
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private boolean holds(Role role, String permission) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM role_permission WHERE role = ? AND permission = ?)")
        .params(role.name(), permission).query(Boolean.class).single();
  }

  private static int call(WebClient client, Endpoint endpoint) {
    String path = endpoint.samplePath();
    if (endpoint.method() == HttpMethod.GET) {
      return client.get(path).status();
    }
    client.get("/login"); // a page, for a current CSRF token
    return client.send(endpoint.method().name(), path, "{}", "application/json").status();
  }
}
