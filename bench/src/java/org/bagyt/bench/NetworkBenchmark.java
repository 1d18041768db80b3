package org.bagyt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bagyt.conduct.AssociationGraph;
import org.bagyt.conduct.AssociationLink;
import org.bagyt.conduct.LinkKind;
import org.bagyt.conduct.NetworkFilter;

/**
 * The association network at national scale: 10,000 prisoners and 200,000 links (issue 7), analysed as
 * {@code AssociationNetwork} does it: the links filtered, the graph built, communities by label propagation, the 20 most
 * central members by (sampled) betweenness, and the shortest chain between two prisoners. Pure computation: the links
 * are generated, so the figure is the analysis, not the reading of the links from PostgreSQL.
 *
 * <p>The links have the shape of a prison service: prisoners in groups of 4 to 60 (co-defendant cases, cells,
 * detachments) with most links inside a group, and the rest across the service (transfers, visitors, incidents).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=org.bagyt.bench.NetworkBenchmark}. Settings:
 * {@code bench.prisoners} (10000), {@code bench.links} (200000), {@code bench.rounds} (5), {@code bench.seed}.
 */
public final class NetworkBenchmark {

  public static void main(String[] args) throws Exception {
    int prisoners = Integer.getInteger("bench.prisoners", 10_000);
    int linkCount = Integer.getInteger("bench.links", 200_000);
    int rounds = Integer.getInteger("bench.rounds", 5);
    long seed = Long.getLong("bench.seed", 20261204L);
    List<AssociationLink> links = generate(prisoners, linkCount, seed);
    System.out.printf("%,d prisoners, %,d links generated%n", prisoners, links.size());

    long[] times = new long[rounds];
    String shape = "";
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      var filter = NetworkFilter.everything();
      var graph = AssociationGraph.of(links.stream().filter(filter::admits).toList());
      long built = System.nanoTime();
      graph.communities();
      long communities = System.nanoTime();
      var analysis = graph.analyse(20);
      long analysed = System.nanoTime();
      var chain = graph.chain(new UUID(0, 1), new UUID(0, prisoners / 2 + 7));
      times[r] = System.nanoTime() - start - (communities - built);
      System.out.printf("  build %,d ms, communities %,d ms, communities + betweenness %,d ms, chain %,d ms%n",
          (built - start) / 1_000_000, (communities - built) / 1_000_000, (analysed - communities) / 1_000_000,
          (System.nanoTime() - analysed) / 1_000_000);
      shape = "%,d ties, %,d communities (largest %,d), approximate betweenness: %s, chain of %d steps".formatted(
          analysis.ties(), analysis.communities().size(), analysis.communities().get(0).members().size(),
          analysis.approximate(), chain.map(List::size).orElse(-1));
      System.out.printf("round %d: %,d ms; %s%n", r + 1, times[r] / 1_000_000, shape);
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    String result = """
        | prisoners | links | ties | analysis (median of %d) | slowest | first (cold JVM) |
        |---:|---:|---:|---:|---:|---:|
        | %,d | %,d | %s | **%,d ms** | %,d ms | %,d ms |

        %s
        """.formatted(rounds, prisoners, links.size(), shape.split(" ties")[0], sorted[rounds / 2] / 1_000_000,
        sorted[rounds - 1] / 1_000_000, times[0] / 1_000_000, shape);
    System.out.println(result);
    Path out = Path.of("target/bench/network.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result);
  }

  /** Groups of 4 to 60 with 70% of the links inside a group, 30% across the service; kinds and dates mixed. */
  static List<AssociationLink> generate(int prisoners, int linkCount, long seed) {
    var random = new Random(seed);
    int[] groupStart = new int[prisoners + 1];
    int[] groupSize = new int[prisoners + 1];
    for (int p = 1; p <= prisoners; ) {
      int size = Math.min(4 + random.nextInt(57), prisoners - p + 1);
      for (int i = 0; i < size; i++) {
        groupStart[p + i] = p;
        groupSize[p + i] = size;
      }
      p += size;
    }
    LinkKind[] kinds = LinkKind.values();
    LocalDate today = LocalDate.of(2026, 12, 4);
    var links = new ArrayList<AssociationLink>(linkCount);
    while (links.size() < linkCount) {
      int a = 1 + random.nextInt(prisoners);
      int b = random.nextInt(10) < 7 ? groupStart[a] + random.nextInt(groupSize[a]) : 1 + random.nextInt(prisoners);
      if (a == b) {
        continue;
      }
      LocalDate from = today.minusDays(random.nextInt(3_650));
      LocalDate to = random.nextBoolean() ? null : from.plusDays(random.nextInt(400));
      links.add(new AssociationLink(new UUID(0, a), new UUID(0, b), kinds[random.nextInt(kinds.length)], from, to,
          "bench " + links.size()));
    }
    return links;
  }

  private NetworkBenchmark() {}
}
