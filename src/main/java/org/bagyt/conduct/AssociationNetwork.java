package org.bagyt.conduct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.conduct.AssociationGraph.Analysis;
import org.bagyt.conduct.AssociationGraph.Step;
import org.bagyt.conduct.internal.PrisonerNames;
import org.bagyt.conduct.internal.SingleKindSource;
import org.bagyt.conduct.internal.PrisonerNames.Named;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association network: every link every {@link AssociationLinkSource} knows of (co-defendant cases, shared cells,
 * visitors, incidents, usable intelligence), filtered by kind and date, analysed for communities, central members and
 * the shortest chain between two prisoners. Analysts and headquarters see the whole service; a governor sees the
 * links in which at least one of the two is held in their facilities. Every view is audited.
 * {@link #communityMemberships()} is for the allocation module's group separation.
 */
@Service
public class AssociationNetwork {

  public static final String READ = "network.read";
  static final String RESOURCE = "ASSOCIATION_NETWORK";
  /** Central members listed. */
  static final int CENTRAL = 20;
  /** Prisoners drawn in the graph at most: the largest communities first; the tables list the rest. */
  public static final int DRAWN = 400;

  /** A prisoner as the network shows them, with their community. */
  public record Member(UUID id, String number, String name, String facilityCode, int community) {}

  /** A central member as shown. */
  public record Central(Member member, double betweenness, int ties, int communitiesReached) {}

  /** A community as shown: its number, size and members (the first {@value #DRAWN} at most). */
  public record Group(int number, int size, List<Member> members) {}

  /** A tie drawn in the graph: the two prisoners and its links. */
  public record Edge(UUID a, UUID b, List<AssociationLink> links) {}

  /** The analysis for the page and the API: counts, communities, central members and the drawn part of the graph. */
  public record View(NetworkFilter filter, int prisoners, int ties, int links, boolean approximate, List<Group> communities,
      List<Central> central, List<Member> drawn, List<Edge> edges) {}

  /** The shortest chain between two prisoners: each step with its links; empty when they are not connected. */
  public record Chain(Member from, Member to, List<Member> prisoners, List<Step> steps) {}

  private final List<AssociationLinkSource> sources;
  private final PrisonerNames names;
  private final AuditTrail audit;

  AssociationNetwork(List<AssociationLinkSource> sources, PrisonerNames names, AuditTrail audit) {
    this.sources = sources;
    this.names = names;
    this.audit = audit;
  }

  /** Every link of every source that the filter admits, as a system reader sees them (no facility scope). */
  List<AssociationLink> links(NetworkFilter filter) {
    return sources.stream().filter(s -> !(s instanceof SingleKindSource single) || filter.kinds().contains(single.kind()))
        .flatMap(AssociationLinkSource::links).filter(filter::admits).toList();
  }

  /**
   * Community memberships over every link of every kind, for group separation: prisoners with the same number are in
   * one community. Numbers are not stable from one call to the next when links change; compare within one call.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Integer> communityMemberships() {
    return AssociationGraph.of(links(NetworkFilter.everything())).analyse(0).communityOf();
  }

  @Transactional
  public View view(NetworkFilter filter) {
    SignedInUser user = SignedInUser.require(READ);
    var scoped = scoped(user, filter);
    AssociationGraph graph = AssociationGraph.of(scoped.links());
    Analysis analysis = graph.analyse(CENTRAL);
    Map<UUID, Named> people = scoped.people();
    var groups = new ArrayList<Group>();
    var drawn = new LinkedHashSet<UUID>();
    for (AssociationGraph.Community c : analysis.communities()) {
      var members = c.members().stream().limit(DRAWN).map(p -> member(people, p, c.number())).toList();
      groups.add(new Group(c.number(), c.members().size(), members));
      if (drawn.size() + c.members().size() <= DRAWN) {
        drawn.addAll(c.members());
      }
    }
    if (drawn.isEmpty() && !analysis.communities().isEmpty()) {
      // One community larger than the graph can show: its first members (by id) stand for it.
      analysis.communities().get(0).members().stream().limit(DRAWN).forEach(drawn::add);
    }
    var central = analysis.central().stream().map(m -> new Central(member(people, m.prisonerId(),
        analysis.communityOf().get(m.prisonerId())), m.betweenness(), m.ties(), m.communitiesReached())).toList();
    var edges = graph.allTies().stream().filter(t -> drawn.contains(t.from()) && drawn.contains(t.to()))
        .map(t -> new Edge(t.from(), t.to(), t.links())).toList();
    audit.record(AuditEvent.read(RESOURCE, null).withPurpose(describe(filter)));
    return new View(filter, analysis.prisoners(), analysis.ties(), analysis.links(), analysis.approximate(), groups,
        central, drawn.stream().map(p -> member(people, p, analysis.communityOf().get(p))).toList(), edges);
  }

  /**
   * The shortest chain between two prisoners (each by id or number) in the links the reader may see; audited for both.
   * A prisoner missing, the same twice, or without a link in the network shown is refused at the field (400).
   */
  @Transactional
  public Chain chain(String a, String b, NetworkFilter filter) {
    SignedInUser user = SignedInUser.require(READ);
    var scoped = scoped(user, filter);
    var errors = new java.util.LinkedHashMap<String, String>();
    Optional<UUID> first = find(scoped.people(), a, "a", errors);
    Optional<UUID> second = find(scoped.people(), b, "b", errors);
    if (first.isPresent() && first.equals(second)) {
      errors.put("b", "network.error.same-prisoner");
    }
    InvalidFields.throwIfAny(errors);
    AssociationGraph graph = AssociationGraph.of(scoped.links());
    UUID from = first.orElseThrow();
    UUID to = second.orElseThrow();
    Map<UUID, Integer> communityOf = graph.analyse(0).communityOf();
    List<Step> steps = graph.chain(from, to).orElse(List.of());
    var prisoners = new ArrayList<Member>();
    if (!steps.isEmpty()) {
      prisoners.add(member(scoped.people(), from, communityOf.get(from)));
      steps.forEach(s -> prisoners.add(member(scoped.people(), s.to(), communityOf.get(s.to()))));
    }
    for (UUID p : List.of(from, to)) {
      audit.record(AuditEvent.read(RESOURCE, null).forPrisoner(p).withPurpose("chain " + describe(filter)));
    }
    return new Chain(member(scoped.people(), from, communityOf.get(from)), member(scoped.people(), to,
        communityOf.get(to)), prisoners, steps);
  }

  /** A prisoner of the network shown, by id or number. */
  private static Optional<UUID> find(Map<UUID, Named> people, String ref, String field, Map<String, String> errors) {
    if (ref == null || ref.isBlank()) {
      errors.put(field, "network.error.prisoner-required");
      return Optional.empty();
    }
    String r = ref.strip();
    Optional<UUID> found = people.values().stream()
        .filter(p -> p.number().equalsIgnoreCase(r) || p.id().toString().equalsIgnoreCase(r)).map(Named::id).findFirst();
    if (found.isEmpty()) {
      errors.put(field, "network.error.not-in-network");
    }
    return found;
  }

  private record Scoped(List<AssociationLink> links, Map<UUID, Named> people) {}

  /** The links the reader may see, and who is in them. */
  private Scoped scoped(SignedInUser user, NetworkFilter filter) {
    List<AssociationLink> links = links(filter);
    Set<UUID> ids = links.stream().flatMap(l -> Stream.of(l.prisonerA(), l.prisonerB())).collect(Collectors.toSet());
    Map<UUID, Named> all = names.of(ids);
    Map<UUID, Named> people = all;
    if (!Intelligence.national(user)) {
      var mine = new HashSet<>(user.facilityIds());
      links = links.stream().filter(l -> mine.contains(facility(all, l.prisonerA()))
          || mine.contains(facility(all, l.prisonerB()))).toList();
      Set<UUID> shown = links.stream().flatMap(l -> Stream.of(l.prisonerA(), l.prisonerB())).collect(Collectors.toSet());
      people = all.entrySet().stream().filter(e -> shown.contains(e.getKey()))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
    return new Scoped(links, people);
  }

  private static UUID facility(Map<UUID, Named> people, UUID id) {
    Named n = people.get(id);
    return n == null ? null : n.facilityId();
  }

  private static Member member(Map<UUID, Named> people, UUID id, Integer community) {
    Named n = PrisonerNames.orUnknown(people, id);
    return new Member(id, n.number(), n.name(), n.facilityCode(), community == null ? 0 : community);
  }

  private static String describe(NetworkFilter f) {
    return f.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
        + (f.from() == null ? "" : " from " + f.from()) + (f.to() == null ? "" : " to " + f.to());
  }
}
