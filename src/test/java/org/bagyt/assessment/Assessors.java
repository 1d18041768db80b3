package org.bagyt.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.staff.Accreditations;
import org.bagyt.staff.NewAccreditation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What assessment tests need on the demo service: a second assessor at IK-47 ({@code assessor2}, opened like the
 * demo's own accounts with the demo password, unless the demo already has one), both assessors accredited for the
 * instruments, and prisoners no one has assessed yet. Safe to call before every test.
 */
public final class Assessors {

  public static final String RISK_NEEDS = "bagyt-risk-needs";
  public static final String SCREENING = "bagyt-intake-screening";

  private Assessors() {}

  public static void prepare(JdbcClient jdbc, Accreditations accreditations) {
    jdbc.sql("""
        INSERT INTO staff_account (username, display_name, password_hash, role, demo)
        SELECT 'assessor2', display_name || ' II', password_hash, role, demo FROM staff_account WHERE username = 'assessor'
        ON CONFLICT (username) DO NOTHING""").update();
    jdbc.sql("""
        INSERT INTO staff_account_facility (account_id, facility_id)
        SELECT second.id, f.facility_id FROM staff_account second, staff_account first
        JOIN staff_account_facility f ON f.account_id = first.id
        WHERE second.username = 'assessor2' AND first.username = 'assessor' ON CONFLICT DO NOTHING""").update();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
    var missing = new ArrayList<NewAccreditation>();
    for (String username : List.of("assessor", "assessor2")) {
      for (String instrument : List.of(RISK_NEEDS, SCREENING)) {
        if (!accreditations.accredited(username, instrument, today)) {
          missing.add(new NewAccreditation(username, instrument, today.minusDays(30), null, "UNODC"));
        }
      }
    }
    if (!missing.isEmpty()) {
      accreditations.register(missing, "test");
    }
  }

  private static final java.util.Set<UUID> TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A prisoner in custody at IK-47 with no assessment yet, a different one at every call in this test run. */
  public static synchronized UUID unassessedPrisoner(JdbcClient jdbc) {
    UUID id = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL AND NOT p.id = ANY(?::uuid[])
          AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id)
        ORDER BY p.number DESC LIMIT 1""").param(TAKEN.stream().map(UUID::toString).toArray(String[]::new)).query(UUID.class).single();
    TAKEN.add(id);
    return id;
  }

  /**
   * The risk and needs form complete: every item rated {@code LOW} with a rationale, every judgement LOW with its
   * rationale, the interview as source; no item is a need, so no plan is needed. Override entries to vary it.
   */
  public static Map<String, String> completeRiskNeedsForm(Instruments instruments, String words) {
    var form = new LinkedHashMap<String, String>();
    Instrument instrument = instruments.newest(RISK_NEEDS).orElseThrow();
    instrument.items().forEach(item -> {
      form.put("rating-" + item.code(), "LOW");
      form.put("rationale-" + item.code(), words + " " + item.code());
    });
    instrument.judgements().forEach(j -> {
      form.put("level-" + j.code(), "LOW");
      form.put("judgement-rationale-" + j.code(), words + " " + j.code());
    });
    form.put("sources", "INTERVIEW");
    return form;
  }
}
