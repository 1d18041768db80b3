package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** Five wrong passwords or codes in a row lock an account for fifteen minutes, and the page never says so. */
class LockoutTest extends IntegrationTest {

  private static final String NOT_RIGHT = "The user name or password is not right";

  @Autowired
  ConfigurableApplicationContext context;

  private EventsSeen events;

  @BeforeEach
  void watchEvents() {
    events = EventsSeen.in(context);
  }

  @AfterEach
  void stopWatching() {
    events.stop();
  }

  private WebClient.Response attempt(String username, String password) {
    return client().acceptLanguage("en").signIn(username, password);
  }

  private static String error(WebClient.Response page) {
    var summary = page.html().selectFirst(".govuk-error-summary");
    return summary == null ? null : summary.text();
  }

  private Instant lockedUntil(String username) {
    var t = jdbc.sql("SELECT locked_until FROM staff_account WHERE username = ?").param(username)
        .query(Timestamp.class).optional();
    return t.map(Timestamp::toInstant).orElse(null);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndTheRightPasswordGetsTheSameAnswerAsAWrongOne() {
    for (int i = 0; i < 4; i++) {
      assertThat(error(attempt("governor-ik-2", "wrong password " + i))).contains(NOT_RIGHT);
    }
    assertThat(lockedUntil("governor-ik-2")).isNull();
    String wrong = error(attempt("governor-ik-2", "wrong password 5"));
    assertThat(lockedUntil("governor-ik-2")).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
        Instant.now().plus(Duration.ofMinutes(16)));

    var locked = attempt("governor-ik-2", DemoData.DEMO_PASSWORD);
    String unknown = error(attempt("nobody-at-all", "wrong password"));
    assertThat(error(locked)).isEqualTo(wrong).isEqualTo(unknown).contains(NOT_RIGHT);
    assertThat(locked.html().selectFirst(".bagyt-header__user")).isNull();
    assertThat(events.of(AccountLockedOut.class)).extracting(AccountLockedOut::username).containsExactly("governor-ik-2");
  }

  @Test
  void attemptsWhileLockedDoNotExtendTheLockAndItEndsWhenItSaid() {
    for (int i = 0; i < 5; i++) {
      attempt("governor-ik-3", "wrong password " + i);
    }
    Instant until = lockedUntil("governor-ik-3");
    attempt("governor-ik-3", "still wrong");
    attempt("governor-ik-3", DemoData.DEMO_PASSWORD);
    assertThat(lockedUntil("governor-ik-3")).isEqualTo(until);

    jdbc.sql("UPDATE staff_account SET locked_until = now() - interval '1 second' WHERE username = 'governor-ik-3'")
        .update();
    assertThat(attempt("governor-ik-3", DemoData.DEMO_PASSWORD).html().selectFirst(".bagyt-header__user")).isNotNull();
    assertThat(jdbc.sql("SELECT failed_attempts FROM staff_account WHERE username = 'governor-ik-3'")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void aCompleteSignInStartsTheCountAgain() {
    for (int i = 0; i < 4; i++) {
      attempt("governor-ik-8", "wrong password " + i);
    }
    attempt("governor-ik-8", DemoData.DEMO_PASSWORD);
    for (int i = 0; i < 4; i++) {
      attempt("governor-ik-8", "wrong password " + i);
    }
    assertThat(lockedUntil("governor-ik-8")).isNull();
    assertThat(attempt("governor-ik-8", DemoData.DEMO_PASSWORD).html().selectFirst(".bagyt-header__user")).isNotNull();
  }

  @Test
  void wrongCodesCountTooAndTheRightPasswordDoesNotWipeThem() {
    var setUp = client().acceptLanguage("en");
    setUp.signIn("governor-ik-10", DemoData.DEMO_PASSWORD);
    SignInSteps.enrol(setUp, "/account/second-factor");

    attempt("governor-ik-10", "wrong password 1");
    attempt("governor-ik-10", "wrong password 2");
    var client = client().acceptLanguage("en");
    client.signIn("governor-ik-10", DemoData.DEMO_PASSWORD);
    for (String code : new String[] {"111111", "222222"}) {
      var page = client.postForm("/login/second-factor", Map.of("code", code));
      assertThat(page.html().selectFirst("#code-error")).isNotNull();
    }
    var fifth = client.postForm("/login/second-factor", Map.of("code", "333333"));
    assertThat(fifth.header("Location")).as("the sign-in ends").endsWith("/login?error");
    assertThat(error(client.follow(fifth))).contains(NOT_RIGHT);
    assertThat(lockedUntil("governor-ik-10")).isAfter(Instant.now());
    assertThat(client.get("/login/second-factor").header("Location")).endsWith("/login");

    var locked = client().acceptLanguage("en");
    assertThat(error(locked.signIn("governor-ik-10", DemoData.DEMO_PASSWORD))).contains(NOT_RIGHT);
  }
}
