package org.bagyt.custody;

import java.util.List;
import java.util.UUID;

/**
 * The one placement check, seen from custody: admissions, cell moves and transfers ask it, in their own transaction,
 * before anyone is placed, and refuse on any hard violation. The allocation module provides it (custody cannot
 * depend on allocation, which depends on custody through assessment).
 */
public interface PlacementGate {

  /** Which kind of placement is being made. */
  enum Kind { ADMISSION, MOVE, TRANSFER }

  /**
   * The hard rules holding {@code prisonerId} in {@code cellId} would break, with everyone else where they are now
   * (the prisoner themself left out, wherever they are); empty when the placement may go ahead.
   */
  List<PlacementRefusal> check(UUID prisonerId, UUID cellId, Kind kind);

  /** The names of the hard rules the placement breaks across every gate (e.g. {@code KEEP_APART}), each once. */
  static List<String> brokenRules(List<PlacementGate> gates, UUID prisonerId, UUID cellId, Kind kind) {
    return refusals(gates, prisonerId, cellId, kind).stream().map(PlacementRefusal::rule).distinct().toList();
  }

  /** Every gate's hard violations, in the gates' order. */
  static List<PlacementRefusal> refusals(List<PlacementGate> gates, UUID prisonerId, UUID cellId, Kind kind) {
    return gates.stream().flatMap(g -> g.check(prisonerId, cellId, kind).stream()).toList();
  }

  /** Refuses with the first hard violation's reason (409, problem type {@code placement-<rule>}); nothing changes. */
  static void require(List<PlacementGate> gates, UUID prisonerId, UUID cellId, Kind kind) {
    refusals(gates, prisonerId, cellId, kind).stream().findFirst().ifPresent(refusal -> {
      throw refusal.refusal();
    });
  }
}
