package org.bagyt.custody;

import java.util.List;
import java.util.UUID;
import org.bagyt.accounts.Approvals;
import org.bagyt.custody.internal.MovementLog;
import org.bagyt.custody.internal.MovementRecorder;
import org.bagyt.custody.internal.MovementScope;
import org.bagyt.custody.internal.PlacementOverrideApproval;
import org.bagyt.custody.internal.ReleaseApproval;
import org.bagyt.custody.internal.TransferApproval;
import org.bagyt.estate.Estate;
import org.bagyt.estate.FacilitySummary;
import org.bagyt.estate.FreeBeds;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording movements: cell moves and temporary absences at once, transfers and releases as requests for a second
 * person's approval. Every one checks the permission and that the prisoner is held in the recorder's facilities.
 */
@Service
public class Movements {

  private static final int MAX_NOTE = 2000;
  private static final int HISTORY = 500;

  /** What the movements page shows: the file, where the person is, their history and where they could go. */
  public record Overview(PrisonerFile file, Location location, List<Movement> history, boolean absent,
      boolean mayRecord, List<FreeBeds.FreeCell> cells, List<FacilitySummary> facilities) {}

  private final MovementScope scope;
  private final MovementRecorder recorder;
  private final MovementLog log;
  private final PrisonerLocations locations;
  private final PrisonerFiles files;
  private final Approvals approvals;
  private final FreeBeds freeBeds;
  private final Estate estate;
  private final List<PlacementGate> gates;

  Movements(MovementScope scope, MovementRecorder recorder, MovementLog log, PrisonerLocations locations,
      PrisonerFiles files, Approvals approvals, FreeBeds freeBeds, Estate estate, List<PlacementGate> gates) {
    this.gates = gates;
    this.scope = scope;
    this.recorder = recorder;
    this.log = log;
    this.locations = locations;
    this.files = files;
    this.approvals = approvals;
    this.freeBeds = freeBeds;
    this.estate = estate;
  }

  /** The history, after the file's own scope check and audited opening (break-glass included). */
  @Transactional(noRollbackFor = OutsideScope.class)
  public List<Movement> history(UUID prisonerId) {
    files.open(prisonerId);
    return log.history(prisonerId, HISTORY);
  }

  @Transactional(noRollbackFor = OutsideScope.class)
  public Overview overview(UUID prisonerId) {
    PrisonerFile file = files.open(prisonerId);
    Location location = locations.find(prisonerId).orElseThrow(BagytException::notFound);
    var history = log.history(prisonerId, HISTORY);
    boolean absent = history.stream().anyMatch(Movement::openAbsence);
    var user = SignedInUser.current().orElseThrow();
    boolean mayRecord = !location.released() && SignedInUser.holds(MovementScope.RECORD)
        && user.worksIn(location.facilityId());
    return new Overview(file, location, history, absent, mayRecord,
        mayRecord ? freeBeds.inFacility(location.facilityId()) : List.of(),
        mayRecord ? estate.facilities().stream().filter(f -> !f.id().equals(location.facilityId())).toList() : List.of());
  }


  @Transactional(noRollbackFor = OutsideScope.class)
  public MovementRecorded record(UUID prisonerId, NewMovement m) {
    SignedInUser user = scope.require(MovementScope.RECORD);
    int version = validated(m);
    Location location = scope.requireInScope(prisonerId);
    String note = m.note() == null || m.note().isBlank() ? null : m.note().strip();
    String by = user.username();
    return switch (m.kind()) {
      case CELL_MOVE -> recorded(recorder.moveCell(prisonerId, version, m.cellId(), note, by));
      case TEMPORARY_ABSENCE -> recorded(recorder.leave(prisonerId, version, m.absenceReason(), note, by));
      case RETURN -> recorded(recorder.comeBack(prisonerId, version));
      case TRANSFER -> {
        current(location, version);
        locations.checkTransfer(prisonerId, m.facilityId(), m.cellId());
        if (m.cellId() != null) {
          PlacementGate.require(gates, prisonerId, m.cellId(), PlacementGate.Kind.TRANSFER);
        }
        yield awaiting(approvals.request(TransferApproval.KIND,
            new TransferApproval.Transfer(prisonerId, version, m.facilityId(), m.cellId(), note, by, List.of()), note),
            version);
      }
      case RELEASE -> {
        current(location, version);
        yield awaiting(approvals.request(ReleaseApproval.KIND,
            new ReleaseApproval.Release(prisonerId, version, m.releaseType(), note, by), note), version);
      }
    };
  }

