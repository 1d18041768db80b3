package org.bagyt.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends any session older than the absolute lifetime (default 10 hours), however active it has been: a
 * session left open on a shared terminal does not outlast a shift. Idle sessions end sooner, after
 * {@code spring.session.timeout}, by Spring Session itself.
 */
class SessionLifetime extends OncePerRequestFilter {

  private final Clock clock;
  private final Duration lifetime;

  SessionLifetime(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
      session.invalidate();
      SecurityContextHolder.clearContext();
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect(request.getContextPath() + "/login?expired");
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
