package org.bagyt.accounts.internal;

/** The steps between a right password and a signed-in session, each with its own page. */
public enum SignInStep {
  /** Type the code from the authenticator app (or a recovery code). */
  SECOND_FACTOR("/login/second-factor"),
  /** Set up an authenticator app: required, and not yet done. */
  ENROL_SECOND_FACTOR("/login/enrol"),
  /** Replace the one-time password an administrator gave. */
  NEW_PASSWORD("/login/new-password");

  private final String path;

  SignInStep(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }
}
