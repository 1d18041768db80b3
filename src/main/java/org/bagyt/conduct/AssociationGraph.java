package org.bagyt.conduct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * The association network as a graph: prisoners are vertices, and two prisoners are tied when at least one link joins
 * them (the tie keeps every link, of every kind). Pure computation on compact arrays, no database, so the benchmark
 * and tests use it as the service does. JGraphT's general graphs (boxed vertices, hashed edge sets) took 1.3 to 3 s
 * to build and 4 to 8 s for label propagation on 10,000 prisoners and 200,000 links here (docs/benchmarks.md), so the
 * algorithms run on adjacency arrays; the tests check them against JGraphT's on graphs small enough for it.
 *
 * <ul>
 *   <li>Communities: label propagation (Raghavan, Albert and Kumara 2007), linear in the ties per round; Girvan-Newman
 *       is cubic and out of reach at national scale. Fixed seed and ties broken by the smallest label, so the same
 *       links always give the same communities.</li>
 *   <li>Central members: betweenness centrality (Brandes 2001), who lies on the shortest chains between others, i.e.
 *       who connects groups. Exact up to {@value #EXACT_LIMIT} prisoners; above, from a fixed sample of {@value #PIVOTS}
 *       source prisoners, scaled up (Brandes and Pich 2007): the same ranking of the most central at a small fraction
 *       of the O(VE) cost.</li>
 *   <li>The shortest chain between two prisoners: breadth-first search.</li>
 * </ul>
 */
public final class AssociationGraph {

  static final int EXACT_LIMIT = 2_000;
  static final int PIVOTS = 128;
  private static final long SEED = 20260301L;
  private static final int LABEL_ROUNDS = 30;

  /** A community: members ordered by id; numbered 1 for the largest. */
  public record Community(int number, List<UUID> members) {}

  /** A central member: betweenness, number of ties, and how many communities their ties reach (their own included). */
  public record CentralMember(UUID prisonerId, double betweenness, int ties, int communitiesReached) {}

  /** One step of a chain, or one tie: from one prisoner to the other, with every link that ties them. */
  public record Step(UUID from, UUID to, List<AssociationLink> links) {}

  /** What the analysis found; {@code approximate} when betweenness was estimated from a sample. */
  public record Analysis(int prisoners, int ties, int links, List<Community> communities, Map<UUID, Integer> communityOf,
      List<CentralMember> central, boolean approximate) {}

  private final List<UUID> people = new ArrayList<>();
  private final Map<UUID, Integer> index = new HashMap<>();
  /** Tie number to its two vertices and links. */
  private final List<int[]> ends = new ArrayList<>();
  private final List<List<AssociationLink>> tieLinks = new ArrayList<>();
  private int links;
  /** Adjacency in compressed rows: the neighbours of v are neighbour[offset[v]] to neighbour[offset[v + 1] - 1]. */
  private int[] offset;
  private int[] neighbour;
  private int[] tieOf;

  private AssociationGraph() {}

  /** The graph of these links; a link of a prisoner with themself is ignored. */
  public static AssociationGraph of(Collection<AssociationLink> links) {
    var g = new AssociationGraph();
    var ties = new HashMap<Long, Integer>(links.size() * 2);
    for (AssociationLink link : links) {
      if (link.prisonerA().equals(link.prisonerB())) {
        continue;
      }
      int a = g.vertex(link.prisonerA());
      int b = g.vertex(link.prisonerB());
      long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
      Integer tie = ties.get(key);
      if (tie == null) {
        tie = g.ends.size();
        ties.put(key, tie);
        g.ends.add(new int[] {a, b});
        g.tieLinks.add(new ArrayList<>(1));
      }
      g.tieLinks.get(tie).add(link);
      g.links++;
    }
    g.compress();
    return g;
  }

  private int vertex(UUID prisoner) {
    Integer v = index.get(prisoner);
    if (v == null) {
      v = people.size();
      people.add(prisoner);
      index.put(prisoner, v);
    }
    return v;
  }

  private void compress() {
    int n = people.size();
    offset = new int[n + 1];
    for (int[] e : ends) {
      offset[e[0] + 1]++;
      offset[e[1] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      offset[v + 1] += offset[v];
    }
    neighbour = new int[offset[n]];
    tieOf = new int[offset[n]];
    int[] next = Arrays.copyOf(offset, n);
    for (int t = 0; t < ends.size(); t++) {
      int a = ends.get(t)[0];
      int b = ends.get(t)[1];
      neighbour[next[a]] = b;
      tieOf[next[a]++] = t;
      neighbour[next[b]] = a;
      tieOf[next[b]++] = t;
    }
  }

  public int prisoners() {
    return people.size();
  }

  public int ties() {
    return ends.size();
  }

  public boolean contains(UUID prisoner) {
    return index.containsKey(prisoner);
  }

  /** Every tie, as the two prisoners and their links. */
  public List<Step> allTies() {
    var all = new ArrayList<Step>(ends.size());
    for (int t = 0; t < ends.size(); t++) {
      all.add(new Step(people.get(ends.get(t)[0]), people.get(ends.get(t)[1]), tieLinks.get(t)));
    }
    return all;
  }

  /** Communities, the {@code top} most central members (none asked: betweenness is not computed), every community. */
  public Analysis analyse(int top) {
    List<Community> communities = communities();
    Map<UUID, Integer> communityOf = new HashMap<>();
    int[] byVertex = new int[people.size()];
    for (Community c : communities) {
      for (UUID p : c.members()) {
        communityOf.put(p, c.number());
        byVertex[index.get(p)] = c.number();
      }
    }
    var central = new ArrayList<CentralMember>();
    if (top > 0 && !people.isEmpty()) {
      double[] scores = betweenness();
      Integer[] order = new Integer[people.size()];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparingDouble((Integer v) -> -scores[v]).thenComparing(people::get));
      for (int i = 0; i < Math.min(top, order.length); i++) {
        int v = order[i];
        long reached = java.util.stream.IntStream.range(offset[v], offset[v + 1]).map(j -> byVertex[neighbour[j]])
            .filter(c -> c != byVertex[v]).distinct().count() + 1;
        central.add(new CentralMember(people.get(v), scores[v], offset[v + 1] - offset[v], (int) reached));
      }
    }
    return new Analysis(prisoners(), ties(), links, communities, communityOf, central, people.size() > EXACT_LIMIT);
  }

  /** Communities by label propagation, largest first (ties broken by the smallest member id, so numbers are stable). */
  public List<Community> communities() {
    int n = people.size();
    int[] label = new int[n];
    Arrays.setAll(label, v -> v);
    int[] order = new int[n];
    Arrays.setAll(order, v -> v);
    int[] count = new int[n];
    int[] seen = new int[n];
    var random = new Random(SEED);
    for (int round = 0; round < LABEL_ROUNDS; round++) {
      shuffle(order, random);
      boolean changed = false;
      for (int v : order) {
        int distinct = 0;
        int best = label[v];
        int bestCount = 0;
        for (int j = offset[v]; j < offset[v + 1]; j++) {
          int l = label[neighbour[j]];
          if (count[l]++ == 0) {
            seen[distinct++] = l;
          }
        }
        for (int i = 0; i < distinct; i++) {
          int l = seen[i];
          if (count[l] > bestCount || count[l] == bestCount && l < best) {
            best = l;
            bestCount = count[l];
          }
        }
        // Keep the present label when it is among the most frequent: the rounds then settle.
        if (distinct > 0 && count[label[v]] < bestCount) {
          label[v] = best;
          changed = true;
        }
        for (int i = 0; i < distinct; i++) {
          count[seen[i]] = 0;
        }
      }
      if (!changed) {
        break;
      }
    }
    Map<Integer, List<UUID>> groups = new HashMap<>();
    for (int v = 0; v < n; v++) {
      groups.computeIfAbsent(label[v], l -> new ArrayList<>()).add(people.get(v));
    }
    List<List<UUID>> sorted = new ArrayList<>(groups.values());
    sorted.forEach(g -> g.sort(null));
    sorted.sort(Comparator.comparingInt((List<UUID> g) -> -g.size()).thenComparing(g -> g.get(0)));
    var communities = new ArrayList<Community>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      communities.add(new Community(i + 1, sorted.get(i)));
    }
    return communities;
  }

  /** Betweenness of every vertex (undirected: each chain counted once); exact up to {@link #EXACT_LIMIT}, sampled above. */
  double[] betweenness() {
    int n = people.size();
    double[] scores = new double[n];
    int[] sources = n <= EXACT_LIMIT ? java.util.stream.IntStream.range(0, n).toArray() : sample(n, PIVOTS);
    double[] sigma = new double[n];
    int[] distance = new int[n];
    double[] delta = new double[n];
    int[] visited = new int[n];
    for (int s : sources) {
      Arrays.fill(sigma, 0);
      Arrays.fill(distance, -1);
      Arrays.fill(delta, 0);
      sigma[s] = 1;
      distance[s] = 0;
      int head = 0;
      int tail = 0;
      visited[tail++] = s;
      while (head < tail) {
        int v = visited[head++];
        for (int j = offset[v]; j < offset[v + 1]; j++) {
          int w = neighbour[j];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            visited[tail++] = w;
          }
          if (distance[w] == distance[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) {
        int w = visited[i];
        for (int j = offset[w]; j < offset[w + 1]; j++) {
          int v = neighbour[j];
          if (distance[v] == distance[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
          }
        }
        scores[w] += delta[w];
      }
    }
    // Each source stands for n / sources of them; an undirected chain is counted from both of its ends.
    double scale = (double) n / sources.length / 2;
    for (int v = 0; v < n; v++) {
      scores[v] *= scale;
    }
    return scores;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** {@code k} distinct vertices drawn with the fixed seed (partial Fisher-Yates). */
  private static int[] sample(int n, int k) {
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    var random = new Random(SEED);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return Arrays.copyOf(all, k);
  }

  /** The shortest chain of ties from {@code a} to {@code b}, if they are connected at all. */
  public Optional<List<Step>> chain(UUID a, UUID b) {
    Integer from = index.get(a);
    Integer to = index.get(b);
    if (from == null || to == null || from.equals(to)) {
      return Optional.empty();
    }
    int[] via = new int[people.size()];
    Arrays.fill(via, -1);
    int[] queue = new int[people.size()];
    int head = 0;
    int tail = 0;
    queue[tail++] = from;
    via[from] = Integer.MAX_VALUE;
    while (head < tail && via[to] < 0) {
      int v = queue[head++];
      for (int j = offset[v]; j < offset[v + 1]; j++) {
        int w = neighbour[j];
        if (via[w] < 0) {
          via[w] = j;
          queue[tail++] = w;
        }
      }
    }
    if (via[to] < 0) {
      return Optional.empty();
    }
    var steps = new ArrayList<Step>();
    for (int w = to; w != from; ) {
      int t = tieOf[via[w]];
      int v = ends.get(t)[0] == w ? ends.get(t)[1] : ends.get(t)[0];
      steps.add(0, new Step(people.get(v), people.get(w), tieLinks.get(t)));
      w = v;
    }
    return Optional.of(steps);
  }
}
