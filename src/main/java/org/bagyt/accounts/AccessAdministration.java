package org.bagyt.accounts;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Administrators' use cases on who may do what; each one becomes a two-person approval request. */
public interface AccessAdministration {

  /** For each permission, the roles that hold it. */
  Map<String, Set<Role>> grants();

  UUID requestMatrixChange(Role role, String permission, boolean grant, String reason);

  UUID requestAdministrator(String username, String reason);
}
