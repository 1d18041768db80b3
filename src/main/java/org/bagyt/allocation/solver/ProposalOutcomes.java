package org.bagyt.allocation.solver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.bagyt.allocation.Violation;

/**
 * What a solved housing means for people: the moves (with the hard rules each ends), the prisoners still in conflict
 * (no cell, or a cell that still breaks a rule: the rules named, with the others involved), the soft measures before
 * and after, and the fingerprint of who is in the cells the moves involve. The words come from the check's rules.
 */
public final class ProposalOutcomes {

  public static final String UNHOUSED = "proposals.conflict.unhoused";

  private ProposalOutcomes() {}

  public static ProposalStore.Outcome of(Housing solved, String scoreBefore) {
    var before = solved.housed().isEmpty() ? null : LawfulPlacement.of(solved, true);
    var after = solved.housed().isEmpty() ? null : LawfulPlacement.of(solved, false);
    var moves = new ArrayList<ProposalStore.MoveRow>();
    var conflicts = new ArrayList<ProposalStore.ConflictRow>();
    var involved = new LinkedHashSet<UUID>();
    for (Housed h : solved.housed()) {
      if (h.getCell() == null) {
        var was = h.current() == null ? List.<Violation>of() : hard(h, h.current(), before);
        var rules = new ArrayList<String>();
        rules.add(UNHOUSED);
        was.forEach(v -> rules.add(v.messageKey()));
        conflicts.add(new ProposalStore.ConflictRow(h.getId(), rules.stream().distinct().toList(), others(was)));
        continue;
      }
      var now = hard(h, h.getCell(), after);
      if (!now.isEmpty()) {
        conflicts.add(new ProposalStore.ConflictRow(h.getId(),
            now.stream().map(Violation::messageKey).distinct().toList(), others(now)));
      }
      if (h.moved()) {
        Set<String> still = new java.util.HashSet<>();
        now.forEach(v -> still.add(v.messageKey()));
        var ends = hard(h, h.current(), before).stream().map(Violation::messageKey)
            .filter(k -> !still.contains(k)).distinct().toList();
        moves.add(new ProposalStore.MoveRow(h.getId(), h.current().facts().id(), h.getCell().facts().id(), ends,
            km(h, h.current()), km(h, h.getCell())));
        involved.add(h.current().facts().id());
        involved.add(h.getCell().facts().id());
      }
    }
    var where = new HashMap<UUID, UUID>();
    solved.housed().stream().filter(h -> h.current() != null).forEach(h -> where.put(h.getId(), h.current().facts().id()));
    return new ProposalStore.Outcome(conflicts.isEmpty() ? "PROPOSED" : "INFEASIBLE", scoreBefore,
        String.valueOf(solved.score()), solved.housed().size(), crowded(solved, true), crowded(solved, false),
        totalKm(solved, true), totalKm(solved, false), fingerprint(where, involved), moves, conflicts);
  }

  /** A digest of who is in the given cells: any arrival or departure there changes it. */
  public static String fingerprint(Map<UUID, UUID> cellOfPrisoner, Set<UUID> cells) {
    var sorted = new TreeMap<UUID, UUID>();
    cellOfPrisoner.forEach((p, c) -> {
      if (cells.contains(c)) {
        sorted.put(p, c);
      }
    });
    var text = new StringBuilder();
    text.append(String.join(",", cells.stream().map(UUID::toString).sorted().toList())).append('|');
    sorted.forEach((p, c) -> text.append(p).append(':').append(c).append(';'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cells the moves involve, from a stored outcome. */
  public static Set<UUID> cellsOf(List<ProposalStore.MoveRow> moves) {
    var cells = new LinkedHashSet<UUID>();
    moves.forEach(m -> {
      cells.add(m.fromCellId());
      cells.add(m.toCellId());
    });
    return cells;
  }

  private static List<UUID> others(List<Violation> violations) {
    return violations.stream().flatMap(v -> v.others().stream()).distinct().toList();
  }

  private static List<Violation> hard(Housed h, HousingCell cell, LawfulPlacement placed) {
    return placed.hardViolations(h.prisoner(), cell.facts());
  }

  private static Long km(Housed h, HousingCell cell) {
    var km = h.rules().kilometresFromHome(h.prisoner(), cell.facts());
    return km.isPresent() ? Math.round(km.getAsDouble()) : null;
  }

  private static long totalKm(Housing housing, boolean before) {
    long sum = 0;
    for (Housed h : housing.housed()) {
      HousingCell c = before ? h.current() : h.getCell();
      Long km = c == null ? null : km(h, c);
      sum += km == null ? 0 : km;
    }
    return sum;
  }

  /** People in cells with less floor area per person than the minimum. */
  private static int crowded(Housing housing, boolean before) {
    var count = new HashMap<HousingCell, Integer>();
    for (Housed h : housing.housed()) {
      HousingCell c = before ? h.current() : h.getCell();
      if (c != null) {
        count.merge(c, 1, Integer::sum);
      }
    }
    return count.entrySet().stream().filter(e -> e.getKey().rules().crowded(e.getKey().facts(), e.getValue()))
        .mapToInt(Map.Entry::getValue).sum();
  }
}
