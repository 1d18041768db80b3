package org.bagyt.accounts.internal;

/** A sign-in in progress may not go on: the account was locked or disabled meanwhile. */
public class SignInEnded extends RuntimeException {

  SignInEnded(String username) {
    super("The sign-in of " + username + " may not go on");
  }
}
