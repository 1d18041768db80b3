package org.bagyt.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the placement tests shape for themselves in the home colony (IK-47): prisoners no placement rule touches yet,
 * new empty cells, and keep-apart pairs, so that each test shows one rule at work.
 */
abstract class PlacementFixtures extends IntegrationTest {

  /** Prisoners a test has already taken, so that the next one is another. */
  final List<UUID> used = new ArrayList<>();
  private static int cells;

  @BeforeEach
  void aNeutralPolicy() {
    // Tests set their own policy rows; each starts from the service default only.
    jdbc.sql("DELETE FROM allocation_policy WHERE facility_id IS NOT NULL").update();
  }

  WebClient signedIn(String user, String language) {
    WebClient c = client().acceptLanguage(language);
    c.signIn(user, DemoData.DEMO_PASSWORD);
    c.get("/prisoners");
    return c;
  }

  /** A convicted adult man in the home colony, present, in no pair or group, not designated, never assessed. */
  UUID plainPrisoner() {
    UUID id = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.legal_status = 'CONVICTED'
          AND p.sex = 'MALE' AND p.date_of_birth < current_date - interval '19 years'
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
          AND NOT EXISTS (SELECT 1 FROM prisoner_group_member g WHERE g.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.level = 'DESIGNATED')
          AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM movement m WHERE m.prisoner_id = p.id AND m.kind = 'TEMPORARY_ABSENCE'
                          AND m.returned_at IS NULL)
          AND NOT p.id = ANY(?)
        ORDER BY p.number LIMIT 1""").param(used.toArray(UUID[]::new)).query(UUID.class).single();
    used.add(id);
    return id;
  }

  /** A new empty cell in use, four beds and 20 m², in a general unit (or the unit for designated prisoners). */
  UUID emptyCell(boolean extremistUnit) {
    return emptyCell("IK-47", extremistUnit);
  }

  UUID emptyCell() {
    return emptyCell(false);
  }

  /** The same, in another facility's first such unit. */
  UUID emptyCell(String facility, boolean extremistUnit) {
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND ('VIOLENT_EXTREMIST' = ANY(u.used_for)) = ? AND NOT 'SEPARATION' = ANY(u.used_for)
        ORDER BY u.code LIMIT 1""").params(facility, extremistUnit).query(UUID.class).single();
    return jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, ?, 4, 20) RETURNING id")
        .params(unit, "T-" + (++cells)).query(UUID.class).single();
  }

  UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  /** Places someone directly in a cell, of whichever facility, as an earlier move or transfer would have. */
  void put(UUID prisoner, UUID cell) {
    jdbc.sql("UPDATE cell SET occupied = occupied - 1 WHERE id = (SELECT cell_id FROM prisoner WHERE id = ?)")
        .param(prisoner).update();
    jdbc.sql("""
        UPDATE prisoner SET cell_id = ?, facility_id = (SELECT u.facility_id FROM cell c JOIN unit u ON u.id = c.unit_id
          WHERE c.id = ?) WHERE id = ?""").params(cell, cell, prisoner).update();
    jdbc.sql("UPDATE cell SET occupied = occupied + 1 WHERE id = ?").param(cell).update();
  }

  int approvalRequests() {
    return jdbc.sql("SELECT count(*) FROM approval_request").query(Integer.class).single();
  }

  int version(UUID prisoner) {
    return jdbc.sql("SELECT version FROM prisoner WHERE id = ?").param(prisoner).query(Integer.class).single();
  }

  /** A cell as an approver reads it: facility, unit and cell codes. */
  String place(UUID cell) {
    return jdbc.sql("""
        SELECT f.code || ' · ' || u.code || ' · ' || c.code FROM cell c JOIN unit u ON u.id = c.unit_id
        JOIN facility f ON f.id = u.facility_id WHERE c.id = ?""").param(cell).query(String.class).single();
  }

  UUID cellOf(UUID prisoner) {
    return jdbc.sql("SELECT cell_id FROM prisoner WHERE id = ?").param(prisoner).query(UUID.class).single();
  }

  String number(UUID prisoner) {
    return jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(prisoner).query(String.class).single();
  }

  void keepApart(UUID a, UUID b, String scope) {
    jdbc.sql("""
        INSERT INTO keep_apart (first_id, first_role, second_id, second_role, reason, comment, scope, activities,
          review_on, authorised_by, authorised_at)
        VALUES (?, 'RECRUITER', ?, 'TARGET', 'RISK_OF_RECRUITING_OR_INFLUENCING', 'Склоняет к идеологии группы.', ?,
          '{}', current_date + 30, 'governor', now())""").params(a, b, scope).update();
  }
}
