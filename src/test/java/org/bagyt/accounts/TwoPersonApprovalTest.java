package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.FreshDatabaseForEachTest;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/** A sensitive change waits for a second person; only their approval applies it, and never their own. */
@FreshDatabaseForEachTest
class TwoPersonApprovalTest extends IntegrationTest {

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  private boolean governorsMayReadTheApiReference() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM role_permission WHERE role = 'GOVERNOR' AND permission = 'api.reference')")
        .query(Boolean.class).single();
  }

  private UUID latestRequest() {
    return jdbc.sql("SELECT id FROM approval_request ORDER BY requested_at DESC LIMIT 1").query(UUID.class).single();
  }

  private WebClient.Response requestGovernorsApiReference(WebClient admin, String reason) {
    admin.get("/admin/access");
    return admin.postForm("/admin/access/matrix",
        Map.of("role", "GOVERNOR", "permission", "api.reference", "grant", "true", "reason", reason));
  }

  @Test
  void aMatrixChangeTakesEffectOnlyWhenASecondAdministratorApprovesIt() {
    var admin = signedIn("admin");
    var requested = admin.follow(requestGovernorsApiReference(admin, "Governors review partner integrations"));
    assertThat(requested.html().selectFirst(".govuk-notification-banner__heading").text())
        .startsWith("Your request has been sent");
    assertThat(governorsMayReadTheApiReference()).isFalse();
    UUID id = latestRequest();

    // The requester cannot approve it, whatever they try.
    var own = admin.postForm("/approvals/" + id + "/approve", Map.of("reason", "I am sure"));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.html().selectFirst(".govuk-error-summary").text()).contains("You cannot decide your own request");
    assertThat(governorsMayReadTheApiReference()).isFalse();

    // Someone without the approving permission cannot either.
    var hq = signedIn("hq");
    hq.get("/approvals");
    assertThat(hq.postForm("/approvals/" + id + "/approve", Map.of("reason", "fine")).status()).isEqualTo(403);
    assertThat(governorsMayReadTheApiReference()).isFalse();

    var second = signedIn("admin2");
    var pending = second.get("/approvals").html();
    assertThat(pending.select(".govuk-summary-card__title").eachText()).contains("Change to the access matrix");
    assertThat(pending.select(".govuk-summary-list__value").eachText())
        .contains("Grant the permission", "Governor", "api.reference", "Governors review partner integrations");
    var approved = second.follow(second.postForm("/approvals/" + id + "/approve", Map.of("reason", "Agreed with HQ")));
    assertThat(approved.html().selectFirst(".govuk-notification-banner__heading").text())
        .isEqualTo("The request is approved and the change has been made.");

    assertThat(governorsMayReadTheApiReference()).isTrue();
    assertThat(signedIn("governor").get("/api/reference").status()).isEqualTo(200);
    var row = jdbc.sql("SELECT requested_by, decided_by, status, decision_reason FROM approval_request WHERE id = ?")
        .param(id).query().singleRow();
    assertThat(row).containsEntry("requested_by", "admin").containsEntry("decided_by", "admin2")
        .containsEntry("status", "APPROVED").containsEntry("decision_reason", "Agreed with HQ");

    var trail = jdbc.sql("SELECT actor || ' ' || action FROM audit_event WHERE resource_type = 'APPROVAL_REQUEST' "
        + "AND resource_id = ? ORDER BY seq").param(id.toString()).query(String.class).list();
    assertThat(trail).containsExactly("admin APPROVAL_REQUESTED", "admin2 APPROVED");

    // A decided request cannot be decided again.
    assertThat(second.postForm("/approvals/" + id + "/reject", Map.of("reason", "changed my mind")).status())
        .isEqualTo(409);
  }

  @Test
  void aRejectedRequestChangesNothing() {
    var admin = signedIn("admin");
    requestGovernorsApiReference(admin, "Try it");
    UUID id = latestRequest();
    var second = signedIn("admin2");
    second.get("/approvals");
    second.follow(second.postForm("/approvals/" + id + "/reject", Map.of("reason", "Not needed")));
    assertThat(governorsMayReadTheApiReference()).isFalse();
    assertThat(jdbc.sql("SELECT status FROM approval_request WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("REJECTED");
  }

  @Test
  void aRequestOrADecisionWithoutAReasonIsRefusedOnTheForm() {
    var admin = signedIn("admin");
    int before = jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single();
    var refused = requestGovernorsApiReference(admin, "   ");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().selectFirst(".govuk-error-summary").text()).contains("Give a reason.");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single()).isEqualTo(before);

    requestGovernorsApiReference(admin, "Needed");
    var second = signedIn("admin2");
    second.get("/approvals");
    assertThat(second.postForm("/approvals/" + latestRequest() + "/approve", Map.of("reason", "")).status())
        .isEqualTo(400);
    assertThat(governorsMayReadTheApiReference()).isFalse();
  }

  @Test
  void makingSomeoneAnAdministratorNeedsASecondAdministrator() {
    var admin = signedIn("admin");
    admin.get("/admin/access");
    admin.postForm("/admin/access/administrators", Map.of("username", "officer", "reason", "Replaces the IT lead"));
    assertThat(jdbc.sql("SELECT role FROM staff_account WHERE username = 'officer'").query(String.class).single())
        .isEqualTo("OFFICER");
    var second = signedIn("admin2");
    second.get("/approvals");
    second.postForm("/approvals/" + latestRequest() + "/approve", Map.of("reason", "Confirmed by the director"));
    assertThat(jdbc.sql("SELECT role FROM staff_account WHERE username = 'officer'").query(String.class).single())
        .isEqualTo("ADMINISTRATOR");
    assertThat(jdbc.sql("SELECT count(*) FROM staff_account_facility f JOIN staff_account a ON a.id = f.account_id "
        + "WHERE a.username = 'officer'").query(Integer.class).single()).isZero();
  }

  @Test
  void requestsForNothingOrForUnknownThingsAreRefused() {
    var admin = signedIn("admin");
    admin.get("/admin/access");
    var already = admin.postForm("/admin/access/matrix",
        Map.of("role", "ADMINISTRATOR", "permission", "user.manage", "grant", "true", "reason", "x"));
    assertThat(already.status()).isEqualTo(409);
    var unknown = admin.postForm("/admin/access/matrix",
        Map.of("role", "GOVERNOR", "permission", "'; DROP TABLE role_permission; --", "grant", "true", "reason", "x"));
    assertThat(unknown.status()).isEqualTo(400);
    var nobody = admin.postForm("/admin/access/administrators", Map.of("username", "<script>x</script>", "reason", "x"));
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.body()).doesNotContain("<script>x</script>");
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single()).isZero();
  }

  @Test
  void theDatabaseItselfRefusesADecisionByTheRequester() {
    jdbc.sql("INSERT INTO approval_request (kind, payload, requested_by, requested_at, request_reason) "
        + "VALUES ('GRANT_ADMINISTRATOR', '{\"username\":\"officer\"}', 'admin', now(), 'test')").update();
    assertThatThrownBy(() -> jdbc.sql("UPDATE approval_request SET status = 'APPROVED', decided_by = 'admin', "
        + "decided_at = now(), decision_reason = 'self'").update())
        .hasMessageContaining("approval_request_second_person");
  }

  @Test
  void onlyAdministratorsOpenTheAccessMatrix() {
    assertThat(signedIn("admin").get("/admin/access").html().select("th[scope=row] code").eachText())
        .contains("estate.read", "user.manage", "access.approve");
    assertThat(signedIn("governor").get("/admin/access").status()).isEqualTo(403);
    assertThat(signedIn("inspector").get("/admin/access").status()).isEqualTo(403);
  }
}
