package org.bagyt.accounts;

import java.util.List;
import java.util.UUID;

/** What is needed to open a staff account. */
public record NewAccount(String username, String displayName, Role role, List<UUID> facilityIds) {}
