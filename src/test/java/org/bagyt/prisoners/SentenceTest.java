package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Legal status, offences and sentence as the records office and the API meet them, with the demo behind them. */
class SentenceTest extends IntegrationTest {

  private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  /** A convicted prisoner of colony No. 47, where the demo officer and governor work. */
  private UUID convictedInHomeFacility(int nth) {
    return jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id JOIN sentence s ON s.prisoner_id = p.id "
        + "WHERE f.code = 'IK-47' AND p.legal_status = 'CONVICTED' ORDER BY p.number OFFSET ? LIMIT 1")
        .param(nth).query(UUID.class).single();
  }

  private int calculations(UUID prisoner) {
    return jdbc.sql("SELECT count(*) FROM sentence_calculation WHERE prisoner_id = ?").param(prisoner)
        .query(Integer.class).single();
  }

  private LocalDate admitted(UUID prisoner) {
    return jdbc.sql("SELECT admitted_at FROM prisoner WHERE id = ?").param(prisoner).query(java.sql.Timestamp.class)
        .single().toInstant().atZone(BISHKEK).toLocalDate();
  }

  private static Map<String, String> sentenceForm(LocalDate start, String years, String months, String days,
      String remand, String reason, Object version) {
    var form = new LinkedHashMap<String, String>();
    form.put("startsOn", start == null ? "" : start.toString());
    form.put("years", years);
    form.put("months", months);
    form.put("days", days);
    form.put("remandDays", remand);
    form.put("reason", reason);
    form.put("version", String.valueOf(version));
    return form;
  }

  private int version(UUID prisoner) {
    return jdbc.sql("SELECT version FROM sentence WHERE prisoner_id = ?").param(prisoner).query(Integer.class).single();
  }

  @Test
  void theDemoHoldsAboutFourHundredForTerrorismOrExtremismAndEverySentenceFitsTheAdmission() {
    int extremist = jdbc.sql("""
        SELECT count(DISTINCT o.prisoner_id) FROM prisoner_offence o JOIN offence_article a ON a.id = o.article_id
        WHERE a.category IN ('TERRORISM', 'EXTREMISM')""").query(Integer.class).single();
    assertThat(extremist).isBetween(300, 500);
    assertThat(jdbc.sql("""
        SELECT count(*) FROM prisoner p WHERE p.legal_status <> 'UNTRIED' AND (NOT EXISTS (SELECT 1 FROM sentence s WHERE s.prisoner_id = p.id)
          OR NOT EXISTS (SELECT 1 FROM prisoner_offence o WHERE o.prisoner_id = p.id AND o.stage = 'CONVICTED'))""")
        .query(Integer.class).single()).as("convicted prisoners without a conviction or a sentence").isZero();
    assertThat(jdbc.sql("""
        SELECT count(*) FROM prisoner p WHERE p.legal_status = 'UNTRIED' AND (EXISTS (SELECT 1 FROM sentence s WHERE s.prisoner_id = p.id)
          OR NOT EXISTS (SELECT 1 FROM prisoner_offence o WHERE o.prisoner_id = p.id AND o.stage = 'CHARGED'))""")
        .query(Integer.class).single()).as("untried prisoners with a sentence or without a charge").isZero();
    assertThat(jdbc.sql("""
        SELECT count(*) FROM sentence s JOIN prisoner p ON p.id = s.prisoner_id
        WHERE s.release_on < (p.admitted_at AT TIME ZONE 'Asia/Bishkek')::date OR s.release_on <= current_date
           OR s.starts_on < p.date_of_birth OR s.eligible_on < s.starts_on OR s.eligible_on > s.release_on""")
        .query(Integer.class).single()).as("sentences inconsistent with admission, birth or today").isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM sentence s WHERE NOT EXISTS (SELECT 1 FROM sentence_calculation c "
        + "WHERE c.prisoner_id = s.prisoner_id)").query(Integer.class).single()).as("sentences without history").isZero();
  }

  @Test
  void theFileShowsOffencesAndSentenceAndOnlyTheRecordsOfficeMayChangeThem() {
    UUID prisoner = convictedInHomeFacility(0);
    LocalDate release = jdbc.sql("SELECT release_on FROM sentence WHERE prisoner_id = ?").param(prisoner)
        .query(LocalDate.class).single();
    var officer = signedIn("officer");
    var file = officer.get("/prisoners/" + prisoner).html();
    assertThat(file.select("h2#sentence").text()).isEqualTo("Legal status and sentence");
    assertThat(file.select(".bagyt-offences tbody tr")).isNotEmpty();
    assertThat(file.select(".bagyt-offences tbody tr td").first().text()).startsWith("Art. ");
    assertThat(file.select(".bagyt-release-on").text())
        .isEqualTo(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.ENGLISH).format(release));
    assertThat(file.select("a[href$=/sentence]").text()).isEqualTo("Change legal status, offences or sentence");

    var probation = signedIn("probation");
    var seen = probation.get("/prisoners/" + prisoner);
    assertThat(seen.html().select(".bagyt-release-on")).isNotEmpty();
    assertThat(seen.html().select("a[href$=/sentence]")).isEmpty();
    assertThat(probation.get("/prisoners/" + prisoner + "/sentence").status()).isEqualTo(403);
  }

  @Test
  void changingTheSentenceRecalculatesItAndKeepsTheEarlierCalculation() {
    UUID prisoner = convictedInHomeFacility(1);
    var before = jdbc.sql("SELECT starts_on, release_on FROM sentence WHERE prisoner_id = ?").param(prisoner).query().singleRow();
    int history = calculations(prisoner);
    LocalDate start = ((java.sql.Date) before.get("starts_on")).toLocalDate();
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner + "/sentence");
    var saved = officer.follow(officer.postForm("/prisoners/" + prisoner + "/sentence",
        sentenceForm(start, "12", "0", "0", "100", "Appeal decision 2-45/2026", version(prisoner))));
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.html().select(".govuk-notification-banner__heading").text())
        .isEqualTo("The sentence has been calculated and saved; the earlier calculation is kept.");

    var after = jdbc.sql("SELECT years, months, remand_days, release_on FROM sentence WHERE prisoner_id = ?")
        .param(prisoner).query().singleRow();
    assertThat(after).containsEntry("years", 12).containsEntry("remand_days", 100);
    // 12 years from the start, the day before the corresponding date, less 100 days of credit.
    assertThat(((java.sql.Date) after.get("release_on")).toLocalDate()).isEqualTo(start.plusYears(12).minusDays(101));
    assertThat(calculations(prisoner)).isEqualTo(history + 1);
    assertThat(jdbc.sql("SELECT release_on FROM sentence_calculation WHERE prisoner_id = ? ORDER BY calculated_at LIMIT 1")
        .param(prisoner).query(LocalDate.class).single()).isEqualTo(((java.sql.Date) before.get("release_on")).toLocalDate());
    assertThat(saved.html().select(".bagyt-sentence-history tbody tr")).hasSize(history + 1);
    assertThat(saved.html().select(".bagyt-sentence-history tbody tr").first().text()).contains("Appeal decision 2-45/2026");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'UPDATE' AND resource_type = 'SENTENCE' "
        + "AND prisoner_id = ? AND actor = 'officer' AND purpose = 'Appeal decision 2-45/2026'").param(prisoner)
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void badSentencesAreRefusedWithAClearMessageAndNothingIsWritten() {
    UUID prisoner = convictedInHomeFacility(2);
    int history = calculations(prisoner);
    int version = version(prisoner);
    LocalDate admitted = admitted(prisoner);
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner + "/sentence");
    record Case(Map<String, String> form, String field, String message) {}
    var cases = java.util.List.of(
        new Case(sentenceForm(admitted.minusDays(400), "0", "1", "0", "0", "Verdict", version), "startsOn",
            "With this start, length and credit the release date falls before the prisoner was admitted."),
        new Case(sentenceForm(LocalDate.of(1900, 1, 1), "5", "0", "0", "0", "Verdict", version), "startsOn",
            "The sentence cannot start before the prisoner was born."),
        new Case(sentenceForm(admitted, "-1", "0", "0", "0", "Verdict", version), "years",
            "Enter a length of 0 to 30 years, 0 to 11 months and 0 to 30 days, not all zero."),
        new Case(sentenceForm(admitted, "0", "0", "0", "0", "Verdict", version), "years",
            "Enter a length of 0 to 30 years"),
        new Case(sentenceForm(admitted, "1", "0", "0", "365", "Verdict", version), "remandDays",
            "The credit for time on remand covers the whole term"),
        new Case(sentenceForm(admitted, "1", "0", "0", "-3", "Verdict", version), "remandDays",
            "Enter the credit for time on remand as a whole number of days"),
        new Case(sentenceForm(admitted, "1", "0", "0", "0", " ", version), "reason", "Give a reason for the change."),
        new Case(sentenceForm(null, "1", "0", "0", "0", "Verdict", version), "startsOn", "Enter the start of the sentence."),
        new Case(sentenceForm(LocalDate.now().plusDays(3), "1", "0", "0", "0", "Verdict", version), "startsOn",
            "The sentence cannot start after today."));
    for (Case c : cases) {
      var refused = officer.postForm("/prisoners/" + prisoner + "/sentence", c.form());
      assertThat(refused.status()).as(c.message()).isEqualTo(400);
      var summary = refused.html().selectFirst(".govuk-error-summary");
      assertThat(summary.text()).as(c.form().toString()).contains(c.message()).contains("Nothing was changed.");
      assertThat(summary.selectFirst("a").attr("href")).isEqualTo("#" + c.field());
      assertThat(refused.html().select("#" + c.field() + "-error").text()).contains(c.message());
    }
    // Nothing was written by the refusals: the version read before them is still current.
    var accepted = officer.postForm("/prisoners/" + prisoner + "/sentence",
        sentenceForm(admitted, "1", "0", "0", "0", "Verdict", version));
    assertThat(accepted.status()).isEqualTo(302);
    assertThat(calculations(prisoner)).isEqualTo(history + 1);

    var stale = officer.postForm("/prisoners/" + prisoner + "/sentence",
        sentenceForm(admitted, "2", "0", "0", "0", "Verdict", version));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.html().text()).contains("Someone else changed this record while you were editing it.");
    assertThat(calculations(prisoner)).isEqualTo(history + 1);
  }

  @Test
  void offencesNeedAKnownArticleAndAConvictionRecalculatesTheSentence() {
    UUID prisoner = convictedInHomeFacility(3);
    int offences = jdbc.sql("SELECT count(*) FROM prisoner_offence WHERE prisoner_id = ?").param(prisoner)
        .query(Integer.class).single();
    var officer = signedIn("officer");
    officer.get("/prisoners/" + prisoner + "/sentence");
    var unknown = officer.postForm("/prisoners/" + prisoner + "/sentence/offences",
        Map.of("article", UUID.randomUUID().toString(), "stage", "CONVICTED", "committedOn", "2020-01-01"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.html().selectFirst(".govuk-error-summary").text()).contains("Choose an article from the list.");
    var future = officer.postForm("/prisoners/" + prisoner + "/sentence/offences",
        Map.of("article", article("1997", "97").toString(), "stage", "CONVICTED", "committedOn", "2999-01-01"));
    assertThat(future.html().selectFirst(".govuk-error-summary").text())
        .contains("The date of the offence cannot be in the future.");
    assertThat(jdbc.sql("SELECT count(*) FROM prisoner_offence WHERE prisoner_id = ?").param(prisoner)
        .query(Integer.class).single()).isEqualTo(offences);

    // A terrorism conviction makes the gravest rule (3/4) govern the sentence, and the change is kept as history.
    int history = calculations(prisoner);
    var added = officer.follow(officer.postForm("/prisoners/" + prisoner + "/sentence/offences",
        Map.of("article", article("2019", "243").toString(), "stage", "CONVICTED", "committedOn", "2019-06-01")));
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.html().select(".bagyt-offences").text()).contains("Art. 243 (Code of 2019)");
    var governing = jdbc.sql("SELECT category, numerator, denominator FROM sentence WHERE prisoner_id = ?")
        .param(prisoner).query().singleRow();
    assertThat(governing).containsEntry("category", "TERRORISM").containsEntry("numerator", 3)
        .containsEntry("denominator", 4);
    assertThat(calculations(prisoner)).isGreaterThanOrEqualTo(history);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND resource_type = 'PRISONER_OFFENCE' "
        + "AND prisoner_id = ?").param(prisoner).query(Integer.class).single()).isEqualTo(1);
  }

  private UUID article(String codeYear, String number) {
    return jdbc.sql("SELECT id FROM offence_article WHERE code_year = ?::smallint AND article = ?").params(codeYear, number)
        .query(UUID.class).single();
  }

  @Test
  void anUntriedPrisonerHasNoSentenceUntilTheLegalStatusChanges() {
    UUID untried = jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id "
        + "WHERE f.code = 'SIZO-1' AND p.legal_status = 'UNTRIED' ORDER BY p.number LIMIT 1").query(UUID.class).single();
    var governor = signedIn("governor-sizo-1");
    var page = governor.get("/prisoners/" + untried + "/sentence");
    assertThat(page.status()).isEqualTo(200);
    var refused = governor.postForm("/prisoners/" + untried + "/sentence",
        sentenceForm(admitted(untried), "3", "0", "0", "0", "Verdict", ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().selectFirst(".govuk-error-summary").text())
        .contains("An untried prisoner has no sentence: change the legal status first.");

    int version = jdbc.sql("SELECT version FROM prisoner WHERE id = ?").param(untried).query(Integer.class).single();
    var noReason = governor.postForm("/prisoners/" + untried + "/sentence/legal-status",
        Map.of("legalStatus", "CONVICTED", "reason", "", "version", String.valueOf(version)));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.html().selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#legalStatusReason");
    var changed = governor.follow(governor.postForm("/prisoners/" + untried + "/sentence/legal-status",
        Map.of("legalStatus", "CONVICTED", "reason", "Verdict 1-12/2026 of the Bishkek court", "version",
            String.valueOf(version))));
    assertThat(changed.html().select(".govuk-notification-banner__heading").text())
        .isEqualTo("The legal status has been changed.");
    assertThat(jdbc.sql("SELECT legal_status FROM prisoner WHERE id = ?").param(untried).query(String.class).single())
        .isEqualTo("CONVICTED");
    assertThat(jdbc.sql("SELECT from_status || '>' || to_status || ' ' || changed_by FROM legal_status_change WHERE prisoner_id = ?")
        .param(untried).query(String.class).single()).isEqualTo("UNTRIED>CONVICTED governor-sizo-1");
    // Still no conviction recorded: the sentence waits for one.
    var noConviction = governor.postForm("/prisoners/" + untried + "/sentence",
        sentenceForm(admitted(untried), "3", "0", "0", "0", "Verdict", ""));
    assertThat(noConviction.html().selectFirst(".govuk-error-summary").text())
        .contains("add the offence of conviction first");
  }

  @Test
  void theApiReadsAuditedWithinScopeAndRecordsWithOptimisticLocking() {
    UUID prisoner = convictedInHomeFacility(4);
    var officer = signedIn("officer");
    long before = jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
    var read = officer.get("/api/v1/prisoners/" + prisoner + "/sentence", "Accept", "application/json");
    assertThat(read.status()).isEqualTo(200);
    var position = json.readTree(read.body());
    assertThat(position.get("legalStatus").asString()).isEqualTo("CONVICTED");
    assertThat(position.get("offences").size()).isPositive();
    int version = position.get("sentence").get("version").asInt();
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND resource_type = 'SENTENCE' "
        + "AND prisoner_id = ? AND seq > ?").params(prisoner, before).query(Integer.class).single()).isEqualTo(1);

    LocalDate start = admitted(prisoner).minusDays(20);
    String body = "{\"startsOn\":\"" + start + "\",\"years\":6,\"months\":3,\"days\":0,\"remandDays\":45,"
        + "\"reason\":\"Supreme Court ruling 3-1/2026\",\"version\":" + version + "}";
    var put = officer.send("PUT", "/api/v1/prisoners/" + prisoner + "/sentence", body, "application/json");
    assertThat(put.status()).isEqualTo(200);
    var sentence = json.readTree(put.body());
    assertThat(sentence.get("releaseOn").asString()).isEqualTo(start.plusYears(6).plusMonths(3).minusDays(46).toString());
    assertThat(sentence.get("version").asInt()).isEqualTo(version + 1);

    var stale = officer.send("PUT", "/api/v1/prisoners/" + prisoner + "/sentence", body, "application/json");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(json.readTree(stale.body()).get("type").asString()).isEqualTo("/problems/stale-edit");

    String early = "{\"startsOn\":\"" + start.minusDays(200) + "\",\"years\":0,\"months\":1,\"remandDays\":0,"
        + "\"reason\":\"Typo\",\"version\":" + (version + 1) + "}";
    var bad = officer.send("PUT", "/api/v1/prisoners/" + prisoner + "/sentence", early, "application/json");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("type").asString()).isEqualTo("/problems/release-before-admission");
    assertThat(json.readTree(bad.body()).get("detail").asString()).contains("falls before the prisoner was admitted");

    UUID elsewhere = jdbc.sql("SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id JOIN sentence s "
        + "ON s.prisoner_id = p.id WHERE f.code <> 'IK-47' ORDER BY p.number LIMIT 1").query(UUID.class).single();
    var outside = officer.get("/api/v1/prisoners/" + elsewhere + "/sentence", "Accept", "application/json");
    assertThat(outside.status()).isEqualTo(403);
    assertThat(json.readTree(outside.body()).get("type").asString()).isEqualTo("/problems/outside-scope");
    var outsideWrite = officer.send("PUT", "/api/v1/prisoners/" + elsewhere + "/sentence", body, "application/json");
    assertThat(outsideWrite.status()).isEqualTo(403);
    assertThat(calculations(elsewhere)).isEqualTo(1);

    var hq = signedIn("hq");
    assertThat(hq.get("/api/v1/prisoners/" + prisoner + "/sentence", "Accept", "application/json").status()).isEqualTo(200);
    assertThat(hq.send("PUT", "/api/v1/prisoners/" + prisoner + "/sentence", body, "application/json").status())
        .isEqualTo(403);
  }

  @Test
  void theOffenceListIsReferenceDataWithTitlesInEachLanguage() {
    var list = json.readTree(signedIn("probation").get("/api/v1/offences", "Accept", "application/json").body());
    var articles = new java.util.HashMap<String, String>();
    list.get("articles").forEach(a -> articles.put(a.get("codeYear").asInt() + "/" + a.get("article").asString(),
        a.get("category").asString() + " " + a.get("titleRu").asString()));
    assertThat(articles).containsEntry("1997/299-2",
        "EXTREMISM Изготовление, распространение или хранение экстремистских материалов");
    assertThat(articles.get("2019/243")).startsWith("TERRORISM");
    assertThat(articles.get("2021/331")).startsWith("EXTREMISM");
    var rules = new java.util.HashMap<String, String>();
    list.get("earlyReleaseRules").forEach(r -> rules.put(r.get("category").asString(),
        r.get("numerator").asInt() + "/" + r.get("denominator").asInt()));
    assertThat(rules).containsEntry("OTHER", "1/2").containsEntry("VIOLENT", "2/3").containsEntry("TERRORISM", "3/4")
        .containsEntry("EXTREMISM", "3/4");
  }
}
