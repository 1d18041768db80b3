package org.bagyt.accounts;

import java.util.List;

/** Opens staff accounts; used by administrators and by the demo generator. */
public interface AccountRegistry {

  boolean anyAccountExists();

  /** Opens demo accounts that all share the documented demo password. */
  void openDemoAccounts(List<NewAccount> accounts, String demoPassword);
}
