package org.bagyt.platform;

import java.util.List;

/** What the page shell needs to know about the person signed in; the accounts module provides it. */
public interface SignedInUser {

  String username();

  String displayName();

  /** Message key of the role's name, e.g. {@code role.GOVERNOR}. */
  String roleKey();

  /** Names of the facilities the person works in, or empty for service-wide roles. */
  List<String> facilityNames();
}
