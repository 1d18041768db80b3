package org.bagyt.audit;

import java.time.Clock;
import java.util.Objects;
import org.bagyt.audit.internal.ChainWriter;
import org.bagyt.audit.internal.PendingEvent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to record an audit event. Call it in the transaction that does the work: the event is
 * appended to the chain with that transaction's COMMIT, in the same round trip, and vanishes if it rolls
 * back. The transaction must be read-write (an audited read too). Outside a transaction the event is
 * written in one of its own at once. For output streamed after the transaction (a large export), record
 * before the first byte leaves.
 */
@Service
public class AuditTrail {

  static final String ANONYMOUS = "anonymous";

  private final ChainWriter writer;
  private final Clock clock;

  AuditTrail(ChainWriter writer, Clock clock) {
    this.writer = writer;
    this.clock = clock;
  }

  /** Records as the signed-in person (SecurityContext) with the client address of the current request; joins the current transaction. */
  public void record(AuditEvent event) {
    record(currentActor(), event);
  }

  /** Records for a named actor, e.g. a sign-in attempt before anyone is signed in. */
  public void record(String actor, AuditEvent event) {
    Objects.requireNonNull(event, "event");
    writer.write(PendingEvent.of(clock.instant(), actor, clientAddress(), event));
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
        ? ANONYMOUS : auth.getName();
  }

  /** The address the server saw; behind a proxy, only what the server is configured to trust (server.forward-headers-strategy). */
  private static String clientAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest().getRemoteAddr() : null;
  }
}
