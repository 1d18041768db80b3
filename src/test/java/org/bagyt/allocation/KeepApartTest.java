package org.bagyt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Keep-apart pairs through the API and the pages: a second open pair for the same two is 409 in either order; a pair
 * of a prisoner with themself and an unknown prisoner are refused; each refusal changes nothing and answers in the
 * user's language; a governor of another facility can neither see nor record; pages answer in ky, ru and en, and a
 * role without the permission gets 403.
 */
class KeepApartTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

  UUID prisoner(int n) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND p.released_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM keep_apart k WHERE p.id IN (k.first_id, k.second_id))
        ORDER BY p.number OFFSET ? LIMIT 1""").param(n).query(UUID.class).single();
  }

  String number(UUID id) {
    return jdbc.sql("SELECT number FROM prisoner WHERE id = ?").param(id).query(String.class).single();
  }

  int pairs() {
    return jdbc.sql("SELECT count(*) FROM keep_apart").query(Integer.class).single();
  }

  WebClient signedIn(String user, String language) {
    WebClient c = client().acceptLanguage(language);
    c.signIn(user, DemoData.DEMO_PASSWORD);
    return c;
  }

  static String body(UUID first, UUID second, String review) {
    return """
        {"firstPrisonerId": "%s", "firstRole": "RECRUITER", "secondPrisonerId": %s, "secondRole": "TARGET",
         "reason": "RISK_OF_RECRUITING_OR_INFLUENCING", "comment": "Склоняет к идеологии группы.", "scope": "UNIT",
         "activities": ["EXERCISE", "WORSHIP"], "reviewOn": "%s"}""".formatted(first, second == null ? "null" : "\"" + second + "\"", review);
  }

  @Test
  void aSecondOpenPairIsRefusedInEitherOrderAndClosingNeedsAReason() {
    UUID a = prisoner(0);
    UUID b = prisoner(1);
    WebClient governor = signedIn("governor", "en");
    governor.get("/prisoners/" + a + "/keep-apart");
    var created = governor.send("POST", "/api/v1/keep-aparts", body(a, b, TODAY.plusMonths(3).toString()), "application/json");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    int after = pairs();

    var again = governor.send("POST", "/api/v1/keep-aparts", body(b, a, TODAY.plusMonths(3).toString()), "application/json");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("/problems/keep-apart-exists");
    assertThat(pairs()).isEqualTo(after);

    // The same refusal, in Russian, from the page.
    WebClient ru = signedIn("governor", "ru");
    ru.get("/prisoners/" + b + "/keep-apart");
    var page = ru.postForm("/prisoners/" + b + "/keep-apart", Map.of("firstRole", "RIVAL", "secondNumber", number(a),
        "secondRole", "RIVAL", "reason", "RIVAL_NETWORKS", "comment", "Соперники.", "scope", "CELL",
        "reviewOn", TODAY.plusMonths(2).toString()));
    assertThat(page.status()).isEqualTo(409);
    assertThat(page.body()).contains("Для этих двух осуждённых уже есть открытая пара");
    assertThat(pairs()).isEqualTo(after);

    UUID id = UUID.fromString(created.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
    var noReason = governor.send("POST", "/api/v1/keep-aparts/" + id + "/close", "{\"version\": 0, \"reason\": \" \"}",
        "application/json");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT closed_at IS NULL FROM keep_apart WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
    var closed = governor.send("POST", "/api/v1/keep-aparts/" + id + "/close",
        "{\"version\": 0, \"reason\": \"Второй переведён в другой отряд и больше не общается.\"}", "application/json");
    assertThat(closed.status()).isEqualTo(204);
    // Once closed, the two may be paired again.
    assertThat(governor.send("POST", "/api/v1/keep-aparts", body(b, a, TODAY.plusMonths(1).toString()), "application/json")
        .status()).isEqualTo(201);
  }

  @Test
  void aPairWithThemselfAnUnknownPrisonerOrNoReviewDateIsRefusedInTheUsersLanguage() {
    UUID a = prisoner(2);
    int before = pairs();
    WebClient ky = signedIn("governor", "ky");
    ky.get("/prisoners/" + a + "/keep-apart");
    var self = ky.send("POST", "/api/v1/keep-aparts", body(a, a, TODAY.plusMonths(3).toString()), "application/json");
    assertThat(self.status()).isEqualTo(400);
    assertThat(self.body()).contains("Соттолгонду өзүнөн бөлүүгө болбойт");
    var unknown = ky.send("POST", "/api/v1/keep-aparts", body(a, UUID.randomUUID(), TODAY.plusMonths(3).toString()),
        "application/json");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("Мындай номердеги соттолгон жок");
    var page = ky.postForm("/prisoners/" + a + "/keep-apart", Map.of("firstRole", "VICTIM", "secondNumber", "НЕТ-0000",
        "secondRole", "PERPETRATOR", "reason", "VIOLENCE", "comment", "Кол салуу.", "scope", "CELL"));
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html().select(".govuk-error-summary").text()).contains("Мындай номердеги соттолгон жок")
        .contains("Кайра кароо күнүн көрсөтүңүз");
    assertThat(pairs()).isEqualTo(before);
  }

  @Test
  void aGovernorOfAnotherFacilityCannotSeeOrRecord() {
    UUID a = prisoner(3);
    UUID b = prisoner(4);
    WebClient governor = signedIn("governor", "en");
    governor.get("/prisoners/" + a + "/keep-apart");
    var created = governor.send("POST", "/api/v1/keep-aparts", body(a, b, TODAY.plusMonths(3).toString()), "application/json");
    assertThat(created.status()).isEqualTo(201);
    UUID id = UUID.fromString(created.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));

    WebClient other = signedIn("governor-sizo-1", "en");
    other.get("/");
    assertThat(other.get("/api/v1/keep-aparts/" + id, "Accept", "application/json").status()).isEqualTo(403);
    assertThat(other.get("/api/v1/keep-aparts", "Accept", "application/json").body()).doesNotContain(id.toString());
    assertThat(other.get("/prisoners/" + a + "/keep-apart").status()).isEqualTo(403);
    int before = pairs();
    UUID c = prisoner(5);
    var refused = other.send("POST", "/api/v1/keep-aparts", body(c, b, TODAY.plusMonths(3).toString()), "application/json");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(pairs()).isEqualTo(before);
    // Headquarters see the whole service.
    WebClient hq = signedIn("hq", "en");
    assertThat(hq.get("/api/v1/keep-aparts/" + id, "Accept", "application/json").status()).isEqualTo(200);
  }

  @Test
  void pagesAnswerInAllThreeLanguagesAndARoleWithoutThePermissionGets403() {
    UUID prisoner = jdbc.sql("""
        SELECT c.prisoner_id FROM classification c JOIN prisoner p ON p.id = c.prisoner_id JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND c.dimension = 'DESIGNATION' ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    for (String language : java.util.List.of("ky", "ru", "en")) {
      WebClient governor = signedIn("governor", language);
      var classification = governor.get("/prisoners/" + prisoner + "/classification");
      assertThat(classification.status()).as(language).isEqualTo(200);
      assertThat(classification.html().select("h1").text()).isEqualTo(switch (language) {
        case "ky", "ru" -> "Классификация";
        default -> "Classification";
      });
      assertThat(governor.get("/prisoners/" + prisoner + "/keep-apart").status()).isEqualTo(200);
      var file = governor.get("/prisoners/" + prisoner);
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.html().select("#classification-heading")).hasSize(1);
    }
    WebClient facilitator = signedIn("facilitator", "en");
    assertThat(facilitator.get("/prisoners/" + prisoner + "/classification").status()).isEqualTo(403);
    assertThat(facilitator.get("/prisoners/" + prisoner + "/keep-apart").status()).isEqualTo(403);
    assertThat(facilitator.get("/prisoners/" + prisoner).html().select("#classification-heading")).isEmpty();
    WebClient officer = signedIn("officer", "en");
    officer.get("/prisoners/" + prisoner + "/classification");
    var decide = officer.postForm("/prisoners/" + prisoner + "/classification/decisions",
        Map.of("dimension", "SECURITY", "level", "HIGH", "version", "0", "rationale", "Причина."));
    assertThat(decide.status()).isEqualTo(403);
  }

  @Test
  void aGovernorDecidesFromThePageAndARefusalShowsAtItsField() {
    UUID prisoner = jdbc.sql("""
        SELECT c.prisoner_id FROM classification c JOIN prisoner p ON p.id = c.prisoner_id JOIN facility f ON f.id = p.facility_id
        WHERE f.code = 'IK-47' AND c.dimension = 'REGIME' AND c.level = 'GENERAL' ORDER BY p.number LIMIT 1""")
        .query(UUID.class).single();
    int version = jdbc.sql("SELECT version FROM classification WHERE prisoner_id = ? AND dimension = 'REGIME'")
        .param(prisoner).query(Integer.class).single();
    WebClient governor = signedIn("governor", "ru");
    governor.get("/prisoners/" + prisoner + "/classification");
    var refused = governor.postForm("/prisoners/" + prisoner + "/classification/decisions",
        Map.of("dimension", "REGIME", "level", "STRICT", "version", String.valueOf(version), "rationale", ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select("#rationale-REGIME-error").text()).contains("Напишите обоснование");
    var done = governor.follow(governor.postForm("/prisoners/" + prisoner + "/classification/decisions",
        Map.of("dimension", "REGIME", "level", "STRICT", "version", String.valueOf(version),
            "rationale", "Систематические нарушения режима.")));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select("#current-REGIME").text()).contains("Строгий режим");
  }
}
