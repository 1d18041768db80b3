package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The unit view: who is held in each cell with designated prisoners marked, the keep-apart pairs of the unit's
 * prisoners with where the other one is, crowding and the policy; facility scope, audit, and the way in from the
 * estate's facility page.
 */
class UnitViewTest extends IntegrationTest {

  WebClient signedIn(String user, String language) {
    WebClient c = client().acceptLanguage(language);
    c.signIn(user, DemoData.DEMO_PASSWORD);
    c.get("/prisoners");
    return c;
  }

  /** A designated prisoner held in a cell of the home colony. */
  UUID designatedInHomeColony() {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM classification k WHERE k.prisoner_id = p.id AND k.dimension = 'DESIGNATION'
                      AND k.level = 'DESIGNATED')
        ORDER BY p.number LIMIT 1""").query(UUID.class).single();
  }

  UUID unitOf(UUID prisoner) {
    return jdbc.sql("SELECT c.unit_id FROM prisoner p JOIN cell c ON c.id = p.cell_id WHERE p.id = ?").param(prisoner)
        .query(UUID.class).single();
  }

  String number(UUID prisoner) {
    return jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(prisoner).query(String.class).single();
  }

  @Test
  void theUnitViewListsDesignatedPrisonersAndTheKeepApartsOfItsPrisoners() {
    UUID designated = designatedInHomeColony();
    UUID unit = unitOf(designated);
    // Two others in the unit, in different cells, whom a pair keeps apart in the unit: the pair is broken now.
    var others = jdbc.sql("""
        SELECT DISTINCT ON (p.cell_id) p.id FROM prisoner p JOIN cell c ON c.id = p.cell_id
        WHERE c.unit_id = ? AND p.released_at IS NULL AND p.id <> ?
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE k.closed_at IS NULL AND p.id IN (k.first_id, k.second_id))
        ORDER BY p.cell_id, p.number LIMIT 2""").params(unit, designated).query(UUID.class).list();
    assertThat(others).hasSize(2);
    jdbc.sql("""
        INSERT INTO keep_apart (first_id, first_role, second_id, second_role, reason, comment, scope, activities,
          review_on, authorised_by, authorised_at)
        VALUES (?, 'RIVAL', ?, 'RIVAL', 'RIVAL_NETWORKS', 'Соперничающие сети.', 'UNIT', '{}', current_date + 30,
          'governor', now())""").params(others.get(0), others.get(1)).update();

    WebClient officer = signedIn("officer", "en");
    var page = officer.get("/allocation/units/" + unit);
    assertThat(page.status()).isEqualTo(200);
    var html = page.html();
    assertThat(html.text()).doesNotContain("??");
    var marked = html.select("li.held[data-number=" + number(designated) + "] .designated");
    assertThat(marked.text()).isEqualTo("Designated");
    assertThat(html.select("li.held[data-number=" + number(others.get(0)) + "] .designated")).isEmpty();
    assertThat(html.select("#policy-model").text()).isNotBlank();
    assertThat(html.select("#designated-count").text()).isNotBlank();
    var pair = html.select("#keep-aparts tr.keep-apart").stream()
        .filter(r -> r.text().contains(number(others.get(0))) && r.text().contains(number(others.get(1)))).toList();
    assertThat(pair).isNotEmpty();
    assertThat(pair.get(0).text()).contains("Rival networks").contains("In the same unit").contains("The pair is broken");
    assertThat(html.select("tr.cell")).isNotEmpty();
    assertThat(jdbc.sql("""
        SELECT count(*) FROM audit_event WHERE resource_type = 'ALLOCATION_UNIT' AND resource_id = ? AND actor = 'officer'
          AND outcome = 'SUCCESS'""").param(unit.toString()).query(Integer.class).single()).isEqualTo(1);

    for (String language : new String[] {"ky", "ru"}) {
      var translated = signedIn("governor", language).get("/allocation/units/" + unit);
      assertThat(translated.status()).isEqualTo(200);
      assertThat(translated.html().text()).as(language).doesNotContain("??");
    }
  }

  @Test
  void anotherFacilitysUnitIsRefusedAndTheRefusalAudited() {
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id WHERE f.code = 'IK-1' ORDER BY u.code LIMIT 1""")
        .query(UUID.class).single();
    WebClient officer = signedIn("officer", "en");
    var refused = officer.get("/allocation/units/" + unit);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("li class=\"held\"");
    assertThat(jdbc.sql("""
        SELECT count(*) FROM audit_event WHERE resource_type = 'ALLOCATION_UNIT' AND resource_id = ? AND outcome = 'DENIED'""")
        .param(unit.toString()).query(Integer.class).single()).isEqualTo(1);
    // Headquarters sees the whole service.
    assertThat(signedIn("hq", "en").get("/allocation/units/" + unit).status()).isEqualTo(200);
    // An unknown unit is 404, and a reader without the permission is refused.
    assertThat(officer.get("/allocation/units/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(signedIn("analyst", "en").get("/allocation/units/" + unit).status()).isEqualTo(403);
  }

  @Test
  void theFacilityPageLinksToEachUnitViewForThoseWhoMaySeeIt() {
    UUID facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
    var links = signedIn("officer", "en").get("/estate/facilities/" + facility).html().select("a.unit-allocation");
    int units = jdbc.sql("SELECT count(*) FROM unit WHERE facility_id = ?").param(facility).query(Integer.class).single();
    assertThat(links).hasSize(units);
    assertThat(links.get(0).attr("href")).startsWith("/allocation/units/");
    var inspector = signedIn("inspector", "en").get("/estate/facilities/" + facility);
    assertThat(inspector.status()).isEqualTo(200);
    assertThat(inspector.html().select("a.unit-allocation")).isEmpty();
  }
}
