package org.bagyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Requests the security filters refuse are in the trail too: probing for what one may not see leaves a trace. */
class RefusalAuditTest extends IntegrationTest {

  private AuditEvents events() {
    return new AuditEvents(jdbc);
  }

  @Test
  void anOfficerOpeningTheAccessMatrixIsRefusedAndRecorded() {
    var officer = client();
    officer.signIn("officer", DemoData.DEMO_PASSWORD);
    assertThat(officer.get("/admin/access").status()).isEqualTo(403);
    var event = events().lastOf(AuditActions.ACCESS_DENIED);
    assertThat(event.actor()).isEqualTo("officer");
    assertThat(event.resourceId()).isEqualTo("GET /admin/access");
    assertThat(event.outcome()).isEqualTo("DENIED");
  }

  @Test
  void aForgedFormTokenIsRefusedAndRecordedAndChangesNothing() {
    var governor = client();
    governor.signIn("governor", DemoData.DEMO_PASSWORD);
    long before = jdbc.sql("SELECT count(*) FROM approval_request").query(Long.class).single();
    var response = governor.postForm("/admin/access", Map.of("_csrf", "forged", "role", "OFFICER",
        "permission", "audit.read", "grant", "true", "reason", "x"));
    assertThat(response.status()).isEqualTo(403);
    var event = events().lastOf(AuditActions.REQUEST_FORGERY_REFUSED);
    assertThat(event.actor()).isEqualTo("governor");
    assertThat(event.resourceId()).isEqualTo("POST /admin/access");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Long.class).single()).isEqualTo(before);
  }
}
