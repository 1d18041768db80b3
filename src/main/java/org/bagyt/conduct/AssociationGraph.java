package org.bagyt.conduct;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.SimpleGraph;

/**
 * The association network as a graph: prisoners are vertices, and two prisoners are tied when at least one link joins
 * them (the tie keeps every link, of every kind). Pure computation, no database, so the benchmark and tests use it
 * as the service does.
 *
 * <ul>
 *   <li>Communities: label propagation (near-linear in the links; Girvan-Newman is cubic and out of reach at
 *       national scale), with a fixed seed so the same links always give the same communities.</li>
 *   <li>Central members: betweenness centrality, who lies on the shortest chains between others, i.e. who connects
 *       groups. Exact (JGraphT, Brandes) up to {@value #EXACT_LIMIT} prisoners; above, Brandes from a fixed sample of
 *       {@value #PIVOTS} source prisoners, scaled up (Brandes and Pich 2007), which ranks the most central members the
 *       same way at a small fraction of the O(VE) cost.</li>
 *   <li>The shortest chain between two prisoners: breadth-first search.</li>
 * </ul>
 */
public final class AssociationGraph {

  static final int EXACT_LIMIT = 2_000;
  static final int PIVOTS = 256;
  private static final long SEED = 20260301L;
  private static final int LABEL_ITERATIONS = 50;

  /** A community: members, in no meaningful order; numbered 1 for the largest. */
  public record Community(int number, List<UUID> members) {}

  /** A central member: betweenness, number of ties, and how many communities their ties reach (their own included). */
  public record CentralMember(UUID prisonerId, double betweenness, int ties, int communitiesReached) {}

  /** One step of a chain: from one prisoner to the next, with every link that ties them. */
  public record Step(UUID from, UUID to, List<AssociationLink> links) {}

  /** What the analysis found; {@code approximate} when betweenness was estimated from a sample. */
  public record Analysis(int prisoners, int ties, int links, List<Community> communities, Map<UUID, Integer> communityOf,
      List<CentralMember> central, boolean approximate) {}

  /** A tie between two prisoners (vertex numbers), with the links behind it. */
  public static final class Tie {
    final int a;
    final int b;
    final List<AssociationLink> links = new ArrayList<>(1);

    Tie(int a, int b) {
      this.a = a;
      this.b = b;
    }

    public List<AssociationLink> links() {
      return links;
    }
  }

  private final List<UUID> people = new ArrayList<>();
  private final Map<UUID, Integer> index = new HashMap<>();
  private final Graph<Integer, Tie> graph = new SimpleGraph<>(null, null, false);
  private int links;

  private AssociationGraph() {}

  /** The graph of these links; a link of a prisoner with themself is ignored. */
  public static AssociationGraph of(Collection<AssociationLink> links) {
    var g = new AssociationGraph();
    links.forEach(g::add);
    return g;
  }

  private void add(AssociationLink link) {
    if (link.prisonerA().equals(link.prisonerB())) {
      return;
    }
    int a = vertex(link.prisonerA());
    int b = vertex(link.prisonerB());
    Tie tie = graph.getEdge(a, b);
    if (tie == null) {
      tie = new Tie(a, b);
      graph.addEdge(a, b, tie);
    }
    tie.links.add(link);
    links++;
  }

  private int vertex(UUID prisoner) {
    return index.computeIfAbsent(prisoner, p -> {
      int v = people.size();
      people.add(p);
      graph.addVertex(v);
      return v;
    });
  }

  public int prisoners() {
    return people.size();
  }

  public int ties() {
    return graph.edgeSet().size();
  }

  public boolean contains(UUID prisoner) {
    return index.containsKey(prisoner);
  }

  /** Every tie, as the two prisoners and their links. */
  public List<Step> allTies() {
    return graph.edgeSet().stream().map(t -> new Step(people.get(t.a), people.get(t.b), t.links)).toList();
  }

