package org.bagyt.allocation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bagyt.allocation.internal.SeparationGroupStore;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.PrisonerLocations;
import org.bagyt.prisoners.PrisonerLocations.Location;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups whose members the placement rules keep from gathering in one unit (group separation). A person records each
 * group with its basis: by hand, or by adopting a community the association network found; the network never makes a
 * group by itself. Staff see and record groups with at least one member in their facilities; holders of
 * {@value #NATIONAL} (security analysts, headquarters) all of them.
 */
@Service
public class SeparationGroups {

  public static final String READ = "separationgroup.read";
  public static final String RECORD = "separationgroup.record";
  /** Sees and records groups wherever their members are held, as security analysts of the national network do. */
  public static final String NATIONAL = "separationgroup.national";
  public static final int MAX_MEMBERS = 200;
  private static final String GROUP = "SEPARATION_GROUP";

  /** What a group is, as the placement rules name it. */
  public enum Kind { NETWORK, GANG, OTHER }

  /** A group to record: its name, kind, basis and members by prisoner number. */
  public record NewGroup(String name, String kind, String basis, List<String> members) {}

  public record Member(UUID id, String number, String facilityCode) {}

  public record Group(UUID id, String name, Kind kind, String basis, String recordedBy, Instant recordedAt,
      List<Member> members) {}

  private final SeparationGroupStore store;
  private final PrisonerLocations locations;
  private final AuditTrail audit;
  private final Clock clock;

  SeparationGroups(SeparationGroupStore store, PrisonerLocations locations, AuditTrail audit, Clock clock) {
    this.store = store;
    this.locations = locations;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records a group. Refuses, writing nothing: a missing name or basis, an unknown kind, fewer than two or more than
   * {@value #MAX_MEMBERS} members, an unknown or released prisoner (400, naming the number); no member in the
   * recorder's facilities (403).
   */
  @Transactional
  public UUID record(NewGroup group) {
    String me = SignedInUser.require(RECORD).username();
    var errors = new LinkedHashMap<String, String>();
    if (group == null || group.name() == null || group.name().isBlank() || group.name().length() > 200) {
      errors.put("name", "group.error.name-required");
    }
    Kind kind = group == null ? null : kind(group.kind());
    if (kind == null) {
      errors.put("kind", "group.error.kind");
    }
    if (group == null || group.basis() == null || group.basis().isBlank() || group.basis().length() > 2000) {
      errors.put("basis", "group.error.basis-required");
    }
    var numbers = new LinkedHashSet<String>();
    if (group != null && group.members() != null) {
      group.members().stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(numbers::add);
    }
    var members = new ArrayList<Location>();
    for (String number : numbers) {
      var found = locations.findByNumber(number);
      if (found.isEmpty()) {
        errors.putIfAbsent("members", "group.error.unknown-prisoner");
      } else if (found.get().released()) {
        errors.putIfAbsent("members", "group.error.released");
      } else {
        members.add(found.get());
      }
    }
    if (numbers.size() < 2 || numbers.size() > MAX_MEMBERS) {
      errors.putIfAbsent("members", "group.error.members");
    }
    InvalidFields.throwIfAny(errors);
    SignedInUser user = SignedInUser.current().orElseThrow();
    if (!SignedInUser.holds(NATIONAL) && members.stream().noneMatch(m -> user.worksIn(m.facilityId()))) {
      throw new BagytException(HttpStatus.FORBIDDEN, "outside-scope", "prisoner.error.outside-scope");
    }
    UUID id = store.insert(group.name().strip(), kind.name(), group.basis().strip(),
        members.stream().map(Location::prisonerId).toList(), me, clock.instant());
    audit.record(AuditEvent.create(GROUP, id).withPurpose(members.size() + " members"));
    return id;
  }

  /** The groups the reader may see: those with at least one member in the reader's facilities. */
  @Transactional
  public List<Group> list() {
    SignedInUser.require(READ).username();
    SignedInUser user = SignedInUser.current().orElseThrow();
    boolean national = SignedInUser.holds(NATIONAL);
    Map<UUID, List<SeparationGroupStore.Row>> byGroup = store.all().stream()
        .collect(Collectors.groupingBy(SeparationGroupStore.Row::groupId, LinkedHashMap::new, Collectors.toList()));
    var groups = byGroup.values().stream()
        .filter(rows -> national || rows.stream().anyMatch(r -> r.facilityId() != null && user.worksIn(r.facilityId())))
        .map(rows -> {
          var first = rows.get(0);
          return new Group(first.groupId(), first.name(), Kind.valueOf(first.kind()), first.basis(), first.recordedBy(),
              first.recordedAt(), rows.stream().map(r -> new Member(r.prisonerId(), r.number(), r.facilityCode())).toList());
        })
        .toList();
    audit.record(AuditEvent.read(GROUP, null).withPurpose("list"));
    return groups;
  }

  private static Kind kind(String code) {
    if (code == null) {
      return null;
    }
    try {
      return Kind.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
