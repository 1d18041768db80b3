package org.bagyt.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bagyt.platform.BagytProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized query strings before any work is done, with a translated 414 page or problem.
 * The connector accepts large headers so that this answer, not a bare connector error, reaches the user.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLimits extends OncePerRequestFilter {

  private final int maxQueryLength;

  RequestLimits(BagytProperties properties) {
    this.maxQueryLength = properties.maxQueryLength();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (query != null && query.length() > maxQueryLength) {
      response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
      return;
    }
    chain.doFilter(request, response);
  }
}
