package org.bagyt.assessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.accounts.Role;
import org.bagyt.accounts.StaffDirectory;
import org.bagyt.accounts.StaffMember;
import org.bagyt.accounts.StaffNotices;
import org.bagyt.platform.BagytProperties;
import org.bagyt.prisoners.PrisonerLocations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the facility's assessors when an assessment falls due soon, and its assessors and governors when it is
 * overdue: once per due and kind. The reminder row is written before anyone is told, under a primary key, so even
 * two nodes running this at the same moment send each reminder once (the second insert waits for the first and
 * then does nothing).
 */
@Component
public class ReviewReminders {

  public enum Kind { DUE_SOON, OVERDUE }

  private final JdbcClient jdbc;
  private final PrisonerLocations locations;
  private final StaffDirectory staff;
  private final StaffNotices notices;
  private final Clock clock;
  private final BagytProperties properties;
  private final int dueSoonDays;

  ReviewReminders(JdbcClient jdbc, PrisonerLocations locations, StaffDirectory staff, StaffNotices notices, Clock clock,
      BagytProperties properties, @Value("${bagyt.assessment.due-soon-days:14}") int dueSoonDays) {
    this.jdbc = jdbc;
    this.locations = locations;
    this.staff = staff;
    this.notices = notices;
    this.clock = clock;
    this.properties = properties;
    this.dueSoonDays = dueSoonDays;
  }

  private record Due(UUID id, UUID prisonerId, String purpose, LocalDate dueOn) {}

  /** Sends what is owed now; returns how many reminders went out (each to every recipient). */
  @Transactional
  public int send() {
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    int sent = 0;
    for (Kind kind : Kind.values()) {
      String window = kind == Kind.OVERDUE ? "d.due_on < :today" : "d.due_on >= :today AND d.due_on <= :soon";
      List<Due> owed = jdbc.sql("SELECT d.id, d.prisoner_id, d.purpose, d.due_on FROM assessment_due d WHERE d.closed_at IS NULL AND "
          + window + " AND NOT EXISTS (SELECT 1 FROM assessment_reminder r WHERE r.due_id = d.id AND r.kind = :kind) ORDER BY d.due_on")
          .param("today", today).param("soon", today.plusDays(dueSoonDays)).param("kind", kind.name())
          .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
              rs.getObject(4, LocalDate.class)))
          .list();
      List<StaffMember> members = owed.isEmpty() ? List.of() : staff.members();
      for (Due due : owed) {
        var location = locations.find(due.prisonerId()).orElse(null);
        if (location == null || location.released()) {
          continue;
        }
        var recipients = new ArrayList<String>();
        for (StaffMember m : members) {
          boolean role = m.role() == Role.ASSESSOR || kind == Kind.OVERDUE && m.role() == Role.GOVERNOR;
          if (m.enabled() && role && m.facilityIds().contains(location.facilityId())) {
            recipients.add(m.username());
          }
        }
        boolean claimed = jdbc.sql("""
            INSERT INTO assessment_reminder (due_id, kind, sent_at, recipients) VALUES (?, ?, ?, ?)
            ON CONFLICT (due_id, kind) DO NOTHING""")
            .params(due.id(), kind.name(), Timestamp.from(clock.instant()), recipients.size()).update() == 1;
        if (!claimed) {
          continue;
        }
        String key = "notice.assessment-" + (kind == Kind.OVERDUE ? "overdue" : "due-soon") + "." + due.purpose();
        recipients.forEach(r -> notices.send(r, key, location.number(), due.dueOn().toString(), location.facilityCode()));
        sent++;
      }
    }
    return sent;
  }
}
