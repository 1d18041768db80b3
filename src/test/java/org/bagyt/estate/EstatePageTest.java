package org.bagyt.estate;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EstatePageTest extends IntegrationTest {

  @Test
  void theEstatePageListsEveryFacilityWithAChartOfBedsByRegionThatMatchesTheTable() {
    var client = client().acceptLanguage("ru");
    client.signIn("hq", DemoData.DEMO_PASSWORD);
    var page = client.get("/estate").html();
    assertThat(page.select("tbody tr")).hasSize(31);
    var chart = page.selectFirst("[data-chart]");
    var json = JsonMapper.builder().build();
    int chartTotal = 0;
    for (var v : json.readTree(chart.attr("data-values"))) {
      chartTotal += v.asInt();
    }
    int tableTotal = page.select("tbody tr td:nth-child(6)").eachText().stream()
        .mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", ""))).sum();
    assertThat(chartTotal).isEqualTo(tableTotal).isGreaterThan(10_000);
    assertThat(json.readTree(chart.attr("data-labels")).toString()).contains("Чуйская область");
    assertThat(client.get("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
    assertThat(client.get("/js/charts.js").status()).isEqualTo(200);
  }
}
