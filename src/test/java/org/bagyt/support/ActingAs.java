package org.bagyt.support;

import java.util.List;
import java.util.UUID;
import org.bagyt.platform.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs application services as a member of staff, for tests that call services directly: the person's role's
 * permissions come from the access matrix in the database and their facilities from their account, as when signed in.
 */
public final class ActingAs {

  private ActingAs() {}

  record Person(String username, String displayName, String roleKey, List<String> facilityNames, List<UUID> facilityIds,
      boolean serviceWide) implements SignedInUser {}

  public static void user(JdbcClient jdbc, String username) {
    String role = jdbc.sql("SELECT role FROM staff_account WHERE username = ?").param(username).query(String.class).single();
    List<UUID> facilities = jdbc.sql("""
        SELECT f.facility_id FROM staff_account_facility f JOIN staff_account a ON a.id = f.account_id WHERE a.username = ?""")
        .param(username).query(UUID.class).list();
    var authorities = jdbc.sql("SELECT permission FROM role_permission WHERE role = ?").param(role).query(String.class)
        .list().stream().map(SimpleGrantedAuthority::new).toList();
    var person = new Person(username, username, "role." + role, List.of(), facilities, facilities.isEmpty());
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
  }

  public static void nobody() {
    SecurityContextHolder.clearContext();
  }
}