  /**
   * Asks for an emergency cell move that breaks hard placement rules: a reason is required (400), and the move waits
   * for a second person's approval (202); a move that breaks no hard rule is recorded the ordinary way (409
   * override-not-needed). Nothing moves until the approval.
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public MovementRecorded requestOverride(UUID prisonerId, Integer version, UUID cellId, String reason) {
    SignedInUser user = scope.require(MovementScope.RECORD);
    String why = overrideReason(reason, version);
    if (cellId == null) {
      throw BagytException.invalid("cell-move-incomplete", "movement.error.incomplete.cell-move");
    }
    Location location = scope.requireInScope(prisonerId);
    current(location, version);
    var rules = overriddenRules(prisonerId, cellId, PlacementGate.Kind.MOVE, "movement.error.override-not-needed");
    return awaiting(approvals.request(PlacementOverrideApproval.KIND, new PlacementOverrideApproval.EmergencyMove(
        prisonerId, version, cellId, why, user.username(), rules), why), version);
  }

  /**
   * Asks for an emergency transfer to a cell of another facility that breaks hard placement rules: a reason is
   * required (400; it is also the transfer's note), the transfer's own refusals apply (same facility, Rule 11 for the
   * facility), and it waits for the transfer's second-person approval carrying the rules (202), where the placement is
   * checked again; a transfer that breaks no hard rule is requested the ordinary way (409 override-not-needed).
   */
  @Transactional(noRollbackFor = OutsideScope.class)
  public MovementRecorded requestTransferOverride(UUID prisonerId, Integer version, UUID facilityId, UUID cellId,
      String reason) {
    SignedInUser user = scope.require(MovementScope.RECORD);
    String why = overrideReason(reason, version);
    if (facilityId == null || cellId == null) {
      throw BagytException.invalid("transfer-incomplete", "movement.error.incomplete.transfer-override");
    }
    Location location = scope.requireInScope(prisonerId);
    current(location, version);
    locations.checkTransfer(prisonerId, facilityId, cellId);
    var rules = overriddenRules(prisonerId, cellId, PlacementGate.Kind.TRANSFER,
        "movement.error.transfer-override-not-needed");
    return awaiting(approvals.request(TransferApproval.KIND, new TransferApproval.Transfer(prisonerId, version,
        facilityId, cellId, why, user.username(), rules), why), version);
  }

  /** An override's reason, required and bounded (400), and the version the requester saw (400 without one). */
  private static String overrideReason(String reason, Integer version) {
    if (reason == null || reason.isBlank()) {
      throw BagytException.invalid("override-reason-required", "movement.error.override-reason-required");
    }
    if (reason.length() > MAX_NOTE) {
      throw BagytException.invalid("note-too-long", "movement.error.note-too-long", MAX_NOTE);
    }
    if (version == null) {
      throw BagytException.invalid("version-required", "movement.error.version-required");
    }
    return reason.strip();
  }

  /** The hard rules an override would pass; none is a refusal (409 override-not-needed), nothing to override. */
  private List<String> overriddenRules(UUID prisonerId, UUID cellId, PlacementGate.Kind kind, String notNeeded) {
    var rules = PlacementGate.brokenRules(gates, prisonerId, cellId, kind);
    if (rules.isEmpty()) {
      throw BagytException.conflict("override-not-needed", notNeeded);
    }
    return rules;
  }

  /** Records earlier history (demo, import of paper registers) without changing anyone's location. */
  @Transactional
  public void recordPast(List<PastMovement> movements) {
    log.addPast(movements);
  }

  private static int validated(NewMovement m) {
    if (m == null || m.kind() == null) {
      throw BagytException.invalid("kind-required", "movement.error.kind-required");
    }
    if (m.version() == null) {
      throw BagytException.invalid("version-required", "movement.error.version-required");
    }
    if (m.note() != null && m.note().length() > MAX_NOTE) {
      throw BagytException.invalid("note-too-long", "movement.error.note-too-long", MAX_NOTE);
    }
    boolean missing = switch (m.kind()) {
      case CELL_MOVE -> m.cellId() == null;
      case TEMPORARY_ABSENCE -> m.absenceReason() == null;
      case RETURN -> false;
      case TRANSFER -> m.facilityId() == null;
      case RELEASE -> m.releaseType() == null;
    };
    if (missing) {
      String what = m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      throw BagytException.invalid(what + "-incomplete", "movement.error.incomplete." + what);
    }
    if (m.kind().needsApproval() && (m.note() == null || m.note().isBlank())) {
      throw BagytException.invalid("reason-required", "approval.error.reason-required");
    }
    return m.version();
  }

  /** A request is refused at once when the file has changed since the requester saw it. */
  private static void current(Location location, int version) {
    if (location.released()) {
      throw BagytException.conflict("released", "movement.error.released");
    }
    if (location.version() != version) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  private static MovementRecorded recorded(MovementRecorder.Done done) {
    return new MovementRecorded(MovementRecorded.Status.RECORDED, done.movementId(), done.version());
  }

  private static MovementRecorded awaiting(UUID request, int version) {
    return new MovementRecorded(MovementRecorded.Status.AWAITING_APPROVAL, request, version);
  }
}
