package org.bagyt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvents;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A session left idle ends, and the trail says when, even though the person never signed out. */
class ExpiredSessionsTest extends IntegrationTest {

  @Autowired
  ExpiredSessions expiredSessions;

  @Test
  void aSessionLeftIdleIsEndedAndItsEndRecordedOnce() {
    var hq = client();
    hq.signIn("hq", DemoData.DEMO_PASSWORD);
    assertThat(hq.get("/").status()).isEqualTo(200);
    var inspector = client();
    inspector.signIn("inspector", DemoData.DEMO_PASSWORD);
    jdbc.sql("UPDATE spring_session SET expiry_time = 0 WHERE principal_name = 'hq'").update();

    assertThat(expiredSessions.end()).isEqualTo(1);
    assertThat(expiredSessions.end()).as("each end is recorded once").isZero();

    var events = new AuditEvents(jdbc);
    var ended = events.all().stream().filter(e -> e.action().equals(AuditActions.SESSION_EXPIRED)).toList();
    assertThat(ended).hasSize(1).first().satisfies(e -> assertThat(e.actor()).isEqualTo("hq"));
    assertThat(hq.get("/").status()).as("sent to sign in again").isEqualTo(302);
    assertThat(inspector.get("/").status()).as("a session in use goes on").isEqualTo(200);
  }
}
