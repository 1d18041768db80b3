package org.bagyt.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.bagyt.prisoners.BreakGlassUsed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices to staff on their home page. Tells a facility's governors when someone breaks the glass on one of their
 * prisoners, in the break-glass transaction, so access is never granted without the governors being told; other
 * modules send theirs (assessment reminders) through {@link org.bagyt.accounts.StaffNotices}.
 */
@Component
public class GovernorNotices implements org.bagyt.accounts.StaffNotices {

  private final JdbcClient jdbc;
  private final Clock clock;

  GovernorNotices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener
  void on(BreakGlassUsed used) {
    List<String> governors = jdbc.sql("""
        SELECT a.username FROM staff_account a JOIN staff_account_facility f ON f.account_id = a.id
        WHERE a.role = 'GOVERNOR' AND a.enabled AND f.facility_id = ?""").param(used.facilityId())
        .query(String.class).list();
    for (String governor : governors) {
      jdbc.sql("""
          INSERT INTO staff_notification (recipient, message_key, arguments, created_at)
          VALUES (?, 'notice.break-glass', ?, ?)""")
          .params(governor, new String[] {used.username(), used.prisonerNumber(), used.reason()},
              Timestamp.from(clock.instant()))
          .update();
    }
  }

  @Override
  public void send(String recipient, String messageKey, String first, String second, String third) {
    jdbc.sql("INSERT INTO staff_notification (recipient, message_key, arguments, created_at) VALUES (?, ?, ?, ?)")
        .params(recipient, messageKey, new String[] {first, second, third}, Timestamp.from(clock.instant())).update();
  }

  public record Notice(String messageKey, List<String> arguments, java.time.Instant createdAt) {}

  public List<Notice> latest(String username) {
    return jdbc.sql("""
        SELECT message_key, arguments, created_at FROM staff_notification WHERE recipient = ?
        ORDER BY created_at DESC LIMIT 10""").param(username)
        .query((rs, n) -> new Notice(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()),
            rs.getTimestamp(3).toInstant()))
        .list();
  }
}
