package org.bagyt.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bagyt.conduct.Complaints;
import org.bagyt.conduct.ComplaintCategory;
import org.bagyt.conduct.ContactKind;
import org.bagyt.conduct.Contacts;
import org.bagyt.conduct.IncidentRole;
import org.bagyt.conduct.IncidentStaffRole;
import org.bagyt.conduct.IncidentStatus;
import org.bagyt.conduct.IncidentType;
import org.bagyt.conduct.Incidents;
import org.bagyt.conduct.NewComplaint;
import org.bagyt.conduct.NewContact;
import org.bagyt.conduct.NewIncident;
import org.bagyt.conduct.NewObservation;
import org.bagyt.conduct.NewVisitor;
import org.bagyt.conduct.Observations;
import org.bagyt.conduct.VisitorRelationship;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Incidents, observations, visits and complaints for the demo, deterministic for the seed. In colony No. 47: serious
 * incidents involving designated violent extremist prisoners together (so their reviews fall due), observations
 * against the catalogue, visitors shared by several prisoners (links in the network), a limit on visits, and
 * complaints including an open allegation of torture (the inspector is told) and two past their reply deadline. A few
 * incidents and complaints in other facilities, so the inspector's registers cover the service.
 */
@Component
class DemoConduct {

  private static final String[] FIGHTS = {
      "Во время прогулки двое осуждённых подрались; разняты дежурной сменой.",
      "В отряде осуждённый ударил другого после спора; пострадавший осмотрен фельдшером.",
      "Группа осуждённых окружила новоприбывшего и угрожала ему; сотрудники вмешались.",
      "При обыске в камере обнаружены листовки с призывами к насилию."};
  private static final String[] ACCOUNTS = {
      "Во время ужина говорил соседям, что те «пожалеют», если не присоединятся к его группе.",
      "Передал другому осуждённому сложенную записку; при досмотре записки не нашли.",
      "Третью неделю не выходит на занятия в школе; от беседы с воспитателем отказался.",
      "Спокойно участвовал в работе мастерской, помогал новичку.",
      "Просил перевести его в другой отряд, к осуждённому, известному вербовкой.",
      "Резко ответил сотруднику и перестал с ним разговаривать после свидания."};
  private static final String[][] BEHAVIOURS = {{"PRESSURES_OTHERS_OVER_VIEWS"}, {"HIDDEN_MESSAGES"},
      {"WITHDRAWS_FROM_PROGRAMMES"}, {}, {"SEEKS_KNOWN_RECRUITERS"}, {"HOSTILE_TO_STAFF"}};
  private static final String[] COMPLAINTS = {
      "В камере холодно ночью, отопление не работает.",
      "Не выдали лекарство, назначенное врачом.",
      "Письмо от матери задержано больше недели.",
      "Сотрудник грубо разговаривал во время обыска.",
      "Не дают позвонить адвокату."};
  private static final ComplaintCategory[] CATEGORIES = {ComplaintCategory.CONDITIONS, ComplaintCategory.HEALTH_CARE,
      ComplaintCategory.FAMILY_CONTACT, ComplaintCategory.STAFF_CONDUCT, ComplaintCategory.LEGAL_ACCESS};

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoConduct.class);

  private final JdbcTemplate jdbc;
  private final Incidents incidents;
  private final Observations observations;
  private final Contacts contacts;
  private final Complaints complaints;

  DemoConduct(JdbcTemplate jdbc, Incidents incidents, Observations observations, Contacts contacts,
      Complaints complaints) {
    this.jdbc = jdbc;
    this.incidents = incidents;
    this.observations = observations;
    this.contacts = contacts;
    this.complaints = complaints;
  }

  private record Held(UUID id, UUID facilityId) {}

  void generate(Random random, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    List<Held> extremists = designated(DemoData.HOME_FACILITY, 6);
    List<Held> home = held(DemoData.HOME_FACILITY, 40);
    if (home.size() < 40) {
      return;
    }
    long started = System.nanoTime();
    incidents(random, now, extremists, home);
    observations(random, now, today, extremists, home);
    visits(random, now, today, home);
    complaints(random, now, today, home);
    log.info("Demo incidents, observations, visits and complaints generated in {} ms",
        (System.nanoTime() - started) / 1_000_000);
  }

  private void incidents(Random random, Instant now, List<Held> extremists, List<Held> home) {
    var pairs = new ArrayList<List<Held>>();
    for (int i = 0; i + 1 < extremists.size(); i += 2) {
      pairs.add(List.of(extremists.get(i), extremists.get(i + 1)));
    }
    for (int i = 0; i < 6; i++) {
      pairs.add(List.of(home.get(2 * i), home.get(2 * i + 1)));
    }
    for (int i = 0; i < pairs.size(); i++) {
      var pair = pairs.get(i);
      boolean serious = i < 3;
      IncidentType type = i % 4 == 3 ? IncidentType.EXTREMIST_MATERIAL : i % 2 == 0 ? IncidentType.FIGHT : IncidentType.THREAT;
      Instant at = now.minus(3 + 9L * i, ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
      var prisoners = List.of(new NewIncident.Prisoner(pair.get(0).id(), null, IncidentRole.PERPETRATOR),
          new NewIncident.Prisoner(pair.get(1).id(), null, serious ? IncidentRole.PERPETRATOR : IncidentRole.VICTIM));
      var incident = new NewIncident(type, at, pair.get(0).facilityId(), "Отряд " + (1 + random.nextInt(8)), serious,
          FIGHTS[i % FIGHTS.length], serious ? "Ушибы лица у одного из участников." : null,
          i > 2 ? "Проведены беседы, материалы переданы в дисциплинарную комиссию." : null, prisoners,
          List.of(new NewIncident.Staff("Мл. инспектор Бекмуратов А.", IncidentStaffRole.RESPONDED)));
      IncidentStatus status = i < 2 ? IncidentStatus.AWAITING_ANALYSIS : i == 2 ? IncidentStatus.DRAFT : IncidentStatus.CLOSED;
      incidents.recordPast(incident, status, i % 2 == 0 ? "officer" : "governor", at.plus(2, ChronoUnit.HOURS));
    }
    for (String code : List.of("IK-1", "IK-16", "SIZO-1")) {
      var there = held(code, 2);
      if (there.size() == 2) {
        Instant at = now.minus(5 + random.nextInt(20), ChronoUnit.DAYS);
        incidents.recordPast(new NewIncident(IncidentType.FIGHT, at, there.get(0).facilityId(), null, false,
            FIGHTS[1], null, null, List.of(new NewIncident.Prisoner(there.get(0).id(), null, IncidentRole.PERPETRATOR),
                new NewIncident.Prisoner(there.get(1).id(), null, IncidentRole.VICTIM)), List.of()),
            IncidentStatus.AWAITING_ANALYSIS, "governor-" + code.toLowerCase(java.util.Locale.ROOT), at);
      }
    }
  }

  private void observations(Random random, Instant now, LocalDate today, List<Held> extremists, List<Held> home) {
    var observed = new ArrayList<Held>(extremists);
    observed.addAll(home.subList(12, 20));
    for (int i = 0; i < observed.size() * 3; i++) {
      Held h = observed.get(i % observed.size());
      int kind = random.nextInt(ACCOUNTS.length);
      LocalDate on = today.minusDays(random.nextInt(80));
      observations.recordPast(h.id(), h.facilityId(), new NewObservation(on, List.of(BEHAVIOURS[kind]), ACCOUNTS[kind]),
          "officer", on.atStartOfDay(ZoneId.of("UTC")).toInstant().plus(10, ChronoUnit.HOURS));
    }
  }

  /** Five visitors, each in contact with two or three prisoners: a brother, a friend, a lawyer. */
  private void visits(Random random, Instant now, LocalDate today, List<Held> home) {
    String[][] visitors = {{"Асанов", "Бакыт", "AN1001001", "SIBLING"}, {"Токтосунова", "Айгуль", "AN1001002", "SPOUSE"},
        {"Мамытов", "Эрлан", "AN1001003", "FRIEND"}, {"Жумабеков", "Нурлан", "AN1001004", "LAWYER"},
        {"Исакова", "Динара", "AN1001005", "OTHER_RELATIVE"}};
    for (int v = 0; v < visitors.length; v++) {
      int shared = 2 + v % 2;
      for (int k = 0; k < shared; k++) {
        Held h = home.get(20 + v * 3 + k);
        var relationship = k == 0 ? VisitorRelationship.valueOf(visitors[v][3]) : VisitorRelationship.FRIEND;
        var list = new ArrayList<NewContact>();
        for (int c = 0; c < 3; c++) {
          ContactKind kind = ContactKind.values()[random.nextInt(ContactKind.values().length)];
          Integer minutes = switch (kind) {
            case VISIT -> 60 + 30 * random.nextInt(3);
            case CALL -> 15;
            default -> null;
          };
          list.add(new NewContact(null, kind, now.minus(2 + random.nextInt(60), ChronoUnit.DAYS), minutes));
        }
        contacts.recordPast(h.id(), h.facilityId(), new NewVisitor(visitors[v][0], visitors[v][1], visitors[v][2],
            relationship), list, "officer", now.minus(61, ChronoUnit.DAYS));
      }
    }
  }

  private void complaints(Random random, Instant now, LocalDate today, List<Held> home) {
    for (int i = 0; i < 10; i++) {
      Held h = home.get(30 + i % 10);
      LocalDate madeOn = today.minusDays(i < 2 ? 20 + i : random.nextInt(12));
      boolean closed = i >= 6;
      complaints.recordPast(h.id(), h.facilityId(), new NewComplaint(CATEGORIES[i % CATEGORIES.length],
          COMPLAINTS[i % COMPLAINTS.length], i == 3, madeOn), "officer", now.minus(ChronoUnit.DAYS.between(madeOn, today),
          ChronoUnit.DAYS), closed ? "Проверено, меры приняты, заявителю дан ответ." : null, closed ? "governor" : null);
    }
    Held alleging = home.get(39);
    complaints.recordPast(alleging.id(), alleging.facilityId(), new NewComplaint(ComplaintCategory.TORTURE_OR_ILL_TREATMENT,
        "Заявляет, что при водворении в ШИЗО сотрудники избили его дубинками; просит медицинского освидетельствования.",
        true, today.minusDays(1)), "officer", now.minus(1, ChronoUnit.DAYS), null, null);
    for (String code : List.of("IK-1", "SIZO-1")) {
      var there = held(code, 1);
      if (!there.isEmpty()) {
        complaints.recordPast(there.get(0).id(), there.get(0).facilityId(), new NewComplaint(ComplaintCategory.FOOD,
            "Пища холодная и её мало.", false, today.minusDays(3)), "governor-" + code.toLowerCase(java.util.Locale.ROOT),
            now.minus(3, ChronoUnit.DAYS), null, null);
      }
    }
  }

  /** Designated violent extremist prisoners held in the facility (by classification), in number order. */
  private List<Held> designated(String code, int count) {
    return jdbc.query("""
        SELECT p.id, p.facility_id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        JOIN classification c ON c.prisoner_id = p.id AND c.dimension = 'DESIGNATION' AND c.level = 'DESIGNATED'
        WHERE f.code = ? AND p.released_at IS NULL ORDER BY p.number LIMIT ?""",
        (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), code, count);
  }

  /** Prisoners in custody in the facility, not designated, in a fixed order. */
  private List<Held> held(String code, int count) {
    return jdbc.query("""
        SELECT p.id, p.facility_id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL AND p.cell_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.prisoner_id = p.id AND c.dimension = 'DESIGNATION'
                          AND c.level = 'DESIGNATED')
        ORDER BY p.number LIMIT ?""",
        (rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), code, count);
  }
}
