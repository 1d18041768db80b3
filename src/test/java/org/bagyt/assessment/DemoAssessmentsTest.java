package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The demo's assessments as someone trying Bagyt would check them: current, overdue and past ones, each for a person
 * whose offences call for it, written and countersigned by two different assessors accredited on the day, and one
 * facility whose accreditations have lapsed.
 */
class DemoAssessmentsTest extends IntegrationTest {

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  @Test
  void theDemoHasCurrentOverdueAndPastAssessments() {
    assertThat(count("SELECT count(*) FROM assessment WHERE status = 'COUNTERSIGNED' AND purpose = 'EXTREMISM_RISK_NEEDS'"))
        .as("current full assessments").isGreaterThan(50);
    assertThat(count("SELECT count(*) FROM assessment WHERE status = 'SUPERSEDED'")).as("past ones").isGreaterThan(50);
    assertThat(count("SELECT count(*) FROM assessment WHERE status = 'COUNTERSIGNED' AND purpose = 'INTAKE_SCREENING'"))
        .as("screenings of recent admissions").isGreaterThan(10);
    assertThat(count("""
        SELECT count(*) FROM assessment_due WHERE closed_at IS NULL AND due_on < current_date
          AND purpose = 'EXTREMISM_RISK_NEEDS'""")).as("reviews overdue").isGreaterThan(5);
    assertThat(count("SELECT count(*) FROM assessment_due WHERE closed_at IS NULL AND due_on >= current_date"))
        .as("assessments due soon or later").isGreaterThan(5);
    assertThat(count("SELECT count(*) FROM assessment a JOIN facility f ON f.id = a.facility_id WHERE f.code = 'IK-47' "
        + "AND a.status = 'SUBMITTED' AND a.author IN ('assessor', 'assessor2')"))
        .as("waiting in colony No. 47 for the demo assessors to countersign").isPositive();
  }

  @Test
  void fullAssessmentsAreOfPeopleHeldForTerrorismOrExtremismAndTerrorismIsJudgedHigher() {
    assertThat(count("""
        SELECT count(*) FROM assessment a WHERE a.purpose = 'EXTREMISM_RISK_NEEDS' AND NOT EXISTS (
          SELECT 1 FROM prisoner_offence o JOIN offence_article r ON r.id = o.article_id
          WHERE o.prisoner_id = a.prisoner_id AND r.category IN ('TERRORISM', 'EXTREMISM'))""")).isZero();
    // The mean judged risk of violence (LOW 0, MODERATE 1, HIGH 2) in the assessments in force.
    Map<Boolean, Double> mean = new java.util.HashMap<>();
    jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM prisoner_offence o JOIN offence_article r ON r.id = o.article_id
                       WHERE o.prisoner_id = a.prisoner_id AND r.category = 'TERRORISM') AS terrorism,
               avg(CASE j.level WHEN 'LOW' THEN 0 WHEN 'MODERATE' THEN 1 ELSE 2 END)
        FROM assessment a JOIN assessment_judgement j ON j.assessment_id = a.id AND j.judgement_code = 'violence'
        WHERE a.status = 'COUNTERSIGNED' AND a.purpose = 'EXTREMISM_RISK_NEEDS' GROUP BY 1""")
        .query(rs -> {
          mean.put(rs.getBoolean(1), rs.getDouble(2));
        });
    assertThat(mean).containsKeys(true, false);
    assertThat(mean.get(true)).as("terrorism judged higher than extremism alone").isGreaterThan(mean.get(false));
  }

  @Test
  void everyAssessmentIsWrittenAndCountersignedByTwoAssessorsAccreditedOnTheDay() {
    String inForce = """
        EXISTS (SELECT 1 FROM accreditation c WHERE c.username = %s AND c.instrument_id = a.instrument_id
                AND c.issued_on <= (%s AT TIME ZONE 'Asia/Bishkek')::date
                AND c.expires_on >= (%s AT TIME ZONE 'Asia/Bishkek')::date AND c.withdrawn_at IS NULL)""";
    assertThat(count("SELECT count(*) FROM assessment a WHERE NOT "
        + inForce.formatted("a.author", "a.started_at", "a.started_at"))).as("authors out of force").isZero();
    assertThat(count("SELECT count(*) FROM assessment a WHERE a.countersigned_by IS NOT NULL AND NOT "
        + inForce.formatted("a.countersigned_by", "a.countersigned_at", "a.countersigned_at")))
        .as("countersigners out of force").isZero();
    assertThat(count("SELECT count(*) FROM assessment WHERE author = countersigned_by")).isZero();
  }

  @Test
  void everyFacilityHasAccreditedAssessorsButOneWhoseAccreditationsLapsed() {
    List<String> withoutAssessor = jdbc.sql("""
        SELECT f.code FROM facility f WHERE NOT EXISTS (
          SELECT 1 FROM staff_account s JOIN staff_account_facility sf ON sf.account_id = s.id
          JOIN accreditation c ON c.username = s.username
          WHERE sf.facility_id = f.id AND s.role = 'ASSESSOR' AND c.withdrawn_at IS NULL
            AND current_date BETWEEN c.issued_on AND c.expires_on)
        AND EXISTS (SELECT 1 FROM prisoner p WHERE p.facility_id = f.id) ORDER BY f.code""").query(String.class).list();
    assertThat(withoutAssessor).as("the one facility whose accreditations lapsed").hasSize(1).doesNotContain("IK-47");
    String lapsed = withoutAssessor.get(0);
    assertThat(count("SELECT count(*) FROM accreditation c JOIN staff_account s ON s.username = c.username "
        + "JOIN staff_account_facility sf ON sf.account_id = s.id JOIN facility f ON f.id = sf.facility_id WHERE f.code = '" + lapsed + "' AND c.expires_on < current_date"))
        .as("their lapsed accreditations are on record").isPositive();
    assertThat(count("SELECT count(*) FROM assessment_due d JOIN prisoner p ON p.id = d.prisoner_id JOIN facility f "
        + "ON f.id = p.facility_id WHERE f.code = '" + lapsed + "' AND d.closed_at IS NULL AND d.due_on < current_date"))
        .as("so their reviews fall overdue").isPositive();
  }

  @Test
  void freeTextNamesLevelsInTheLanguageItIsWrittenIn() {
    assertThat(count("SELECT count(*) FROM assessment_judgement WHERE rationale ~ '(low|moderate|high)\\.$'")).isZero();
  }
}
