package org.bagyt.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The sessions a person has open on any node (they live in PostgreSQL), so they can be ended at once. */
@Component
class StaffSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  void endAllOf(String username) {
    sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
  }
}
