package org.bagyt.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bagyt.accounts.Role;
import org.bagyt.platform.SensitiveChange;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access matrix, kept as data: which permission each role holds. Any change to it is sensitive, so
 * it is applied only through two-person approval.
 */
@Component
class AccessMatrix implements SensitiveChange<AccessMatrix.Change> {

  static final String KIND = "CHANGE_ACCESS_MATRIX";

  /** Grant or withdraw one permission from one role. */
  record Change(Role role, String permission, boolean grant) {}

  private final JdbcClient jdbc;

  AccessMatrix(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<String> permissions() {
    return jdbc.sql("SELECT code FROM permission ORDER BY code").query(String.class).list();
  }

  /** For each permission, the roles that hold it. */
  Map<String, Set<Role>> grants() {
    var grants = new TreeMap<String, Set<Role>>();
    permissions().forEach(p -> grants.put(p, new TreeSet<>()));
    jdbc.sql("SELECT role, permission FROM role_permission").query(rs -> {
      grants.get(rs.getString("permission")).add(Role.valueOf(rs.getString("role")));
    });
    return grants;
  }

  boolean holds(Role role, String permission) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM role_permission WHERE role = ? AND permission = ?)")
        .params(role.name(), permission).query(Boolean.class).single();
  }

  /** Refuses a request that would change nothing or names an unknown permission. */
  void check(Change change) {
    if (!permissions().contains(change.permission())) {
      throw BagytException.invalid("unknown-permission", "access.error.unknown-permission");
    }
    if (holds(change.role(), change.permission()) == change.grant()) {
      throw BagytException.conflict("no-change", "access.error.no-change");
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String approvingPermission() {
    return "access.approve";
  }

  @Override
  public Class<Change> payloadType() {
    return Change.class;
  }

  @Override
  public void apply(Change change) {
    check(change);
    if (change.grant()) {
      jdbc.sql("INSERT INTO role_permission (role, permission) VALUES (?, ?)")
          .params(change.role().name(), change.permission()).update();
    } else {
      jdbc.sql("DELETE FROM role_permission WHERE role = ? AND permission = ?")
          .params(change.role().name(), change.permission()).update();
    }
  }

  @Override
  public List<Detail> describe(Change change) {
    return List.of(
        new Detail("access.change", change.grant() ? "access.change.grant" : "access.change.withdraw", true),
        new Detail("access.role", "role." + change.role().name(), true),
        new Detail("access.permission", change.permission(), false));
  }
}
