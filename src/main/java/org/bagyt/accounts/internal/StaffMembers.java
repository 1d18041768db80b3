package org.bagyt.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.accounts.Role;
import org.bagyt.accounts.StaffDirectory;
import org.bagyt.accounts.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff directory, read from the account tables. */
@Repository
class StaffMembers implements StaffDirectory {

  private static final String MEMBER = """
      SELECT a.username, a.display_name, a.role, a.enabled,
             ARRAY(SELECT af.facility_id FROM staff_account_facility af WHERE af.account_id = a.id
                   ORDER BY af.facility_id) AS facility_ids
      FROM staff_account a""";

  private final JdbcClient jdbc;

  StaffMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StaffMember> members() {
    return jdbc.sql(MEMBER + " ORDER BY a.username").query(StaffMembers::member).list();
  }

  @Override
  public Optional<StaffMember> find(String username) {
    if (!StaffAccounts.plausibleUsername(username)) {
      return Optional.empty();
    }
    return jdbc.sql(MEMBER + " WHERE a.username = ?").param(StaffAccounts.normalise(username))
        .query(StaffMembers::member).optional();
  }

  private static StaffMember member(ResultSet rs, int n) throws SQLException {
    var ids = Arrays.stream((Object[]) rs.getArray("facility_ids").getArray())
        .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    return new StaffMember(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
        ids, rs.getBoolean("enabled"));
  }
}
