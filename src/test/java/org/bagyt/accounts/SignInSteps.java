package org.bagyt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bagyt.accounts.internal.Authenticator;
import org.bagyt.support.WebClient;

/** What a person does on the sign-in steps, for tests that need to get past them. */
final class SignInSteps {

  private SignInSteps() {}

  record Enrolled(Authenticator app, List<String> recoveryCodes, WebClient.Response page) {}

  /** On an enrolment page ({@code path}): types the shown key into the app and confirms with its code. */
  static Enrolled enrol(WebClient client, String path) {
    var page = client.get(path);
    assertThat(page.status()).as("enrolment page").isEqualTo(200);
    var app = Authenticator.withKey(page.html().selectFirst("#key").text());
    Authenticator.waitForAFreshStep();
    var codes = client.postForm(path, Map.of("code", app.code()));
    assertThat(codes.status()).as("recovery codes page").isEqualTo(200);
    var recoveryCodes = codes.html().select(".bagyt-recovery-codes code").eachText();
    assertThat(recoveryCodes).hasSize(10);
    return new Enrolled(app, recoveryCodes, codes);
  }

  /** Signs in with password and a code; returns the page the person lands on. */
  static WebClient.Response signIn(WebClient client, String username, String password, String code) {
    var codePage = client.signIn(username, password);
    assertThat(codePage.html().selectFirst("input[name=code]")).as("asked for a code").isNotNull();
    return client.follow(client.postForm("/login/second-factor", Map.of("code", code)));
  }
}
