package org.bagyt.custody.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.custody.AbsenceReason;
import org.bagyt.custody.MovementKind;
import org.bagyt.custody.PlacementGate;
import org.bagyt.custody.PrisonerReleased;
import org.bagyt.custody.PrisonerTransferred;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.bagyt.prisoners.ReleaseType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a movement happen: asks the placement gate (every hard allocation rule), changes the prisoner's location (beds and Rule 11 included), writes the history entry
 * and the audit event, in the caller's transaction. Callers have checked permission and facility scope; transfers
 * and releases come here only from an approved request.
 */
@Component
public class MovementRecorder {

  static final String MOVEMENT = "MOVEMENT";

  private final PrisonerLocations locations;
  private final MovementLog log;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final List<PlacementGate> gates;

  MovementRecorder(PrisonerLocations locations, MovementLog log, AuditTrail audit, Clock clock,
      ApplicationEventPublisher events, List<PlacementGate> gates) {
    this.gates = gates;
    this.events = events;
    this.locations = locations;
    this.log = log;
    this.audit = audit;
    this.clock = clock;
  }

  /** The outcome: the history entry and the prisoner's new version. */
  public record Done(UUID movementId, int version) {}

  @Transactional(propagation = Propagation.MANDATORY)
  public Done moveCell(UUID prisonerId, int version, UUID cellId, String note, String by) {
    return moving(prisonerId, version, cellId, note, by, null, List.of());
  }

  /**
   * A cell move past the placement gate's hard rules, after a second person approved it: the move and its history as
   * usual (beds and Rule 11 still apply), and an audit event naming the rules overridden and the reason.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Done moveCellOverriding(UUID prisonerId, int version, UUID cellId, String reason, String by,
      String approvedBy, List<String> rules) {
    return moving(prisonerId, version, cellId, reason, by, approvedBy, rules);
  }

  private Done moving(UUID prisonerId, int version, UUID cellId, String note, String by, String approvedBy,
      List<String> approvedRules) {
    refuseWhileAbsent(prisonerId);
    Location before = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    Location after = locations.moveToCell(prisonerId, version, cellId);
    // After the bed is taken and Rule 11 checked (their own refusals first); a refusal rolls the move back.
    var overridden = passGate(prisonerId, cellId, PlacementGate.Kind.MOVE, approvedRules);
    Done done = done(after, AuditActions.CELL_MOVE, new MovementLog.Entry(prisonerId, MovementKind.CELL_MOVE,
        clock.instant(), before.facilityId(), before.cellId(), after.facilityId(), after.cellId(), null, null, note, by,
        approvedBy));
    auditOverride(done, after, overridden, by, approvedBy);
    return done;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Done leave(UUID prisonerId, int version, AbsenceReason reason, String note, String by) {
    Location now = locations.touch(prisonerId, version);
    refuseWhileAbsent(prisonerId);
    return done(now, AuditActions.ABSENCE_OUT, new MovementLog.Entry(prisonerId, MovementKind.TEMPORARY_ABSENCE,
        clock.instant(), now.facilityId(), now.cellId(), null, null, reason, null, note, by, null));
  }

  /** Closes the open absence: the person is back in the bed they kept. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Done comeBack(UUID prisonerId, int version) {
    Location now = locations.touch(prisonerId, version);
    UUID absence = log.openAbsence(prisonerId)
        .orElseThrow(() -> BagytException.conflict("not-absent", "movement.error.not-absent"));
    log.returned(absence, clock.instant());
    audit.record(AuditEvent.of(AuditActions.ABSENCE_RETURN, MOVEMENT, absence).forPrisoner(prisonerId)
        .atFacility(now.facilityId()));
    return new Done(absence, now.version());
  }

  /**
   * A transfer a second person approved. {@code overridden} names the hard placement rules the approver agreed to pass
   * (an emergency override; empty for an ordinary transfer): the placement is checked again here, and the audit names
   * the rules passed, the requester and the approver.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Done transfer(UUID prisonerId, int version, UUID facilityId, UUID cellId, String note, String requestedBy,
      String approvedBy, List<String> overridden) {
    refuseWhileAbsent(prisonerId);
    Location before = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    Location after = locations.transfer(prisonerId, version, facilityId, cellId);
    var passed = cellId == null ? List.<String>of()
        : passGate(prisonerId, cellId, PlacementGate.Kind.TRANSFER, overridden);
    events.publishEvent(new PrisonerTransferred(prisonerId, before.facilityId(), after.facilityId(), clock.instant()));
    Done done = done(after, AuditActions.TRANSFER, new MovementLog.Entry(prisonerId, MovementKind.TRANSFER,
        clock.instant(), before.facilityId(), before.cellId(), after.facilityId(), after.cellId(), null, null, note,
        requestedBy, approvedBy));
    auditOverride(done, after, passed, requestedBy, approvedBy);
    return done;
  }

  /** Ends custody; an absence still open (released from court) ends with it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Done release(UUID prisonerId, int version, ReleaseType type, String note, String requestedBy,
      String approvedBy) {
    Location before = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    Instant at = clock.instant();
    Location after = locations.release(prisonerId, version, type, at);
    log.openAbsence(prisonerId).ifPresent(absence -> log.returned(absence, at));
    events.publishEvent(new PrisonerReleased(prisonerId, before.facilityId(), at));
    return done(after, AuditActions.RELEASE, new MovementLog.Entry(prisonerId, MovementKind.RELEASE, at,
        before.facilityId(), before.cellId(), null, null, null, type, note, requestedBy, approvedBy));
  }

  /**
   * The hard rules this placement passes: none without an approved override (the first violation refuses, 409
   * placement-<rule>); with one, the check runs again as things stand now, and a rule the approver did not see
   * refuses it (409 override-rules-changed), so that nothing changes.
   */
  private List<String> passGate(UUID prisonerId, UUID cellId, PlacementGate.Kind kind, List<String> approved) {
    if (approved.isEmpty()) {
      PlacementGate.require(gates, prisonerId, cellId, kind);
      return List.of();
    }
    List<String> now = PlacementGate.brokenRules(gates, prisonerId, cellId, kind);
    if (!approved.containsAll(now)) {
      throw BagytException.conflict("override-rules-changed", "movement.error.override-rules-changed");
    }
    return now;
  }

  /** The override's own audit entry: the rules passed, who asked and who agreed (the actor). */
  private void auditOverride(Done done, Location after, List<String> rules, String requestedBy, String approvedBy) {
    if (!rules.isEmpty()) {
      audit.record(AuditEvent.of(AuditActions.PLACEMENT_OVERRIDDEN, MOVEMENT, done.movementId())
          .forPrisoner(after.prisonerId()).atFacility(after.facilityId())
          .withPurpose(String.join(",", rules) + "; requested by " + requestedBy + ", approved by " + approvedBy));
    }
  }

  private void refuseWhileAbsent(UUID prisonerId) {
    if (log.openAbsence(prisonerId).isPresent()) {
      throw BagytException.conflict("absent", "movement.error.absent");
    }
  }

  private Done done(Location after, String action, MovementLog.Entry entry) {
    UUID id = log.add(entry);
    audit.record(AuditEvent.of(action, MOVEMENT, id).forPrisoner(entry.prisonerId()).atFacility(after.facilityId()));
    return new Done(id, after.version());
  }
}
