package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.bagyt.accounts.Approvals;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.InvalidFields;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.support.ActingAs;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Classification as governors live it, through the application service: every decision needs a rationale; raising
 * applies at once, lowering waits for a second person who is not the requester; a stale decision is refused; a
 * designation needs its basis and review date; appeals are recorded and decided; and every refusal changes nothing.
 */
class ClassificationTest extends IntegrationTest {

  @Autowired
  Classifications classifications;

  @Autowired
  Approvals approvals;

  @AfterEach
  void signOut() {
    ActingAs.nobody();
  }

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

  /** A prisoner of colony No. 47 with a countersigned risk and needs assessment (the n-th such). */
  UUID assessedPrisoner(int n) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL
          AND EXISTS (SELECT 1 FROM assessment a WHERE a.prisoner_id = p.id AND a.status = 'COUNTERSIGNED')
        ORDER BY p.number OFFSET ? LIMIT 1""").param(n).query(UUID.class).single();
  }

  int decisions() {
    return jdbc.sql("SELECT count(*) FROM classification_decision").query(Integer.class).single();
  }

  String level(UUID prisoner, Dimension d) {
    return jdbc.sql("SELECT level FROM classification WHERE prisoner_id = ? AND dimension = ?")
        .params(prisoner, d.name()).query(String.class).optional().orElse(null);
  }

  int version(UUID prisoner, Dimension d) {
    return jdbc.sql("SELECT coalesce(max(version), 0) FROM classification WHERE prisoner_id = ? AND dimension = ?")
        .params(prisoner, d.name()).query(Integer.class).single();
  }

  @Test
  void aDecisionWithoutARationaleIsRefusedAndNothingIsWritten() {
    UUID prisoner = assessedPrisoner(0);
    ActingAs.user(jdbc, "governor");
    int before = decisions();
    int v = version(prisoner, Dimension.SECURITY);
    assertThatThrownBy(() -> classifications.decide(prisoner, new NewDecision(Dimension.SECURITY, "HIGH", v, "  ", null,
        null, null))).isInstanceOfSatisfying(InvalidFields.class, refused -> assertThat(refused.errors())
        .containsEntry("rationale-SECURITY", "classification.error.rationale-required"));
    assertThatThrownBy(() -> classifications.decide(prisoner, new NewDecision(Dimension.REGIME, "NO_SUCH", v, "Почему-то",
        null, null, null))).isInstanceOfSatisfying(InvalidFields.class, refused -> assertThat(refused.errors())
        .containsEntry("level-REGIME", "classification.error.unknown-level"));
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void raisingAppliesAtOnceAndLoweringWaitsForASecondPerson() {
    UUID prisoner = assessedPrisoner(1);
    ActingAs.user(jdbc, "governor");
    int v = version(prisoner, Dimension.SECURITY);
    var raised = classifications.decide(prisoner, new NewDecision(Dimension.SECURITY, "HIGH", v,
        "Записанные угрозы сотрудникам на прошлой неделе.", null, null, null));
    assertThat(raised.status()).isEqualTo(Classifications.Decided.Status.APPLIED);
    assertThat(level(prisoner, Dimension.SECURITY)).isEqualTo("HIGH");

    var lowered = classifications.decide(prisoner, new NewDecision(Dimension.SECURITY, "LOW", raised.version(),
        "Угрозы не подтвердились при проверке.", null, null, null));
    assertThat(lowered.status()).isEqualTo(Classifications.Decided.Status.AWAITING_APPROVAL);
    assertThat(level(prisoner, Dimension.SECURITY)).isEqualTo("HIGH");

    // The requester cannot approve their own lowering.
    assertThatThrownBy(() -> approvals.approve(lowered.id(), "Согласен")).isInstanceOfSatisfying(BagytException.class,
        refused -> assertThat(refused.messageKey()).isEqualTo("approval.error.own-request"));
    // A governor of another facility cannot apply it either: the approval stays pending.
    ActingAs.user(jdbc, "governor-sizo-1");
    assertThatThrownBy(() -> approvals.approve(lowered.id(), "Согласен")).isInstanceOf(OutsideScope.class);
    assertThat(level(prisoner, Dimension.SECURITY)).isEqualTo("HIGH");

    ActingAs.user(jdbc, "hq");
    approvals.approve(lowered.id(), "Проверено, согласен.");
    assertThat(level(prisoner, Dimension.SECURITY)).isEqualTo("LOW");
    assertThat(jdbc.sql("SELECT kind || ':' || decided_by || ':' || coalesce(approved_by, '') FROM classification_decision "
        + "WHERE prisoner_id = ? AND dimension = 'SECURITY' AND decided_by = 'governor' ORDER BY decided_at")
        .param(prisoner).query(String.class).list()).endsWith("APPLIED:governor:", "REQUESTED:governor:",
        "APPROVED:governor:hq");
    // History is append-only, whatever the code does.
    assertThatThrownBy(() -> jdbc.sql("UPDATE classification_decision SET rationale = 'x' WHERE prisoner_id = ?")
        .param(prisoner).update()).isInstanceOf(Exception.class);
  }

  @Test
  void aStaleDecisionIsRefusedAndNothingIsLost() {
    UUID prisoner = assessedPrisoner(2);
    ActingAs.user(jdbc, "governor");
    int seen = version(prisoner, Dimension.REGIME);
    classifications.decide(prisoner, new NewDecision(Dimension.REGIME, "STRICT", seen, "Нарушения режима.", null, null, null));
    ActingAs.user(jdbc, "hq");
    int before = decisions();
    assertThatThrownBy(() -> classifications.decide(prisoner, new NewDecision(Dimension.REGIME, "SPECIAL", seen,
        "Другое мнение.", null, null, null))).isInstanceOfSatisfying(BagytException.class, refused -> {
          assertThat(refused.status().value()).isEqualTo(409);
          assertThat(refused.type()).isEqualTo("stale-edit");
        });
    assertThat(level(prisoner, Dimension.REGIME)).isEqualTo("STRICT");
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void aDesignationNeedsItsBasisAndReviewDateAndIsRemovedOnlyWithASecondPerson() {
    UUID prisoner = assessedPrisoner(3);
    ActingAs.user(jdbc, "governor");
    int v = version(prisoner, Dimension.DESIGNATION);
    int before = decisions();
    assertThatThrownBy(() -> classifications.decide(prisoner, new NewDecision(Dimension.DESIGNATION, "DESIGNATED", v,
        "Оценка: высокий риск.", " ", TODAY, null))).isInstanceOfSatisfying(InvalidFields.class, refused ->
        assertThat(refused.errors()).containsEntry("basis", "classification.error.basis-required")
            .containsEntry("review-on", "classification.error.review-required"));
    assertThatThrownBy(() -> classifications.decide(prisoner, new NewDecision(Dimension.DESIGNATION, "DESIGNATED", v,
        "Оценка: высокий риск.", "Оценка и материалы дела.", TODAY, TODAY.plusMonths(18))))
        .isInstanceOfSatisfying(InvalidFields.class, refused ->
            assertThat(refused.errors()).containsEntry("review-on", "classification.error.review-too-far"));
    assertThat(decisions()).isEqualTo(before);

    // Designating (or confirming a designation the demo made) applies at once.
    var designated = classifications.decide(prisoner, new NewDecision(Dimension.DESIGNATION, "DESIGNATED", v,
        "Оценка: высокий риск насилия.", "Подтверждённая оценка и материалы дела.", TODAY, TODAY.plusMonths(6)));
    assertThat(designated.status()).isEqualTo(Classifications.Decided.Status.APPLIED);
    assertThat(level(prisoner, Dimension.DESIGNATION)).isEqualTo("DESIGNATED");
    var removal = classifications.decide(prisoner, new NewDecision(Dimension.DESIGNATION, "NOT_DESIGNATED",
        designated.version(), "Программа завершена, новая оценка — низкий риск.", null, null, null));
    assertThat(removal.status()).isEqualTo(Classifications.Decided.Status.AWAITING_APPROVAL);
    assertThat(level(prisoner, Dimension.DESIGNATION)).isEqualTo("DESIGNATED");
  }

  @Test
  void anAppealIsRecordedAndDecidedByAnotherPerson() {
    UUID prisoner = assessedPrisoner(4);
    ActingAs.user(jdbc, "governor");
    var done = classifications.decide(prisoner, new NewDecision(Dimension.SECURITY, "HIGH",
        version(prisoner, Dimension.SECURITY), "Угрозы сотрудникам.", null, null, null));
    ActingAs.user(jdbc, "officer");
    UUID appeal = classifications.lodgeAppeal(prisoner, done.id(), TODAY, "Угроз не было, это недоразумение.");
    assertThatThrownBy(() -> classifications.lodgeAppeal(prisoner, done.id(), TODAY, "Ещё раз."))
        .isInstanceOfSatisfying(BagytException.class, refused -> assertThat(refused.type()).isEqualTo("appeal-open"));
    // The governor who decided may not decide the appeal.
    ActingAs.user(jdbc, "governor");
    assertThatThrownBy(() -> classifications.decideAppeal(prisoner, appeal, 0, ClassificationAppeal.Outcome.UPHELD, "Нет."))
        .isInstanceOfSatisfying(BagytException.class, refused -> assertThat(refused.type()).isEqualTo("decide-own"));
    ActingAs.user(jdbc, "hq");
    classifications.decideAppeal(prisoner, appeal, 0, ClassificationAppeal.Outcome.RECONSIDER, "Доводы заслуживают проверки.");
    var stored = jdbc.sql("SELECT outcome || ':' || decided_by FROM classification_appeal WHERE id = ?").param(appeal)
        .query(String.class).single();
    assertThat(stored).isEqualTo("RECONSIDER:hq");
    // Reconsidering flags the scale; it never changes the level by itself.
    assertThat(level(prisoner, Dimension.SECURITY)).isEqualTo("HIGH");
    assertThat(jdbc.sql("SELECT reason FROM classification_review WHERE prisoner_id = ? AND dimension = 'SECURITY'")
        .param(prisoner).query(String.class).single()).isEqualTo("APPEAL");
  }

  @Test
  void aGovernorOfAnotherFacilityCannotDecide() {
    UUID prisoner = assessedPrisoner(5);
    ActingAs.user(jdbc, "governor-sizo-1");
    int before = decisions();
    assertThatThrownBy(() -> classifications.decide(prisoner, new NewDecision(Dimension.SECURITY, "HIGH", 0, "Причина.",
        null, null, null))).isInstanceOf(OutsideScope.class);
    assertThatThrownBy(() -> classifications.overview(prisoner)).isInstanceOf(OutsideScope.class);
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void theDefaultIsTheLeastRestrictiveLevelTheAssessmentAllows() {
    var scale = java.util.List.of(
        new ClassificationLevel(Dimension.SECURITY, "LOW", 1, "т", "н", "l", java.util.Set.of("LOW"), true),
        new ClassificationLevel(Dimension.SECURITY, "MEDIUM", 2, "о", "с", "m", java.util.Set.of("MODERATE"), true),
        new ClassificationLevel(Dimension.SECURITY, "HIGH", 3, "ж", "в", "h", java.util.Set.of("HIGH"), true));
    assertThat(Classifications.defaultLevel(scale, org.bagyt.assessment.Level.MODERATE).code()).isEqualTo("MEDIUM");
    assertThat(Classifications.defaultLevel(scale, null).code()).isEqualTo("LOW");
    // The demo classifies most violent extremist prisoners low or medium: no automatic maximum.
    var counts = jdbc.sql("SELECT level, count(*) FROM classification WHERE dimension = 'SECURITY' GROUP BY level")
        .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getInt(2))).list();
    int high = counts.stream().filter(e -> e.getKey().equals("HIGH")).mapToInt(java.util.Map.Entry::getValue).sum();
    int all = counts.stream().mapToInt(java.util.Map.Entry::getValue).sum();
    assertThat(all).isPositive();
    assertThat(high * 2).isLessThan(all);
  }
}
