package org.bagyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer picks another facility on the movements page (htmx lists its cells), asks for a transfer to a cell that
 * holds a keep-apart partner, is refused with the rule, and asks for the emergency transfer instead. Every page
 * passes axe-core and the Content-Security-Policy.
 */
class TransferOverrideJourneyTest extends BrowserTest {

  @Test
  void aBlockedTransferBecomesAnEmergencyRequest() throws InterruptedException {
    var people = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.legal_status = 'CONVICTED'
          AND p.sex = 'MALE' AND p.date_of_birth < current_date - interval '19 years'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
          AND NOT EXISTS (SELECT 1 FROM prisoner_group_member g WHERE g.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
          AND NOT EXISTS (SELECT 1 FROM movement m WHERE m.prisoner_id = p.id AND m.kind = 'TEMPORARY_ABSENCE'
                          AND m.returned_at IS NULL)
        ORDER BY p.number LIMIT 2""").query(UUID.class).list();
    UUID a = people.get(0);
    UUID b = people.get(1);
    UUID ik1 = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-1'").query(UUID.class).single();
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u WHERE u.facility_id = ? AND NOT 'VIOLENT_EXTREMIST' = ANY(u.used_for)
          AND NOT 'SEPARATION' = ANY(u.used_for) ORDER BY u.code LIMIT 1""").param(ik1).query(UUID.class).single();
    jdbc.sql("DELETE FROM allocation_policy WHERE facility_id IS NOT NULL").update();
    UUID cell = jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, 'E-1', 4, 20) RETURNING id")
        .param(unit).query(UUID.class).single();
    jdbc.sql("UPDATE cell SET occupied = occupied - 1 WHERE id = (SELECT cell_id FROM prisoner WHERE id = ?)").param(b).update();
    jdbc.sql("UPDATE prisoner SET cell_id = ?, facility_id = ? WHERE id = ?").params(cell, ik1, b).update();
    jdbc.sql("UPDATE cell SET occupied = 1 WHERE id = ?").param(cell).update();
    jdbc.sql("""
        INSERT INTO keep_apart (first_id, first_role, second_id, second_role, reason, comment, scope, activities,
          review_on, authorised_by, authorised_at)
        VALUES (?, 'RECRUITER', ?, 'TARGET', 'RISK_OF_RECRUITING_OR_INFLUENCING', 'Склоняет к идеологии группы.', 'CELL',
          '{}', current_date + 30, 'governor', now())""").params(a, b).update();

    var browser = browser("en").open("/login").signIn("officer", DemoData.DEMO_PASSWORD);
    browser.open("/prisoners/" + a + "/movements");
    new Select(browser.element("#facilityId")).selectByValue(ik1.toString());
    for (int i = 0; i < 100 && browser.elements("#transfer-cellId option[value='" + cell + "']").isEmpty(); i++) {
      Thread.sleep(100);
    }
    new Select(browser.element("#transfer-cellId")).selectByValue(cell.toString());
    browser.type("#transfer-note", "Closer to family");
    browser.click("#request-transfer");
    assertThat(browser.text("#transfer-cellId-error")).contains("must not share a cell");

    browser.type("#transfer-override-reason", "Riot in block 2: the only secure free cell.");
    browser.click("#request-transfer-override");
    assertThat(browser.text(".govuk-notification-banner__heading"))
        .isEqualTo(Messages.get("en", "movement.done.requested"));
    assertThat(jdbc.sql("SELECT count(*) FROM approval_request WHERE kind = 'TRANSFER_PRISONER' AND status = 'PENDING' "
        + "AND payload ->> 'prisonerId' = ?").param(a.toString()).query(Integer.class).single()).isEqualTo(1);
  }
}
