package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The analysis on graphs whose answer is known: two tight groups joined through one go-between, whose communities,
 * central member and shortest chains anyone can check by hand; and the sampled betweenness of a large graph still
 * ranks its bridge first.
 */
class AssociationGraphTest {

  static final LocalDate DAY = LocalDate.of(2026, 1, 10);

  static UUID p(int n) {
    return new UUID(0, n);
  }

  static AssociationLink link(int a, int b, LinkKind kind) {
    return new AssociationLink(p(a), p(b), kind, DAY, null, "test " + a + "-" + b);
  }

  /** 1-2-3-4 all tied (a case), 6-7-8-9 all tied (a cell), 4-5 and 5-6 by intelligence: 5 joins the two groups. */
  static List<AssociationLink> twoGroupsAndAGoBetween() {
    var links = new ArrayList<AssociationLink>();
    for (int a = 1; a <= 4; a++) {
      for (int b = a + 1; b <= 4; b++) {
        links.add(link(a, b, LinkKind.CO_DEFENDANT));
        links.add(link(a + 5, b + 5, LinkKind.SHARED_CELL));
      }
    }
    links.add(link(4, 5, LinkKind.INTELLIGENCE));
    links.add(link(5, 6, LinkKind.INTELLIGENCE));
    return links;
  }

  @Test
  void findsTheTwoCommunitiesAndTheGoBetweenAsTheMostCentralMember() {
    var analysis = AssociationGraph.of(twoGroupsAndAGoBetween()).analyse(3);

    assertThat(analysis.prisoners()).isEqualTo(9);
    assertThat(analysis.ties()).isEqualTo(14);
    assertThat(analysis.approximate()).isFalse();
    var c = analysis.communityOf();
    assertThat(java.util.stream.Stream.of(1, 2, 3, 4).map(n -> c.get(p(n))).distinct()).hasSize(1);
    assertThat(java.util.stream.Stream.of(6, 7, 8, 9).map(n -> c.get(p(n))).distinct()).hasSize(1);
    assertThat(c.get(p(1))).isNotEqualTo(c.get(p(9)));
    // 5 lies on the one shortest chain of each of the 4 x 4 pairs across the groups: betweenness 16.
    assertThat(analysis.central().get(0).prisonerId()).isEqualTo(p(5));
    assertThat(analysis.central().get(0).betweenness()).isEqualTo(16.0);
    assertThat(analysis.central().get(0).communitiesReached()).isEqualTo(2);
    // Then the two members who tie their group to the go-between.
    assertThat(analysis.central().subList(1, 3)).extracting(AssociationGraph.CentralMember::prisonerId)
        .containsExactlyInAnyOrder(p(4), p(6));
  }

  @Test
  void theShortestChainGoesThroughTheGoBetweenWithTheLinksOfEachStep() {
    var graph = AssociationGraph.of(twoGroupsAndAGoBetween());

    var chain = graph.chain(p(1), p(9)).orElseThrow();

    assertThat(chain).extracting(AssociationGraph.Step::to).containsExactly(p(4), p(5), p(6), p(9));
    assertThat(chain.get(1).links()).extracting(AssociationLink::kind).containsExactly(LinkKind.INTELLIGENCE);
    assertThat(chain.get(0).links()).extracting(AssociationLink::source).containsExactly("test 1-4");
    assertThat(graph.chain(p(1), p(42))).isEmpty();
  }

  @Test
  void filtersByKindAndDate() {
    var links = new ArrayList<>(twoGroupsAndAGoBetween());
    links.add(new AssociationLink(p(1), p(9), LinkKind.SHARED_CELL, DAY.minusYears(2), DAY.minusYears(1), "old cell"));
    var recent = new NetworkFilter(null, DAY.minusMonths(1), null);
    var intelligence = new NetworkFilter(Set.of(LinkKind.INTELLIGENCE), null, null);

    assertThat(AssociationGraph.of(links.stream().filter(recent::admits).toList()).chain(p(1), p(9)).orElseThrow())
        .hasSize(4);
    assertThat(AssociationGraph.of(links).chain(p(1), p(9)).orElseThrow()).hasSize(1);
    assertThat(AssociationGraph.of(links.stream().filter(intelligence::admits).toList()).prisoners()).isEqualTo(3);
  }

  @Test
  void betweennessAndChainsMatchJGraphTOnARandomGraph() {
    var random = new java.util.Random(11);
    var links = new ArrayList<AssociationLink>();
    var jgrapht = new org.jgrapht.graph.SimpleGraph<UUID, org.jgrapht.graph.DefaultEdge>(
        org.jgrapht.graph.DefaultEdge.class);
    for (int i = 0; i < 900; i++) {
      int a = random.nextInt(300);
      int b = random.nextInt(300);
      if (a != b) {
        links.add(link(a, b, LinkKind.SHARED_CELL));
        jgrapht.addVertex(p(a));
        jgrapht.addVertex(p(b));
        jgrapht.addEdge(p(a), p(b));
      }
    }
    var graph = AssociationGraph.of(links);
    var ours = graph.analyse(300).central();
    var theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(jgrapht, false).getScores();

    assertThat(ours).hasSize(jgrapht.vertexSet().size());
    ours.forEach(m -> assertThat(m.betweenness()).as(m.prisonerId().toString())
        .isCloseTo(theirs.get(m.prisonerId()), org.assertj.core.data.Offset.offset(1e-6)));
    for (int i = 0; i < 20; i++) {
      UUID a = p(random.nextInt(300));
      UUID b = p(random.nextInt(300));
      if (!a.equals(b) && graph.contains(a) && graph.contains(b)) {
        var path = org.jgrapht.alg.shortestpath.BFSShortestPath.findPathBetween(jgrapht, a, b);
        assertThat(graph.chain(a, b).map(List::size).orElse(-1)).isEqualTo(path == null ? -1 : path.getLength());
      }
    }
  }

  @Test
  void onALargeGraphTheSampledBetweennessStillRanksTheBridgesFirst() {
    // Two random groups of 1,500 prisoners, 12,000 links each, joined only through 1 - 0 - 1501: every chain between
    // the groups passes those three, so they are the three most central, whatever the sample.
    var links = new ArrayList<AssociationLink>();
    var random = new java.util.Random(7);
    for (int side = 0; side < 2; side++) {
      int base = 1 + side * 1_500;
      for (int i = 0; i < 12_000; i++) {
        int a = base + random.nextInt(1_500);
        int b = base + random.nextInt(1_500);
        if (a != b) {
          links.add(link(a, b, LinkKind.SHARED_CELL));
        }
      }
      links.add(link(0, base, LinkKind.INTELLIGENCE));
    }

    var analysis = AssociationGraph.of(links).analyse(3);

    assertThat(analysis.approximate()).isTrue();
    assertThat(analysis.central()).extracting(AssociationGraph.CentralMember::prisonerId)
        .containsExactlyInAnyOrder(p(0), p(1), p(1_501));
  }
}
