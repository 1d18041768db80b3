package org.bagyt.platform;

import java.util.UUID;

/**
 * Asks for a {@link SensitiveChange} to be made once a second person approves it. The accounts module
 * provides it (its {@code Approvals}); modules that the accounts module depends on request through this.
 */
public interface TwoPersonApproval {

  /** Stores the request with the reason given, audited; nothing changes until someone else approves it. */
  UUID request(String kind, Object payload, String reason);
}
