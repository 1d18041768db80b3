package org.bagyt.custody.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.bagyt.accounts.Role;
import org.bagyt.accounts.StaffDirectory;
import org.bagyt.accounts.StaffMember;
import org.bagyt.accounts.StaffNotices;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.custody.Segregation;
import org.bagyt.custody.SegregationOrder;
import org.bagyt.platform.BagytProperties;
import org.bagyt.prisoners.PrisonerLocations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts the governors of the order's facility to each day of segregation without the required health-staff visit
 * (Mandela Rule 46), or management visit for a disciplinary order (CPT): once per order, day and kind. The alert
 * row is claimed under its primary key before anyone is told, so two nodes running this together alert once.
 */
@Component
public class SegregationVisits {

  /** How far back a missed visit is still looked for: longer than any order runs without review. */
  private static final int LOOK_BACK_DAYS = 60;

  private final SegregationStore store;
  private final StaffDirectory staff;
  private final StaffNotices notices;
  private final PrisonerLocations locations;
  private final AuditTrail audit;
  private final Clock clock;
  private final BagytProperties properties;

  SegregationVisits(SegregationStore store, StaffDirectory staff, StaffNotices notices, PrisonerLocations locations,
      AuditTrail audit, Clock clock, BagytProperties properties) {
    this.store = store;
    this.staff = staff;
    this.notices = notices;
    this.locations = locations;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /** Raises what is owed now; returns how many missed visits were alerted. */
  @Transactional
  public int alertMissed() {
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    List<SegregationOrder> orders = store.runningSince(today.minusDays(LOOK_BACK_DAYS));
    if (orders.isEmpty()) {
      return 0;
    }
    var log = store.days(orders.stream().map(SegregationOrder::id).toList()).stream()
        .collect(Collectors.groupingBy(SegregationStore.LoggedDay::orderId));
    List<StaffMember> members = staff.members();
    int alerted = 0;
    for (SegregationOrder o : orders) {
      var missed = Segregation.missedVisits(o, log.getOrDefault(o.id(), List.of()), today);
      if (missed.isEmpty()) {
        continue;
      }
      List<String> governors = members.stream()
          .filter(m -> m.enabled() && m.role() == Role.GOVERNOR && m.facilityIds().contains(o.facilityId()))
          .map(StaffMember::username).toList();
      var location = locations.find(o.prisonerId()).orElse(null);
      String number = location == null ? "" : location.number();
      String facility = location == null ? "" : location.facilityCode();
      for (Segregation.MissedVisit m : missed) {
        if (!store.claimMissedVisit(o.id(), m.day(), m.kind().name(), governors.size(), clock.instant())) {
          continue;
        }
        governors.forEach(g -> notices.send(g, "notice.segregation-missed-visit." + m.kind(), number, m.day().toString(),
            facility));
        audit.record("bagyt", AuditEvent.of(AuditActions.SEGREGATION_VISIT_MISSED, "SEGREGATION_ORDER", o.id())
            .forPrisoner(o.prisonerId()).atFacility(o.facilityId()));
        alerted++;
      }
    }
    return alerted;
  }
}
