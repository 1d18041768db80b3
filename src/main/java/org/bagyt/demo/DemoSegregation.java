package org.bagyt.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.bagyt.custody.PastSegregation;
import org.bagyt.custody.ReviewDecision;
import org.bagyt.custody.Segregation;
import org.bagyt.custody.SegregationDay;
import org.bagyt.custody.SegregationOrder;
import org.bagyt.custody.SegregationStatus;
import org.bagyt.custody.SegregationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Segregation orders for the demo, current and past, recorded without moving anyone. In colony No. 47: a
 * disciplinary order on its day 13, an administrative one on day 15 with its review due today, a protective one whose
 * health-staff visit was not logged yesterday, and past orders, one continued by an independent decision; a few
 * current orders in other facilities. Every past day has its contact log.
 */
@Component
class DemoSegregation {

  private static final String[] REASONS = {
      "Угрожал другим осуждённым в отряде; менее строгие меры не помогли.",
      "Нарушение режима: нападение на другого осуждённого (рапорт дежурного).",
      "Просил защиты от давления со стороны группы в отряде.",
      "Карантин по назначению врача до результатов обследования."};
  private static final String[] NURSES = {"Медсестра Асанова Г.", "Фельдшер Токтогулов Б.", "Врач Иманалиева Ж."};
  private static final String[] MANAGERS = {"Зам. начальника Осмонов К.", "Начальник отряда Садыков Э."};

  private final JdbcTemplate jdbc;
  private final Segregation segregation;

  DemoSegregation(JdbcTemplate jdbc, Segregation segregation) {
    this.jdbc = jdbc;
    this.segregation = segregation;
  }

  private record Held(UUID id, UUID facilityId) {}

  void generate(Random random, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    var orders = new ArrayList<PastSegregation>();
    List<Held> home = adultsIn(DemoData.HOME_FACILITY, today, 6);
    if (home.size() == 6) {
      String by = "governor";
      // Near the limits: day 13 of a disciplinary order, day 15 with the review due, a missed visit yesterday.
      orders.add(order(random, home.get(0), SegregationType.DISCIPLINARY, today.minusDays(12), 14, 14, null, by, zone,
          today, null));
      orders.add(order(random, home.get(1), SegregationType.ADMINISTRATIVE, today.minusDays(14), 15, 15, null, by, zone,
          today, null));
      orders.add(order(random, home.get(2), SegregationType.PROTECTIVE, today.minusDays(4), 12, 10, null, by, zone, today,
          today.minusDays(1)));
      // Past: a disciplinary order served in full, and an administrative one continued by an independent decision.
      orders.add(order(random, home.get(3), SegregationType.DISCIPLINARY, today.minusDays(50), 10, 10,
          "Срок взыскания истёк.", by, zone, today, null));
      var continued = order(random, home.get(4), SegregationType.ADMINISTRATIVE, today.minusDays(45), 15, 14,
          "Угроза миновала, возвращён в отряд.", by, zone, today, null);
      orders.add(continued);
      orders.add(order(random, home.get(5), SegregationType.MEDICAL, today.minusDays(8), 12, 12, null, by, zone, today, null));
    }
    for (String code : List.of("IK-1", "IK-16", "SIZO-1", "IK-3")) {
      List<Held> held = adultsIn(code, today, 2);
      String by = "governor-" + code.toLowerCase(Locale.ROOT);
      for (int i = 0; i < held.size(); i++) {
        SegregationType type = SegregationType.values()[random.nextInt(SegregationType.values().length)];
        int length = type == SegregationType.DISCIPLINARY ? 3 + random.nextInt(12) : 5 + random.nextInt(11);
        int start = random.nextInt(length);
        orders.add(order(random, held.get(i), type, today.minusDays(start), length, length, null, by, zone, today, null));
      }
    }
    segregation.recordPast(orders);
  }

  /** Adults in custody in the facility, men, not already segregated in the demo. */
  private List<Held> adultsIn(String code, LocalDate today, int count) {
    return jdbc.query("""
        SELECT p.id, p.facility_id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL AND p.cell_id IS NOT NULL AND p.sex = 'MALE'
          AND p.date_of_birth < ? ORDER BY p.number DESC LIMIT ?""",
        (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), code, today.minusYears(21), count);
  }

  /**
   * An order of {@code length} days from {@code start} with its review on day {@code reviewDay}, logged for every day
   * before today (and ended, with {@code endReason}, when it is over); {@code missedHealth} is a day without the visit.
   */
  private PastSegregation order(Random random, Held held, SegregationType type, LocalDate start, int length, int reviewDay,
      String endReason, String by, ZoneId zone, LocalDate today, LocalDate missedHealth) {
    LocalDate ends = start.plusDays(length - 1L);
    boolean over = ends.isBefore(today);
    ReviewDecision review = null;
    if (over && endReason != null && endReason.startsWith("Угроза")) {
      review = new ReviewDecision("Прокурор по надзору Абдыкадыров Н.", "Прокуратура", ReviewDecision.Outcome.CONTINUE,
          "Угроза сохраняется; продлить на срок до повторной проверки.", ends.plusDays(6), ends.plusDays(6));
      ends = ends.plusDays(6);
    }
    var order = new SegregationOrder(UUID.randomUUID(), held.id(), held.facilityId(), type,
        over ? SegregationStatus.ENDED : SegregationStatus.ACTIVE, REASONS[type.ordinal()], by,
        start.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(), start, ends, start.plusDays(reviewDay - 1L),
        over ? ends : null, over ? (endReason == null ? "Срок истёк." : endReason) : null, over ? by : null,
        NURSES[random.nextInt(NURSES.length)], "Инвалидности нет; состояние здоровья позволяет.", null, null, 0);
    var days = new ArrayList<SegregationDay>();
    for (LocalDate d = start; d.isBefore(today) && !d.isAfter(ends); d = d.plusDays(1)) {
      BigDecimal contact = BigDecimal.valueOf(random.nextInt(7), 1).add(BigDecimal.valueOf(random.nextInt(4)));
      String nurse = d.equals(missedHealth) ? null : NURSES[random.nextInt(NURSES.length)];
      String manager = type == SegregationType.DISCIPLINARY ? MANAGERS[random.nextInt(MANAGERS.length)] : null;
      days.add(new SegregationDay(d, contact, BigDecimal.valueOf(1 + random.nextInt(3)), nurse, manager, null));
    }
    String logger = by.equals("governor") ? "officer" : by;
    return new PastSegregation(order, days, logger, review, review == null ? null : "hq");
  }
}
