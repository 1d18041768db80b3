package org.bagyt.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a sign-in is unfinished, the session reaches only the sign-in pages, sign-out and the assets they
 * need: a page request goes to the step that is due, an API call is refused with 401.
 */
class SignInGate extends OncePerRequestFilter {

  private static final List<String> PREFIXES = List.of("/login/", "/webjars/", "/css/", "/js/");
  private static final List<String> PATHS = List.of("/login", "/logout", "/favicon.svg", "/error");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof UnfinishedSignIn unfinished
        && !reachableWhileUnfinished(request.getRequestURI().substring(request.getContextPath().length()))) {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect(request.getContextPath() + unfinished.step().path());
      }
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean reachableWhileUnfinished(String path) {
    return PATHS.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
  }
}
