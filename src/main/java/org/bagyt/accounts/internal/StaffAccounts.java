package org.bagyt.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.accounts.AccountRegistry;
import org.bagyt.accounts.NewAccount;
import org.bagyt.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class StaffAccounts implements AccountRegistry {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  Optional<StaffPrincipal> findByUsername(String username) {
    return jdbc.sql("SELECT id, username, display_name, password_hash, role, enabled FROM staff_account WHERE username = ?")
        .param(username.toLowerCase(java.util.Locale.ROOT))
        .query((rs, n) -> principal(UUID.fromString(rs.getString("id")), rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
            rs.getBoolean("enabled")))
        .optional();
  }

  private StaffPrincipal principal(UUID id, String username, String displayName, Role role, String hash, boolean enabled) {
    var authorities = new ArrayList<SimpleGrantedAuthority>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    jdbc.sql("SELECT permission FROM role_permission WHERE role = ? ORDER BY permission").param(role.name())
        .query(String.class).list().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
    var facilityIds = new ArrayList<UUID>();
    var facilityNames = new ArrayList<String>();
    jdbc.sql("""
        SELECT f.id, f.code FROM staff_account_facility s JOIN facility f ON f.id = s.facility_id
        WHERE s.account_id = ? ORDER BY f.code""").param(id)
        .query(rs -> {
          facilityIds.add(UUID.fromString(rs.getString(1)));
          facilityNames.add(rs.getString(2));
        });
    return new StaffPrincipal(id, username, displayName, role, List.copyOf(facilityIds), List.copyOf(facilityNames),
        List.copyOf(authorities), hash, enabled);
  }

  Optional<String> language(String username) {
    return jdbc.sql("SELECT language FROM staff_account WHERE username = ? AND language IS NOT NULL").param(username)
        .query(String.class).optional();
  }

  void rememberLanguage(String username, String language) {
    jdbc.sql("UPDATE staff_account SET language = ? WHERE username = ?").params(language, username).update();
  }

  @Override
  public boolean anyAccountExists() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account)").query(Boolean.class).single();
  }

  @Override
  @Transactional
  public void openDemoAccounts(List<NewAccount> accounts, String demoPassword) {
    // One hash for the shared documented password keeps demo start-up fast.
    String hash = passwords.encode(demoPassword);
    for (NewAccount a : accounts) {
      UUID id = jdbc.sql("""
          INSERT INTO staff_account (username, display_name, password_hash, role, demo)
          VALUES (?, ?, ?, ?, true) RETURNING id""")
          .params(a.username(), a.displayName(), hash, a.role().name()).query(UUID.class).single();
      for (UUID facility : a.facilityIds()) {
        jdbc.sql("INSERT INTO staff_account_facility (account_id, facility_id) VALUES (?, ?)")
            .params(id, facility).update();
      }
    }
  }
}
