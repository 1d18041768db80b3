package org.bagyt.accounts.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.accounts.AccessAdministration;
import org.bagyt.accounts.Approvals;
import org.bagyt.accounts.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccessRequests implements AccessAdministration {

  private final AccessMatrix matrix;
  private final AdministratorGrant administrators;
  private final Approvals approvals;

  AccessRequests(AccessMatrix matrix, AdministratorGrant administrators, Approvals approvals) {
    this.matrix = matrix;
    this.administrators = administrators;
    this.approvals = approvals;
  }

  @Override
  public Map<String, Set<Role>> grants() {
    return matrix.grants();
  }

  @Override
  @Transactional
  public UUID requestMatrixChange(Role role, String permission, boolean grant, String reason) {
    var change = new AccessMatrix.Change(role, permission, grant);
    matrix.check(change);
    return approvals.request(AccessMatrix.KIND, change, reason);
  }

  @Override
  @Transactional
  public UUID requestAdministrator(String username, String reason) {
    var grant = new AdministratorGrant.Grant(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    administrators.check(grant);
    return approvals.request(AdministratorGrant.KIND, grant, reason);
  }
}
