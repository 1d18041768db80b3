package org.bagyt.custody;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Prisoners for segregation tests: adults held in a facility who have no order yet, a different one each call. */
final class SegregationFixtures {

  private final JdbcClient jdbc;
  private final AtomicInteger taken = new AtomicInteger();

  SegregationFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID adult(String facility, String sex) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.sex = ? AND p.released_at IS NULL AND p.cell_id IS NOT NULL
          AND p.date_of_birth < current_date - interval '25 years'
          AND NOT EXISTS (SELECT 1 FROM segregation_order o WHERE o.prisoner_id = p.id)
        ORDER BY p.number OFFSET ? LIMIT 1""").params(facility, sex, taken.getAndIncrement()).query(UUID.class).single();
  }

  long rows() {
    return jdbc.sql("""
        SELECT (SELECT count(*) FROM segregation_order) + (SELECT count(*) FROM segregation_day)
             + (SELECT count(*) FROM segregation_review)""").query(Long.class).single();
  }

  Map<String, Object> order(UUID id) {
    return jdbc.sql("SELECT status, ends_on, review_on, version FROM segregation_order WHERE id = ?").param(id).query()
        .singleRow();
  }

  /** A lawful request for a man, from today, of the given length, reviewed on its last day. */
  static NewSegregationOrder request(SegregationType type, LocalDate today, int days) {
    LocalDate ends = today.plusDays(days - 1L);
    return new NewSegregationOrder(type, "Threatened others on the wing", today, ends, ends, "Nurse Asanova", null, null,
        null, false, "No disability that segregation would worsen", null, null);
  }

  static NewSegregationOrder from(NewSegregationOrder r, LocalDate starts, LocalDate ends, LocalDate review) {
    return new NewSegregationOrder(r.type(), r.reason(), starts, ends, review, r.healthDeclaredBy(), r.pregnant(),
        r.breastfeeding(), r.withInfant(), r.disabilityWorsened(), r.disabilityNote(), r.contactRestriction(),
        r.contactRestrictedUntil());
  }
}
