package org.bagyt.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bagyt.accounts.Role;
import org.bagyt.platform.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person signed in: who they are, their role's permissions and the facilities they work in. */
public record StaffPrincipal(
    UUID id,
    String username,
    String displayName,
    Role role,
    List<UUID> facilityIds,
    List<String> facilityNames,
    Collection<? extends GrantedAuthority> authorities,
    String passwordHash,
    boolean enabled,
    boolean locked,
    boolean oneTimePasswordExpired) implements UserDetails, SignedInUser {

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean serviceWide() {
    return !role.facilityScoped();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  /** A one-time password past its time is refused only after it was typed correctly, so expiry reveals nothing to a guesser. */
  @Override
  public boolean isCredentialsNonExpired() {
    return !oneTimePasswordExpired;
  }

  @Override
  public String roleKey() {
    return "role." + role.name();
  }

  /** The principal kept in the session after sign-in: the hash stays in the database only. */
  StaffPrincipal withoutPassword() {
    return new StaffPrincipal(id, username, displayName, role, facilityIds, facilityNames, authorities, "", enabled, locked, oneTimePasswordExpired);
  }
}
