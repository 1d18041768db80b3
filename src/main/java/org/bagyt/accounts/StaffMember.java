package org.bagyt.accounts;

import java.util.List;
import java.util.UUID;

/**
 * One person with a staff account, as other modules may see them: no password, no sign-in state.
 *
 * @param facilityIds the facilities the person works in; empty for service-wide roles
 */
public record StaffMember(String username, String displayName, Role role, List<UUID> facilityIds, boolean enabled) {

  public StaffMember {
    facilityIds = List.copyOf(facilityIds);
  }

  /** Whether someone who sees these facilities (or the whole service) may see this person. */
  public boolean worksInAnyOf(List<UUID> facilities) {
    return facilityIds.stream().anyMatch(facilities::contains);
  }
}
