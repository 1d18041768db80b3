package org.bagyt.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the page shell needs to know about the person signed in; the accounts module provides it. */
public interface SignedInUser {

  String username();

  String displayName();

  /** Message key of the role's name, e.g. {@code role.GOVERNOR}. */
  String roleKey();

  /** Names of the facilities the person works in, or empty for service-wide roles. */
  List<String> facilityNames();

  /** The facilities whose prisoners the person may see; ignored when {@link #serviceWide()}. */
  List<UUID> facilityIds();

  /** Headquarters roles and the inspector see the whole service; facility staff only their facilities. */
  boolean serviceWide();

  /** Whether the person works in the facility: it is one of theirs, or they see the whole service. */
  default boolean worksIn(java.util.UUID facilityId) {
    return serviceWide() || facilityIds().contains(facilityId);
  }

  /** The person signed in on this thread, if any. */
  static Optional<SignedInUser> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
  }

  /**
   * The person signed in on this thread, who must hold the permission: otherwise 403 {@code forbidden}, the one
   * refusal every use case gives a role the access matrix does not grant.
   */
  static SignedInUser require(String permission) {
    if (!holds(permission)) {
      throw new BagytException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return current().orElseThrow();
  }

  /** Whether the person signed in on this thread holds the permission. */
  static boolean holds(String permission) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
  }
}
