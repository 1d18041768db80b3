package org.bagyt.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visits and contacts: one visitor per identity document, shared visitors linking prisoners in the network, limits on
 * the means of contact that always expire and never take away all family contact, and nothing written on a refusal.
 */
class ContactsTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  List<AssociationLinkSource> sources;

  @Autowired
  Contacts contacts;

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/prisoners");
    return client;
  }

  private WebClient.Response post(WebClient client, String path, Object body) {
    return client.send("POST", path, json.writeValueAsString(body), "application/json", "Accept", "application/json");
  }

  private JsonNode ok(WebClient.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return json.readTree(r.body());
  }

  private UUID heldIn(String facility, int offset) {
    return jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id
        WHERE f.code = ? AND p.released_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM prisoner_visitor v WHERE v.prisoner_id = p.id)
        ORDER BY p.number OFFSET ? LIMIT 1""")
        .params(facility, offset).query(UUID.class).single();
  }

  private long rows() {
    return jdbc.sql("""
        SELECT (SELECT count(*) FROM visitor) + (SELECT count(*) FROM prisoner_visitor) + (SELECT count(*) FROM contact)
             + (SELECT count(*) FROM contact_limit)""").query(Long.class).single();
  }

  private static Map<String, Object> limit(List<String> means, LocalDate starts, LocalDate expires) {
    var body = new java.util.HashMap<String, Object>(Map.of("means", means, "reason", "Contraband passed at visits"));
    body.put("startsOn", starts.toString());
    if (expires != null) {
      body.put("expiresOn", expires.toString());
    }
    return body;
  }

  @Test
  void oneVisitorOfTwoPrisonersLinksThemInTheNetwork() {
    var officer = signedIn("officer", "en");
    UUID a = heldIn("IK-47", 30);
    UUID b = heldIn("IK-47", 31);
    var visitor = Map.of("familyName", "Asanova", "givenName", "Gulnara", "identityDocument", "id1234567",
        "relationship", "SIBLING");
    var first = ok(post(officer, "/api/v1/prisoners/" + a + "/visitors", visitor), 201);
    var second = ok(post(officer, "/api/v1/prisoners/" + b + "/visitors", Map.of("familyName", "Asanova",
        "givenName", "Gulnara", "identityDocument", "ID1234567", "relationship", "FRIEND")), 201);
    assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
    assertThat(second.get("relationship").asString()).isEqualTo("FRIEND");
    assertThat(post(officer, "/api/v1/prisoners/" + a + "/visitors", visitor).status()).isEqualTo(409);
    String visitorId = first.get("id").asString();
    ok(post(officer, "/api/v1/prisoners/" + a + "/contacts", Map.of("visitorId", visitorId, "kind", "VISIT",
        "at", Instant.now().minus(3, ChronoUnit.DAYS).toString(), "minutes", 60)), 201);
    ok(post(officer, "/api/v1/prisoners/" + b + "/contacts", Map.of("visitorId", visitorId, "kind", "CALL",
        "at", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "minutes", 10)), 201);
    var links = sources.stream().flatMap(AssociationLinkSource::links)
        .filter(l -> l.kind() == LinkKind.SAME_VISITOR && (l.prisonerA().equals(a) || l.prisonerB().equals(a))).toList();
    assertThat(links).hasSize(1);
    assertThat(List.of(links.get(0).prisonerA(), links.get(0).prisonerB())).containsExactlyInAnyOrder(a, b);
    assertThat(links.get(0).source()).isEqualTo("visitor " + visitorId);
    assertThat(links.get(0).from()).isBefore(links.get(0).to());
    // Someone not registered as the prisoner's visitor cannot be recorded as their contact.
    UUID c = heldIn("IK-47", 32);
    var unknown = post(officer, "/api/v1/prisoners/" + c + "/contacts", Map.of("visitorId", visitorId, "kind", "VISIT",
        "at", Instant.now().minus(1, ChronoUnit.HOURS).toString()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(post(officer, "/api/v1/prisoners/" + UUID.randomUUID() + "/visitors", visitor).status()).isEqualTo(404);
  }

  @Test
  void aLimitNeedsAnExpiryAndCanNeverLeaveThePrisonerWithoutFamilyContact() {
    var governor = signedIn("governor", "en");
    UUID prisoner = heldIn("IK-47", 33);
    LocalDate today = contacts.today();
    long before = rows();
    var noExpiry = post(governor, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("VISITS"), today, null));
    assertThat(noExpiry.status()).isEqualTo(400);
    assertThat(json.readTree(noExpiry.body()).get("errors").get(0).get("field").asString()).isEqualTo("expiresOn");
    var all = post(governor, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("VISITS", "CALLS", "LETTERS"), today, today.plusDays(10)));
    assertThat(all.status()).isEqualTo(400);
    assertThat(json.readTree(all.body()).get("errors").get(0).get("message").asString())
        .contains("no means of family contact");
    assertThat(rows()).isEqualTo(before);

    // Calls only for two weeks: allowed.
    ok(post(governor, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("VISITS", "LETTERS"), today, today.plusDays(13))), 201);
    // Taking calls away too while that runs would ban all family contact: refused, nothing written.
    long limited = rows();
    var ban = post(governor, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("CALLS"), today.plusDays(13), today.plusDays(20)));
    assertThat(ban.status()).isEqualTo(409);
    assertThat(json.readTree(ban.body()).get("type").asString()).isEqualTo("/problems/family-contact-ban");
    assertThat(rows()).isEqualTo(limited);
    // After it expires, calls may be limited.
    ok(post(governor, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("CALLS"), today.plusDays(14), today.plusDays(20))), 201);

    // A visit on a day visits are withheld is refused; a call is recorded.
    var visitor = ok(post(governor, "/api/v1/prisoners/" + prisoner + "/visitors", Map.of("familyName", "Bekova",
        "givenName", "Aida", "identityDocument", "AN0000001", "relationship", "SPOUSE")), 201);
    var visit = post(governor, "/api/v1/prisoners/" + prisoner + "/contacts", Map.of("visitorId",
        visitor.get("id").asString(), "kind", "VISIT", "at", Instant.now().minus(1, ChronoUnit.MINUTES).toString()));
    assertThat(visit.status()).isEqualTo(409);
    assertThat(json.readTree(visit.body()).get("type").asString()).isEqualTo("/problems/means-withheld");
    ok(post(governor, "/api/v1/prisoners/" + prisoner + "/contacts", Map.of("visitorId", visitor.get("id").asString(),
        "kind", "CALL", "at", Instant.now().minus(1, ChronoUnit.MINUTES).toString(), "minutes", 15)), 201);
  }

  @Test
  void officersCannotLimitContactAndTheInspectorOnlyReads() {
    UUID prisoner = heldIn("IK-47", 34);
    LocalDate today = contacts.today();
    var officer = signedIn("officer", "en");
    assertThat(post(officer, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("VISITS"), today, today.plusDays(3))).status()).isEqualTo(403);
    var inspector = signedIn("inspector", "en");
    long before = rows();
    assertThat(inspector.get("/visits").status()).isEqualTo(200);
    assertThat(inspector.get("/prisoners/" + prisoner + "/contacts").status()).isEqualTo(200);
    assertThat(post(inspector, "/api/v1/prisoners/" + prisoner + "/visitors", Map.of("familyName", "X",
        "givenName", "Y", "identityDocument", "XY12345", "relationship", "FRIEND")).status()).isEqualTo(403);
    assertThat(post(inspector, "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("VISITS"), today, today.plusDays(3))).status()).isEqualTo(403);
    assertThat(rows()).isEqualTo(before);
    // A governor elsewhere cannot touch this prisoner's contacts.
    assertThat(post(signedIn("governor-ik-1", "en"), "/api/v1/prisoners/" + prisoner + "/contact-limits",
        limit(List.of("VISITS"), today, today.plusDays(3))).status()).isEqualTo(403);
  }

  @Test
  void theGovernorLimitsContactOnThePageInTheirLanguage() {
    UUID prisoner = heldIn("IK-47", 35);
    var governor = signedIn("governor", "ru");
    var page = governor.get("/prisoners/" + prisoner + "/contacts");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("#limit-form")).isNotEmpty();
    var refused = governor.postForm("/prisoners/" + prisoner + "/contact-limits",
        Map.of("means", "VISITS", "reason", "Передача запрещённых предметов"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select("#expiresOn-error").text()).contains("бессрочных ограничений нет");
    var done = governor.follow(governor.postForm("/prisoners/" + prisoner + "/contact-limits",
        Map.of("means", "VISITS", "reason", "Передача запрещённых предметов",
            "expiresOn", contacts.today().plusDays(7).toString())));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.html().select("#limits li")).hasSize(1);
    assertThat(governor.get("/visits").html().select("#limits").text()).contains("Свидания");
    // The prisoner's file shows the conduct sections, each linking on.
    var file = governor.get("/prisoners/" + prisoner).html();
    assertThat(file.select("#contacts-section, #complaints-section, #observations-section, #incidents-section"))
        .hasSize(4);
    assertThat(file.select("#contacts-section ~ p").text()).contains("Свидания");
  }
}
