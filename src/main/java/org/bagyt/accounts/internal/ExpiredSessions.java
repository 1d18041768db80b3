package org.bagyt.accounts.internal;

import java.time.Clock;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends sessions that were left idle (15 minutes) and records each end in the audit trail, so the trail shows
 * when a person stopped working even if they never signed out. This replaces Spring Session's own clean-up
 * (spring.session.jdbc.cleanup-cron=-): one DELETE ... RETURNING hands each expired session to exactly one
 * node, so with several nodes every end is recorded once.
 */
@Component
class ExpiredSessions {

  private final JdbcClient jdbc;
  private final AuditTrail trail;
  private final Clock clock;

  ExpiredSessions(JdbcClient jdbc, AuditTrail trail, Clock clock) {
    this.jdbc = jdbc;
    this.trail = trail;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${bagyt.sign-in.expired-sessions-check:PT1M}")
  @Transactional
  public int end() {
    var people = jdbc.sql("DELETE FROM spring_session WHERE expiry_time < ? RETURNING principal_name")
        .param(clock.millis()).query(String.class).list();
    people.stream().filter(p -> p != null)
        .forEach(person -> trail.record(person, AuditEvent.of(AuditActions.SESSION_EXPIRED, AccountAudit.ACCOUNT, person)));
    return people.size();
  }
}
