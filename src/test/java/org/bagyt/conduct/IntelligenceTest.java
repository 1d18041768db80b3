package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The intelligence log through the API and the pages: grading required and checked against the scheme, prisoners and
 * linked prisoners must exist, a handling code hides an item from a role without its permission, an item alleged to
 * come from duress is neither usable nor a network link until someone other than its recorder reviews it, and roles
 * outside security get 403. Every refusal writes nothing.
 */
class IntelligenceTest extends IntegrationTest {

  String prisoner(String facility, int n) {
    return jdbc.sql("""
        SELECT p.number FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL ORDER BY p.number OFFSET ? LIMIT 1""")
        .params(facility, n).query(String.class).single();
  }

  int written() {
    return jdbc.sql("""
        SELECT (SELECT count(*) FROM intelligence_item) + (SELECT count(*) FROM intelligence_subject)
             + (SELECT count(*) FROM intelligence_link)""").query(Integer.class).single();
  }

  WebClient signedIn(String user, String language) {
    WebClient c = client().acceptLanguage(language);
    c.signIn(user, DemoData.DEMO_PASSWORD);
    c.get("/");
    return c;
  }

  static String body(String source, String information, String handling, String prisoners, String links, String extra) {
    return """
        {"sourceGrade": %s, "informationGrade": %s, "handlingCode": %s, "handlingConditions": "Только для прокуратуры.",
         "summary": "Склоняет других к участию в группе.", "provenance": "Наблюдение сотрудника отряда.",
         "obtainedOn": "2026-11-20", "prisoners": [%s], "links": [%s]%s}""".formatted(
        quoted(source), quoted(information), quoted(handling), prisoners, links, extra);
  }

  static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  static String link(String a, String b) {
    return "{\"prisonerA\": \"%s\", \"prisonerB\": \"%s\"}".formatted(a, b);
  }

