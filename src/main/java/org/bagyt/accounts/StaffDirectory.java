package org.bagyt.accounts;

import java.util.List;
import java.util.Optional;

/** Who has a staff account: the read side of the accounts, for modules that keep records about staff. */
public interface StaffDirectory {

  /** Every account, enabled or not, by user name. */
  List<StaffMember> members();

  /** The account with this user name (compared as user names are: lower case, without surrounding spaces). */
  Optional<StaffMember> find(String username);
}
