package org.bagyt.custody.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.custody.IllTreatmentReferrals;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admission record on the prisoner's file: reception, injuries and complaints, property, information given. */
@Component
class AdmissionSection implements PrisonerFileSection {

  /** What the section shows; null when the person came in before Bagyt recorded admissions. */
  public record Admission(Instant admittedAt, String recordedBy, String reason, LocalDate arrestedOn,
      String arrestPlace, String visibleInjuries, String illTreatmentClaim, boolean informationGiven,
      String informationLanguage, boolean interpreterUsed, List<Item> property,
      List<IllTreatmentReferrals.Referral> referrals) {}

  public record Item(String description, int quantity) {}

  private final JdbcClient jdbc;
  private final IllTreatmentReferrals referrals;

  AdmissionSection(JdbcClient jdbc, IllTreatmentReferrals referrals) {
    this.jdbc = jdbc;
    this.referrals = referrals;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "custody/admission/section";
  }

  @Override
  public String fragment() {
    return "admission";
  }

  @Override
  public String permission() {
    return null;
  }

  @Override
  public Object model(UUID prisonerId) {
    return jdbc.sql("""
        SELECT id, admitted_at, recorded_by, reason, arrested_at, arrest_place, visible_injuries, ill_treatment_claim,
               information_given, information_language, interpreter_used
        FROM admission WHERE prisoner_id = ?""").param(prisonerId)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          var items = jdbc.sql("SELECT description, quantity FROM admission_property WHERE admission_id = ? ORDER BY position")
              .param(id).query((r, m) -> new Item(r.getString(1), r.getInt(2))).list();
          return new Admission(rs.getTimestamp("admitted_at").toInstant(), rs.getString("recorded_by"),
              rs.getString("reason"), rs.getObject("arrested_at", LocalDate.class), rs.getString("arrest_place"),
              rs.getString("visible_injuries"), rs.getString("ill_treatment_claim"), rs.getBoolean("information_given"),
              rs.getString("information_language"), rs.getBoolean("interpreter_used"), items,
              referrals.forPrisoner(prisonerId));
        })
        .optional().orElse(null);
  }
}
