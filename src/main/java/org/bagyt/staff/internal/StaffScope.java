package org.bagyt.staff.internal;

import org.bagyt.accounts.StaffMember;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.springframework.http.HttpStatus;

/**
 * Who may see and change staff records. Staff working in VEP units are exposed as little as possible: a governor
 * sees only the staff of their own facilities; service-wide roles see everyone.
 */
public final class StaffScope {

  public static final String READ = "staff.read";
  public static final String MANAGE = "staff.manage";

  private StaffScope() {}

  /** The person signed in, if they hold the permission; 403 otherwise. */
  static SignedInUser require(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  static boolean sees(SignedInUser user, StaffMember member) {
    return user.serviceWide() || member.worksInAnyOf(user.facilityIds());
  }
}
