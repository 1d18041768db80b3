package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The association network over the demo service: co-defendant cases, shared cells and intelligence make communities
 * and central members; the chain between two co-defendants of different cases goes through the one tried in both; a
 * governor sees only links touching their facility; bad filters are refused; every view is audited.
 */
class NetworkTest extends IntegrationTest {

  WebClient signedIn(String user, String language) {
    WebClient c = client().acceptLanguage(language);
    c.signIn(user, DemoData.DEMO_PASSWORD);
    c.get("/");
    return c;
  }

  @Test
  void theChainBetweenDefendantsOfTwoCasesGoesThroughTheOneTriedInBoth() {
    // A prisoner in two cases, and a co-defendant from each.
    var bridge = jdbc.sql("""
        SELECT d.prisoner_id, min(d.case_id::text), max(d.case_id::text) FROM co_defendant d
        GROUP BY d.prisoner_id HAVING count(*) = 2 ORDER BY d.prisoner_id LIMIT 1""")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
    String a = other(bridge[1], bridge[0]);
    String b = other(bridge[2], bridge[0]);
    WebClient analyst = signedIn("analyst", "en");

    var chain = analyst.get("/api/v1/network/chain?kinds=CO_DEFENDANT&a=" + a + "&b=" + b);

    assertThat(chain.status()).as(chain.body()).isEqualTo(200);
    assertThat(chain.body()).contains("\"steps\":[{\"from\":\"" + a + "\",\"to\":\"" + bridge[0] + "\"")
        .contains("\"kind\":\"CO_DEFENDANT\"");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'ASSOCIATION_NETWORK' AND prisoner_id IN (?::uuid, ?::uuid)")
        .params(a, b).query(Integer.class).single()).isEqualTo(2);
  }

  String other(String caseId, String not) {
    return jdbc.sql("SELECT prisoner_id::text FROM co_defendant WHERE case_id = ?::uuid AND prisoner_id <> ?::uuid "
        + "ORDER BY prisoner_id LIMIT 1").params(caseId, not).query(String.class).single();
  }

  @Test
  void theNetworkHasCommunitiesAndCentralMembersAndAGovernorSeesOnlyLinksTouchingTheirFacility() {
    WebClient analyst = signedIn("analyst", "en");
    WebClient governor = signedIn("governor", "en");

    var national = analyst.get("/api/v1/network?kinds=CO_DEFENDANT,INTELLIGENCE");
    assertThat(national.status()).isEqualTo(200);
    assertThat(national.body()).contains("\"communities\":[{\"number\":1", "\"central\":[{\"member\"");
    int nationalCount = count(national.body());
    var local = governor.get("/api/v1/network?kinds=CO_DEFENDANT,INTELLIGENCE");
    assertThat(local.status()).isEqualTo(200);
    assertThat(count(local.body())).isLessThan(nationalCount);

    var all = analyst.get("/api/v1/network");
    assertThat(count(all.body())).isGreaterThan(nationalCount);
    assertThat(all.body()).contains("\"kind\":\"SHARED_CELL\"");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'ASSOCIATION_NETWORK'")
        .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
  }

  static int count(String body) {
    return Integer.parseInt(body.replaceAll("(?s).*?\"prisoners\":(\\d+).*", "$1"));
  }

  @org.springframework.beans.factory.annotation.Autowired
  AssociationNetwork network;

  @Test
  void groupSeparationReadsTheCommunitiesOfEveryPrisonerWithoutASignedInUser() {
    var memberships = network.communityMemberships();
    var defendants = jdbc.sql("SELECT DISTINCT prisoner_id FROM co_defendant").query(UUID.class).list();

    assertThat(memberships.keySet()).containsAll(defendants);
    assertThat(memberships.values().stream().distinct().count()).isGreaterThan(10).isLessThan(memberships.size());
  }

  @Test
  void badFiltersAndChainsAreRefusedAtTheirField() {
    WebClient analyst = signedIn("analyst", "en");
    assertThat(analyst.get("/api/v1/network?kinds=FRIENDS").status()).isEqualTo(400);
    var dates = analyst.get("/api/v1/network?from=2026-05-01&to=2026-01-01");
    assertThat(dates.status()).isEqualTo(400);
    assertThat(dates.body()).contains("The end is before the start");
    assertThat(analyst.get("/api/v1/network?from=yesterday").status()).isEqualTo(400);
    var missing = analyst.get("/api/v1/network/chain?a=");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("Enter a prisoner number");
    String someone = jdbc.sql("SELECT prisoner_id::text FROM co_defendant ORDER BY prisoner_id LIMIT 1")
        .query(String.class).single();
    assertThat(analyst.get("/api/v1/network/chain?a=" + someone + "&b=" + someone).body())
        .contains("Choose two different prisoners");
    assertThat(analyst.get("/api/v1/network/chain?a=" + someone + "&b=" + UUID.randomUUID()).status()).isEqualTo(400);
  }

  @Test
  void thePageDrawsTheGraphFromDataAttributesBesideItsTablesInThreeLanguages() {
    String[] pair = jdbc.sql("""
        SELECT p.number, q.number FROM co_defendant a JOIN co_defendant b ON b.case_id = a.case_id AND a.prisoner_id < b.prisoner_id
        JOIN prisoner p ON p.id = a.prisoner_id JOIN prisoner q ON q.id = b.prisoner_id ORDER BY p.number LIMIT 1""")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
    for (var language : Map.of("ky", "Байланыштар тармагы", "ru", "Сеть связей", "en", "Association network").entrySet()) {
      WebClient analyst = signedIn("analyst", language.getKey());
      var page = analyst.get("/network?kinds=CO_DEFENDANT&kinds=INTELLIGENCE&a=" + pair[0] + "&b=" + pair[1]);
      assertThat(page.status()).isEqualTo(200);
      var html = page.html();
      assertThat(html.select("h1").text()).isEqualTo(language.getValue());
      assertThat(html.select("#network-chart").attr("data-nodes")).startsWith("[{");
      assertThat(html.select("#central tbody tr")).isNotEmpty();
      assertThat(html.select("#communities tbody tr")).isNotEmpty();
      assertThat(html.select("#chain tbody tr")).hasSize(1);
      assertThat(html.select("script[src*=network.js]")).hasSize(1);
      assertThat(html.select("#kind-SHARED_CELL").hasAttr("checked")).isFalse();
    }
    WebClient analyst = signedIn("analyst", "en");
    var unfiltered = analyst.get("/network").html();
    assertThat(unfiltered.select("#kind-SHARED_CELL").hasAttr("checked")).isFalse();
    assertThat(unfiltered.select("#kind-CO_DEFENDANT").hasAttr("checked")).isTrue();
    var bad = analyst.get("/network?to=2020-01-01&from=2021-01-01");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.html().select("#to-error").text()).contains("The end is before the start");
  }
}
