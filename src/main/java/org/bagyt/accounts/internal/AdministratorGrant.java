package org.bagyt.accounts.internal;

import java.util.List;
import org.bagyt.accounts.Role;
import org.bagyt.platform.SensitiveChange;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Making someone an administrator: the most powerful role, so never by one person. The account keeps
 * its user name; its facility scope goes, because administrators work for the whole service.
 */
@Component
class AdministratorGrant implements SensitiveChange<AdministratorGrant.Grant> {

  static final String KIND = "GRANT_ADMINISTRATOR";

  record Grant(String username) {}

  private final JdbcClient jdbc;

  AdministratorGrant(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Refuses a request for an account that does not exist or is already an administrator. */
  void check(Grant grant) {
    String role = jdbc.sql("SELECT role FROM staff_account WHERE username = ?").param(grant.username())
        .query(String.class).optional()
        .orElseThrow(() -> BagytException.invalid("unknown-account", "access.error.unknown-account"));
    if (role.equals(Role.ADMINISTRATOR.name())) {
      throw BagytException.conflict("no-change", "access.error.already-administrator");
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
  public Class<Grant> payloadType() {
    return Grant.class;
  }

  @Override
  public void apply(Grant grant) {
    check(grant);
    jdbc.sql("DELETE FROM staff_account_facility WHERE account_id = (SELECT id FROM staff_account WHERE username = ?)")
        .param(grant.username()).update();
    jdbc.sql("UPDATE staff_account SET role = 'ADMINISTRATOR', version = version + 1 WHERE username = ?")
        .param(grant.username()).update();
  }

  @Override
  public List<Detail> describe(Grant grant) {
    return List.of(new Detail("access.account", grant.username(), false),
        new Detail("access.role", "role.ADMINISTRATOR", true));
  }
}
