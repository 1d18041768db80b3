package org.bagyt.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Records every request the security filters refuse (a role without the permission, a missing or forged
 * CSRF token) before answering 403: someone probing for what they may not see shows in the trail.
 */
class RecordedRefusal implements AccessDeniedHandler {

  static final String REQUEST = "REQUEST";
  private static final int MAX_PATH = 400;

  private final AuditTrail trail;
  private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

  RecordedRefusal(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException, ServletException {
    String path = request.getMethod() + " " + request.getRequestURI();
    String action = refused instanceof CsrfException ? AuditActions.REQUEST_FORGERY_REFUSED : AuditActions.ACCESS_DENIED;
    trail.record(AuditEvent.of(action, REQUEST, path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path).denied());
    answer.handle(request, response, refused);
  }
}