  /** Communities, the {@code top} most central members, and every prisoner's community. */
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
    double[] scores = betweenness();
    Integer[] order = new Integer[people.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer v) -> -scores[v]).thenComparing(v -> people.get(v)));
    var central = new ArrayList<CentralMember>();
    for (int i = 0; i < Math.min(top, order.length); i++) {
      int v = order[i];
      Set<Integer> reached = new HashSet<>();
      reached.add(byVertex[v]);
      for (Tie t : graph.edgesOf(v)) {
        reached.add(byVertex[t.a == v ? t.b : t.a]);
      }
      central.add(new CentralMember(people.get(v), scores[v], graph.degreeOf(v), reached.size()));
    }
    return new Analysis(prisoners(), ties(), links, communities, communityOf, central, people.size() > EXACT_LIMIT);
  }

  /** Communities by label propagation, largest first (ties broken by the smallest member id, so numbers are stable). */
  public List<Community> communities() {
    var clustering = new LabelPropagationClustering<>(graph, LABEL_ITERATIONS, new Random(SEED)).getClustering();
    List<List<UUID>> groups = new ArrayList<>();
    for (Set<Integer> cluster : clustering.getClusters()) {
      groups.add(cluster.stream().map(people::get).sorted().toList());
    }
    groups.sort(Comparator.comparingInt((List<UUID> g) -> -g.size()).thenComparing(g -> g.get(0)));
    var communities = new ArrayList<Community>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      communities.add(new Community(i + 1, groups.get(i)));
    }
    return communities;
  }

  /** Betweenness of every vertex: exact for small graphs, sampled above {@link #EXACT_LIMIT}. */
  double[] betweenness() {
    int n = people.size();
    double[] scores = new double[n];
    if (n <= EXACT_LIMIT) {
      new BetweennessCentrality<>(graph, false).getScores().forEach((v, s) -> scores[v] = s);
      return scores;
    }
    int[][] adjacency = adjacency();
    int[] pivots = sample(n, PIVOTS);
    double[] sigma = new double[n];
    int[] distance = new int[n];
    double[] delta = new double[n];
    int[] stack = new int[n];
    var queue = new ArrayDeque<Integer>();
    for (int s : pivots) {
      Arrays.fill(sigma, 0);
      Arrays.fill(distance, -1);
      Arrays.fill(delta, 0);
      sigma[s] = 1;
      distance[s] = 0;
      int top = 0;
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        stack[top++] = v;
        for (int w : adjacency[v]) {
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            queue.add(w);
          }
          if (distance[w] == distance[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      while (top > 0) {
        int w = stack[--top];
        for (int v : adjacency[w]) {
          if (distance[v] == distance[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
          }
        }
        if (w != s) {
          scores[w] += delta[w];
        }
      }
    }
    // Each pivot stands for n / pivots sources; an undirected chain is counted from both of its ends.
    double scale = (double) n / pivots.length / 2;
    for (int v = 0; v < n; v++) {
      scores[v] *= scale;
    }
    return scores;
  }

  private int[][] adjacency() {
    int[][] adjacency = new int[people.size()][];
    for (int v = 0; v < adjacency.length; v++) {
      var ties = graph.edgesOf(v);
      int[] neighbours = new int[ties.size()];
      int i = 0;
      for (Tie t : ties) {
        neighbours[i++] = t.a == v ? t.b : t.a;
      }
      adjacency[v] = neighbours;
    }
    return adjacency;
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
    GraphPath<Integer, Tie> path = new BFSShortestPath<>(graph).getPath(from, to);
    if (path == null) {
      return Optional.empty();
    }
    var steps = new ArrayList<Step>();
    List<Integer> vertices = path.getVertexList();
    List<Tie> ties = path.getEdgeList();
    for (int i = 0; i < ties.size(); i++) {
      steps.add(new Step(people.get(vertices.get(i)), people.get(vertices.get(i + 1)), ties.get(i).links));
    }
    return Optional.of(steps);
  }
}
