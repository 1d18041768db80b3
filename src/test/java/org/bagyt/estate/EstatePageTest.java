package org.bagyt.estate;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ky, Ашыкча толуу, Камераны өзгөртүүгө өтүнүч", "ru, Переполненность, Запрос на изменение камеры",
      "en, Overcrowding, Ask to change a cell"})
  void theOccupancyPagesAreInTheChosenLanguage(String language, String overcrowding, String changeTitle) {
    var client = client();
    client.signIn("governor", DemoData.DEMO_PASSWORD);
    String facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(String.class).single();
    String cell = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id WHERE u.facility_id = ?::uuid ORDER BY u.code, c.code LIMIT 1""")
        .param(facility).query(String.class).single();

    var estate = client.get("/estate?lang=" + language);
    assertThat(estate.html().select("a[href=/estate/facilities/" + facility + "]")).hasSize(1);

    var facilityPage = client.get("/estate/facilities/" + facility);
    assertThat(facilityPage.status()).isEqualTo(200);
    var page = facilityPage.html();
    assertThat(page.select("html").attr("lang")).isEqualTo(language);
    assertThat(page.text()).doesNotContain("??");
    // Every unit of the facility, each cell a row with a link to ask for a change (the governor works here).
    int cells = jdbc.sql("SELECT count(*) FROM cell c JOIN unit u ON u.id = c.unit_id WHERE u.facility_id = ?::uuid")
        .param(facility).query(Integer.class).single();
    assertThat(page.select("tbody tr")).hasSize(cells);
    assertThat(page.select("a[href$=/change]")).hasSize(cells);
    assertThat(page.select("h2[id^=unit-]")).hasSizeGreaterThanOrEqualTo(9);

    var overcrowdingPage = client.get("/estate/overcrowding");
    assertThat(overcrowdingPage.status()).isEqualTo(200);
    var report = overcrowdingPage.html();
    assertThat(report.selectFirst("h1").text()).isEqualTo(overcrowding);
    assertThat(report.text()).doesNotContain("??");
    assertThat(report.select("#facilities tbody tr")).hasSize(31);
    assertThat(report.select("#cells-below-CPT tbody tr")).isNotEmpty();
    assertThat(report.select("#cells-below-ICRC tbody tr")).isNotEmpty();
    var filtered = client.get("/estate/overcrowding?region=CHUY&facility=").html();
    assertThat(filtered.select("#facilities tbody tr")).hasSize(14);

    var form = client.get("/estate/cells/" + cell + "/change");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html().title()).contains(changeTitle);
    assertThat(form.html().text()).doesNotContain("??");
  }
}