  static String id(WebClient.Response r) {
    return r.body().replaceAll("(?s)^\\{\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  WebClient.Response post(WebClient c, String path, String json) {
    return c.send("POST", path, json, "application/json");
  }

  @Test
  void anItemWithoutGradingOrWithAnUnknownGradeIsRefusedAndNothingIsWritten() {
    WebClient analyst = signedIn("analyst", "en");
    String a = quoted(prisoner("IK-47", 0));
    int before = written();

    var noGrading = post(analyst, "/api/v1/intelligence", body(null, null, null, a, "", ""));
    assertThat(noGrading.status()).isEqualTo(400);
    assertThat(noGrading.body()).contains("/problems/invalid-input", "sourceGrade", "informationGrade", "handlingCode",
        "Choose a grade", "Choose a handling code");

    var unknown = post(analyst, "/api/v1/intelligence", body("F", "9", "P", a, "", ""));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("This grade is not in the grading scheme");

    var unknownHandling = post(analyst, "/api/v1/intelligence", body("B", "2", "X", a, "", ""));
    assertThat(unknownHandling.status()).isEqualTo(400);
    assertThat(unknownHandling.body()).contains("This handling code is not in the grading scheme");
    assertThat(written()).isEqualTo(before);

    // The same refusal from the form, in Russian and Kyrgyz, at its field.
    for (var language : Map.of("ru", "Выберите оценку", "ky", "Бааны тандаңыз").entrySet()) {
      WebClient page = signedIn("analyst", language.getKey());
      page.get("/intelligence/new");
      var form = page.postForm("/intelligence", Map.of("handlingCode", "P", "summary", "Текст.", "provenance", "Рапорт.",
          "obtainedOn", "2026-11-20", "prisoners", prisoner("IK-47", 0)));
      assertThat(form.status()).isEqualTo(400);
      assertThat(form.html().select("#sourceGrade-error").text()).contains(language.getValue());
    }
    assertThat(written()).isEqualTo(before);

    var graded = post(analyst, "/api/v1/intelligence", body("B", "2", "P", a, "", ""));
    assertThat(graded.status()).as(graded.body()).isEqualTo(201);
    assertThat(graded.body()).contains("\"reference\":\"INT-", "\"shareable\":true", "\"usable\":true");
  }

  @Test
  void linksToUnknownPrisonersAndUnknownPrisonersAreRefusedAndNothingIsWritten() {
    WebClient analyst = signedIn("analyst", "en");
    String a = prisoner("IK-47", 1);
    String b = prisoner("IK-47", 2);
    int before = written();

    var unknownLink = post(analyst, "/api/v1/intelligence", body("C", "3", "P", quoted(a), link(a, "IK-0000-999999"), ""));
    assertThat(unknownLink.status()).isEqualTo(400);
    assertThat(unknownLink.body()).contains("\"links\"", "names a prisoner who does not exist");

    var randomId = post(analyst, "/api/v1/intelligence",
        body("C", "3", "P", quoted(a), link(a, UUID.randomUUID().toString()), ""));
    assertThat(randomId.status()).isEqualTo(400);

    var self = post(analyst, "/api/v1/intelligence", body("C", "3", "P", quoted(a), link(a, a), ""));
    assertThat(self.status()).isEqualTo(400);
    assertThat(self.body()).contains("joins a prisoner with themself");

    var unknownSubject = post(analyst, "/api/v1/intelligence", body("C", "3", "P", quoted("IK-0000-999999"), "", ""));
    assertThat(unknownSubject.status()).isEqualTo(400);
    assertThat(unknownSubject.body()).contains("\"prisoners\"", "No prisoner has this number");

    var none = post(analyst, "/api/v1/intelligence", body("C", "3", "P", "", "", ""));
    assertThat(none.status()).isEqualTo(400);
    assertThat(written()).isEqualTo(before);

    var fine = post(analyst, "/api/v1/intelligence", body("C", "3", "P", quoted(a), link(a, b), ""));
    assertThat(fine.status()).as(fine.body()).isEqualTo(201);
    assertThat(written()).isEqualTo(before + 3);
  }

  @Test
  void aHandlingCodeHidesAnItemFromARoleWithoutItsPermission() {
    WebClient analyst = signedIn("analyst", "en");
    WebClient hq = signedIn("hq", "en");
    WebClient governor = signedIn("governor", "en");
    WebClient otherGovernor = signedIn("governor-ik-1", "en");
    String home = quoted(prisoner("IK-47", 3));

    String open = id(post(analyst, "/api/v1/intelligence", body("B", "2", "P", home, "", "")));
    String security = id(post(analyst, "/api/v1/intelligence", body("B", "2", "S", home, "", "")));
    String headquarters = id(post(hq, "/api/v1/intelligence", body("A", "1", "H", home, "", "")));

    // The governor of IK-47 sees the open item of their facility, not the one kept to security staff.
    assertThat(governor.get("/api/v1/intelligence/" + open).status()).isEqualTo(200);
    assertThat(governor.get("/api/v1/intelligence/" + security).status()).isEqualTo(404);
    assertThat(governor.get("/intelligence/" + security).status()).isEqualTo(404);
    assertThat(governor.get("/api/v1/intelligence").body()).contains(open).doesNotContain(security, headquarters);
    // Another facility's governor sees none of them; analysts see all but the headquarters' own.
    assertThat(otherGovernor.get("/api/v1/intelligence/" + open).status()).isEqualTo(404);
    assertThat(analyst.get("/api/v1/intelligence/" + security).status()).isEqualTo(200);
    assertThat(analyst.get("/api/v1/intelligence/" + headquarters).status()).isEqualTo(404);
    assertThat(analyst.get("/intelligence").body()).doesNotContain(headquarters);
    assertThat(hq.get("/api/v1/intelligence/" + headquarters).status()).isEqualTo(200);
    // Only the open codes may leave the service.
    assertThat(hq.get("/api/v1/intelligence/" + headquarters).body()).contains("\"shareable\":false");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'INTELLIGENCE_ITEM' AND resource_id = ? "
        + "AND outcome = 'DENIED'").param(security).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void anItemAllegedToComeFromDuressNeitherFeedsDecisionsNorLinksUntilAnotherPersonReviewsIt() {
    WebClient analyst = signedIn("analyst", "en");
    WebClient hq = signedIn("hq", "en");
    String a = prisoner("IK-47", 4);
    String b = prisoner("IK-47", 5);
    String duress = ", \"duressAlleged\": true, \"duressNote\": \"Заявил адвокату об угрозах.\"";
    int before = written();

    var usableAnyway = post(analyst, "/api/v1/intelligence", body("B", "2", "P", quoted(a), link(a, b),
        duress + ", \"usable\": true"));
    assertThat(usableAnyway.status()).isEqualTo(409);
    assertThat(usableAnyway.body()).contains("/problems/duress-unreviewed");
    var reviewAnyway = post(analyst, "/api/v1/intelligence", body("B", "2", "P", quoted(a), link(a, b),
        duress + ", \"requestAssessmentReview\": true"));
    assertThat(reviewAnyway.status()).isEqualTo(409);
    assertThat(written()).isEqualTo(before);

    var recorded = post(analyst, "/api/v1/intelligence", body("B", "2", "P", quoted(a), link(a, b), duress));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"usable\":false", "\"shareable\":false", "\"reviewStatus\":\"AWAITING_REVIEW\"");
    String item = id(recorded);
    String reference = recorded.body().replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1");

    assertThat(analyst.get("/api/v1/network?kinds=INTELLIGENCE").body()).doesNotContain(reference);
    var chain = analyst.get("/api/v1/network/chain?kinds=INTELLIGENCE&a=" + a + "&b=" + b);
    assertThat(chain.status()).isEqualTo(400);
    assertThat(chain.body()).contains("has no link in the network shown");
    var makeUsable = post(analyst, "/api/v1/intelligence/" + item + "/usable", "{\"version\": 0}");
    assertThat(makeUsable.status()).isEqualTo(409);
    assertThat(makeUsable.body()).contains("/problems/duress-unreviewed");
    assertThat(analyst.get("/intelligence/" + item).html().select("#duress-warning")).isNotEmpty();

    var byRecorder = post(analyst, "/api/v1/intelligence/" + item + "/review",
        "{\"version\": 0, \"outcome\": \"USABLE\", \"note\": \"Проверено.\"}");
    assertThat(byRecorder.status()).isEqualTo(409);
    assertThat(byRecorder.body()).contains("/problems/review-by-recorder");
    assertThat(jdbc.sql("SELECT usable FROM intelligence_item WHERE id = ?::uuid").param(item).query(Boolean.class)
        .single()).isFalse();

    var reviewed = post(hq, "/api/v1/intelligence/" + item + "/review",
        "{\"version\": 0, \"outcome\": \"USABLE\", \"note\": \"Подтверждено рапортами; заявление проверено прокурором.\"}");
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    assertThat(reviewed.body()).contains("\"usable\":true", "\"reviewStatus\":\"REVIEWED\"", "\"by\":\"hq\"");
    var again = post(hq, "/api/v1/intelligence/" + item + "/review",
        "{\"version\": 0, \"outcome\": \"NOT_USABLE\", \"note\": \"Передумал.\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("/problems/stale-edit");
    assertThat(analyst.get("/api/v1/network?kinds=INTELLIGENCE").body()).contains(reference);
    assertThat(analyst.get("/api/v1/network/chain?kinds=INTELLIGENCE&a=" + a + "&b=" + b).body())
        .contains("intelligence " + reference);
  }

  @Test
  void newIntelligenceBringsTheAssessmentReviewForwardWhenTheAnalystAsks() {
    String assessed = jdbc.sql("""
        SELECT p.number FROM prisoner p JOIN assessment a ON a.prisoner_id = p.id
        WHERE a.purpose = 'EXTREMISM_RISK_NEEDS' AND a.status = 'COUNTERSIGNED' AND p.released_at IS NULL
        ORDER BY p.number LIMIT 1""").query(String.class).single();
    WebClient analyst = signedIn("analyst", "en");

    var recorded = post(analyst, "/api/v1/intelligence", body("A", "2", "P", quoted(assessed), "",
        ", \"requestAssessmentReview\": true"));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(jdbc.sql("""
        SELECT count(*) FROM assessment_due d JOIN prisoner p ON p.id = d.prisoner_id
        WHERE p.number = ? AND d.closed_at IS NULL AND 'NEW_INTELLIGENCE' = ANY(d.reasons)""")
        .param(assessed).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theDemoHoldsGradedItemsUnderEachHandlingCodeAndOneAllegedDuressAwaitingReview() {
    assertThat(jdbc.sql("SELECT count(DISTINCT handling_code) FROM intelligence_item").query(Integer.class).single())
        .isEqualTo(4);
    assertThat(jdbc.sql("""
        SELECT count(*) FROM intelligence_item WHERE duress_alleged AND NOT usable AND review_status = 'AWAITING_REVIEW'""")
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM intelligence_item WHERE review_outcome = 'NOT_USABLE' AND NOT usable")
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM co_defendant_case").query(Integer.class).single()).isGreaterThan(50);
  }

  @Test
  void rolesOutsideSecurityGet403AndThePagesSpeakThreeLanguages() {
    for (String role : new String[] {"officer", "facilitator", "probation", "inspector"}) {
      WebClient c = signedIn(role, "en");
      assertThat(c.get("/intelligence").status()).as(role).isEqualTo(403);
      assertThat(c.get("/api/v1/intelligence").status()).as(role).isEqualTo(403);
      assertThat(c.get("/network").status()).as(role).isEqualTo(403);
      assertThat(c.get("/api/v1/network").status()).as(role).isEqualTo(403);
      assertThat(c.get("/api/v1/network/chain?a=x&b=y").status()).as(role).isEqualTo(403);
    }
    WebClient officer = signedIn("officer", "en");
    assertThat(post(officer, "/api/v1/intelligence", body("B", "2", "P", quoted(prisoner("IK-47", 0)), "", ""))
        .status()).isEqualTo(403);
    WebClient governor = signedIn("governor", "en");
    assertThat(governor.get("/intelligence/new").status()).isEqualTo(403);

    for (var language : Map.of("ky", "Оперативдик маалымат журналы", "ru", "Журнал оперативной информации",
        "en", "Intelligence log").entrySet()) {
      WebClient analyst = signedIn("analyst", language.getKey());
      var register = analyst.get("/intelligence");
      assertThat(register.status()).isEqualTo(200);
      assertThat(register.html().select("h1").text()).isEqualTo(language.getValue());
      assertThat(register.html().select("#register tbody tr")).isNotEmpty();
      var first = register.html().select("#register tbody tr a").first().attr("href");
      assertThat(analyst.get(first).status()).isEqualTo(200);
      assertThat(analyst.get("/intelligence/new").status()).isEqualTo(200);
    }
  }
}
