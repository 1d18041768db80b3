package org.bagyt.platform;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Who may call a group of endpoints. Each module declares its own as beans; the security configuration
 * applies them all, and a test proves that every endpoint is covered by one (deny unless allowed).
 *
 * @param patterns path patterns, e.g. {@code /estate/**}
 * @param method the HTTP method, or null for all
 * @param rule who may call
 * @param permission the permission required when {@code rule} is {@link Rule#PERMISSION}
 */
public record EndpointAccess(List<String> patterns, HttpMethod method, Rule rule, String permission) {

  public enum Rule { PUBLIC, SIGNED_IN, PERMISSION }

  /** The order rules are applied in: longer patterns first, and method-specific rules before the rest. */
  public static final java.util.Comparator<EndpointAccess> MOST_SPECIFIC_FIRST = java.util.Comparator
      .comparingInt((EndpointAccess r) -> -r.patterns().stream().mapToInt(String::length).max().orElse(0))
      .thenComparing(r -> r.method() == null);

  public static EndpointAccess open(String... patterns) {
    return new EndpointAccess(List.of(patterns), null, Rule.PUBLIC, null);
  }

  public static EndpointAccess signedIn(String... patterns) {
    return new EndpointAccess(List.of(patterns), null, Rule.SIGNED_IN, null);
  }

  public static EndpointAccess permission(String permission, String... patterns) {
    return new EndpointAccess(List.of(patterns), null, Rule.PERMISSION, permission);
  }

  /** The same rule, for one HTTP method only. */
  public EndpointAccess on(HttpMethod httpMethod) {
    return new EndpointAccess(patterns, httpMethod, rule, permission);
  }
}
