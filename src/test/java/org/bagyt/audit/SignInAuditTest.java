package org.bagyt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Every sign-in, failed sign-in and sign-out leaves an event saying who, from where and how it ended. */
class SignInAuditTest extends IntegrationTest {

  @Autowired
  ApplicationEventPublisher publisher;

  private AuditEvents events() {
    return new AuditEvents(jdbc);
  }

  @Test
  void aSignInIsRecordedWithThePersonAndTheirAddress() {
    client().signIn("officer", DemoData.DEMO_PASSWORD);
    var event = events().lastOf(AuditActions.SIGN_IN);
    assertThat(event.actor()).isEqualTo("officer");
    assertThat(event.outcome()).isEqualTo("SUCCESS");
    assertThat(event.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void aWrongPasswordIsRecordedAsAFailedSignInUnderTheNameTried() {
    client().signIn("governor", "not-the-password");
    var event = events().last();
    assertThat(event.action()).isEqualTo(AuditActions.SIGN_IN_FAILED);
    assertThat(event.actor()).isEqualTo("governor");
    assertThat(event.outcome()).isEqualTo("FAILED");
  }

  @Test
  void aDisabledAccountIsRecordedAsRefused() {
    jdbc.sql("UPDATE staff_account SET enabled = false WHERE username = 'facilitator'").update();
    try {
      client().signIn("facilitator", DemoData.DEMO_PASSWORD);
      var event = events().last();
      assertThat(event.action()).isEqualTo(AuditActions.SIGN_IN_FAILED);
      assertThat(event.outcome()).isEqualTo("DENIED");
    } finally {
      jdbc.sql("UPDATE staff_account SET enabled = true WHERE username = 'facilitator'").update();
    }
  }

  @Test
  void aHundredKilobyteUserNameIsStoredTruncatedAndTheSignInPageStillAnswers() {
    String huge = "x".repeat(100 * 1024);
    var page = client().acceptLanguage("en").signIn(huge, "whatever");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst(".govuk-error-summary").text()).contains("The user name or password is not right");
    var event = events().last();
    assertThat(event.action()).isEqualTo(AuditActions.SIGN_IN_FAILED);
    assertThat(event.actor()).hasSize(256).startsWith("xxxx").endsWith("…");
  }

  @Test
  void aUserNameWithCharactersTheDatabaseRefusesIsStoredCleanedAndTheChainStaysIntact() {
    // The web firewall already refuses control characters; other ways in (an API client) may not.
    var attempt = new UsernamePasswordAuthenticationToken("ev\u0000il\uD800", "whatever");
    publisher.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("no")));
    assertThat(events().last().actor()).isEqualTo("ev\uFFFDil\uFFFD");

    var inspector = client();
    inspector.signIn("inspector", DemoData.DEMO_PASSWORD);
    assertThat(inspector.get("/api/v1/audit/verify", "Accept", "application/json").body()).contains("\"intact\":true");
  }

  @Test
  void signingOutIsRecorded() {
    var client = client();
    client.signIn("analyst", DemoData.DEMO_PASSWORD);
    client.follow(client.postForm("/logout", Map.of()));
    var event = events().last();
    assertThat(event.action()).isEqualTo(AuditActions.SIGN_OUT);
    assertThat(event.actor()).isEqualTo("analyst");
  }

}
