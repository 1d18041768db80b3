package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.platform.SignedInUser;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finding a person by number or name, in any script and common spelling, as staff do it in the API and the page. */
class PrisonerSearchTest extends IntegrationTest {

  private static final LocalDate NURLAN_BORN = LocalDate.of(1961, 4, 12);
  private static final LocalDate ERMEK_BORN = LocalDate.of(1962, 11, 30);
  private static final LocalDate CHOLPON_BORN = LocalDate.of(1963, 6, 15);

  private final JsonMapper json = JsonMapper.builder().build();

  @Autowired
  PrisonerFiles files;

  @Autowired
  PrisonerSearch search;

  /** Prisoner numbers of the people this test admits, by who they are. */
  private String nurlan;
  private String nurlanElsewhere;
  private String ermek;
  private String cholpon;

  @BeforeEach
  void admitThePeopleSought() {
    if (numberBornOn(ERMEK_BORN) == null) {
      files.register(List.of(
          person("Жапаров", "Нурлан", "Асанбекович", "Japarov Nurlan", Sex.MALE, NURLAN_BORN, "IK-47"),
          // The same name and date of birth in another facility: a twin record, or the same person twice.
          person("Жапаров", "Нурлан", "Асанбекович", "Zhaparov Nurlan", Sex.MALE, NURLAN_BORN, "SIZO-1"),
          // The Kyrgyz forms without a family surname: "son of Asanbek", "daughter of Bakyt".
          person("Асанбек уулу", "Эрмек", null, "Asanbek uulu Ermek", Sex.MALE, ERMEK_BORN, "IK-47"),
          person("Бакыт кызы", "Чолпон", null, "Bakyt kyzy Cholpon", Sex.FEMALE, CHOLPON_BORN, "IK-2"))); // a women's colony: Rule 11
    }
    nurlan = jdbc.sql("SELECT p.number FROM prisoner p JOIN facility f ON f.id = p.facility_id "
        + "WHERE p.date_of_birth = ? AND f.code = 'IK-47'").param(NURLAN_BORN).query(String.class).single();
    nurlanElsewhere = jdbc.sql("SELECT p.number FROM prisoner p JOIN facility f ON f.id = p.facility_id "
        + "WHERE p.date_of_birth = ? AND f.code = 'SIZO-1'").param(NURLAN_BORN).query(String.class).single();
    ermek = numberBornOn(ERMEK_BORN);
    cholpon = numberBornOn(CHOLPON_BORN);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void japarovIsFoundInEverySpellingAndScript() {
    var officer = signedIn("officer");
    for (String spelling : List.of("Жапаров Нурлан", "Zhaparov Nurlan", "Japarov Nurlan", "Djaparov Nurlan",
        "Dzhaparov Nurlan", "Žaparov Nurlan", "JAPAROV NURLAN")) {
      var found = search(officer, spelling, "dob=" + NURLAN_BORN);
      assertThat(found).as(spelling).hasSize(1);
      assertThat(found.get(0).get("number").asString()).isEqualTo(nurlan);
      assertThat(found.get(0).get("score").asDouble()).as(spelling).isEqualTo(1.0);
      // Without the date of birth the person is still found, ranked among the best.
      var unnarrowed = search(officer, spelling, "limit=100");
      assertThat(numbers(unnarrowed)).as(spelling).contains(nurlan);
      assertThat(unnarrowed.get(0).get("score").asDouble()).isEqualTo(1.0);
    }
    var first = search(officer, "Djaparov Nurlan", "dob=" + NURLAN_BORN).get(0);
    assertThat(first.get("name").asString()).isEqualTo("Жапаров Нурлан Асанбекович");
    assertThat(first.get("facilityCode").asString()).isEqualTo("IK-47");
    assertThat(first.get("dateOfBirth").asString()).isEqualTo(NURLAN_BORN.toString());
    assertThat(strings(first.get("otherSpellings"))).contains("Japarov Nurlan", "Japarov Nurlan Asanbekovich",
        "Zhaparov Nurlan Asanbekovich");
  }

  @Test
  void nameOrderDoesNotMatter() {
    var officer = signedIn("officer");
    var familyFirst = search(officer, "Japarov Nurlan Asanbekovich", "limit=50");
    var givenFirst = search(officer, "Nurlan Asanbekovich Japarov", "limit=50");
    var patronymicFirst = search(officer, "Асанбекович Жапаров Нурлан", "limit=50");
    assertThat(numbers(givenFirst)).isEqualTo(numbers(familyFirst));
    assertThat(numbers(patronymicFirst)).isEqualTo(numbers(familyFirst));
    assertThat(familyFirst.get(0).get("number").asString()).isEqualTo(nurlan);
  }

  @Test
  void theKyrgyzUuluAndKyzyFormsMeetRussianStylePatronymics() {
    var officer = signedIn("officer");
    for (String query : List.of("Асанбек уулу Эрмек", "Ermek Asanbek uulu", "Эрмек Асанбекович", "Ermek Asanbekovich",
        "Asanbek uly Ermek")) {
      var found = search(officer, query, "dob=" + ERMEK_BORN);
      assertThat(numbers(found)).as(query).containsExactly(ermek);
      assertThat(found.get(0).get("score").asDouble()).as(query).isEqualTo(1.0);
    }
    var headquarters = signedIn("hq");
    for (String query : List.of("Бакыт кызы Чолпон", "Cholpon Bakyt kyzy", "Чолпон Бакытовна", "Cholpon Bakytovna")) {
      assertThat(numbers(search(headquarters, query, "dob=" + CHOLPON_BORN))).as(query).containsExactly(cholpon);
    }
    // And the other way round: a Russian-style record found by the Kyrgyz form.
    assertThat(numbers(search(officer, "Нурлан Асанбек уулу Жапаров", "dob=" + NURLAN_BORN))).containsExactly(nurlan);
  }

  @Test
  void aDateOfBirthNarrowsTheSearch() {
    var hq = signedIn("hq");
    var all = search(hq, "Жапаров", "limit=100");
    assertThat(all.size()).isGreaterThan(2);
    var narrowed = search(hq, "Жапаров", "dob=" + NURLAN_BORN);
    assertThat(numbers(narrowed)).containsExactlyInAnyOrder(nurlan, nurlanElsewhere);
    narrowed.forEach(m -> assertThat(m.get("dateOfBirth").asString()).isEqualTo(NURLAN_BORN.toString()));
  }

  @Test
  void anOfficerOfIk47NeverSeesAnotherFacilitysPrisoner() {
    var officer = signedIn("officer");
    assertThat(numbers(search(officer, "Zhaparov Nurlan", "dob=" + NURLAN_BORN))).containsExactly(nurlan);
    for (String query : List.of("Жапаров", "Nurlan", "Asanov", "Aigul", "Иванов", "KG-")) {
      var found = search(officer, query, "limit=100");
      found.forEach(m -> assertThat(m.get("facilityCode").asString()).as(query).isEqualTo("IK-47"));
    }
    var hq = signedIn("hq");
    assertThat(numbers(search(hq, "Zhaparov Nurlan", "dob=" + NURLAN_BORN)))
        .containsExactlyInAnyOrder(nurlan, nurlanElsewhere);
  }

  @Test
  void aPrisonerNumberFindsThatPrisoner() {
    var officer = signedIn("officer");
    var found = search(officer, nurlan, "");
    assertThat(numbers(found)).containsExactly(nurlan);
    assertThat(found.get(0).get("score").asDouble()).isEqualTo(1.0);
    assertThat(search(officer, nurlanElsewhere, "")).isEmpty();
  }

  @Test
  void releasedPeopleAreIncludedOnlyWhenAskedForAndFlagged() {
    jdbc.sql("UPDATE prisoner SET released_at = admitted_at + interval '1 day', release_type = 'COURT_ORDER' WHERE number = ?").param(cholpon).update();
    var officer = signedIn("hq");
    assertThat(search(officer, "Cholpon Bakyt kyzy", "dob=" + CHOLPON_BORN)).isEmpty();
    var withReleased = search(officer, "Cholpon Bakyt kyzy", "dob=" + CHOLPON_BORN + "&released=true");
    assertThat(numbers(withReleased)).containsExactly(cholpon);
    assertThat(withReleased.get(0).get("released").asBoolean()).isTrue();
    jdbc.sql("UPDATE prisoner SET released_at = NULL, release_type = NULL WHERE number = ?").param(cholpon).update();
  }

  @Test
  void aTransferMovesThePersonOutOfTheOldFacilitysResults() {
    jdbc.sql("UPDATE prisoner SET facility_id = ? WHERE number = ?").params(facility("SIZO-1"), ermek).update();
    assertThat(search(signedIn("officer"), "Ermek Asanbek uulu", "dob=" + ERMEK_BORN)).isEmpty();
    var hq = search(signedIn("hq"), "Ermek Asanbek uulu", "dob=" + ERMEK_BORN);
    assertThat(hq.get(0).get("facilityCode").asString()).isEqualTo("SIZO-1");
    jdbc.sql("UPDATE prisoner SET facility_id = ? WHERE number = ?").params(facility("IK-47"), ermek).update();
    assertThat(numbers(search(signedIn("officer"), "Ermek Asanbek uulu", "dob=" + ERMEK_BORN))).containsExactly(ermek);
  }

  @Test
  void aChangedNameIsSearchableUnderTheNewName() {
    jdbc.sql("UPDATE prisoner SET family_name = 'Осмонов', latin_name = 'Osmonov Ermek' WHERE number = ?")
        .param(ermek).update();
    var officer = signedIn("officer");
    var found = search(officer, "Osmonov Ermek", "dob=" + ERMEK_BORN);
    assertThat(numbers(found)).containsExactly(ermek);
    assertThat(found.get(0).get("score").asDouble()).isEqualTo(1.0);
    jdbc.sql("UPDATE prisoner SET family_name = 'Асанбек уулу', latin_name = 'Asanbek uulu Ermek' WHERE number = ?")
        .param(ermek).update();
  }

  @Test
  void badInputIsAClearProblemAndNothingIsRecorded() {
    var officer = signedIn("officer");
    long before = searches();
    assertProblem(officer.get("/api/v1/prisoners/search", "Accept", "application/json"), "query-required",
        "Enter a prisoner number or a name.");
    assertProblem(officer.get("/api/v1/prisoners/search?q=" + "a".repeat(201), "Accept", "application/json"),
        "query-too-long", "The search is too long: write at most 200 characters.");
    for (String limit : List.of("0", "101", "-1", "ten")) {
      assertProblem(officer.get("/api/v1/prisoners/search?q=Japarov&limit=" + limit, "Accept", "application/json"),
          "limit-out-of-range", "Ask for 1 to 100 results.");
    }
    for (String dob : List.of("12.04.1985", "1985-13-01", "2999-01-01", "yesterday")) {
      assertProblem(officer.get("/api/v1/prisoners/search?q=Japarov&dob=" + dob, "Accept", "application/json"),
          "date-of-birth", "Enter the date of birth as year-month-day, for example 1990-03-21, and not in the future.");
    }
    assertProblem(officer.get("/api/v1/prisoners/search?q=" + enc("!!! ???"), "Accept", "application/json"),
        "query-no-name", "Enter a prisoner number or a name in letters.");
    assertProblem(officer.get("/api/v1/prisoners/search?q=" + enc("a b c d e f g"), "Accept", "application/json"),
        "query-too-many-words", "Write at most 6 words of a name.");
    assertThat(searches()).isEqualTo(before);
  }

  @Test
  void everySearchIsOneAuditEventWithoutTheQueryText() {
    var officer = signedIn("officer");
    long before = jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event").query(Long.class).single();
    search(officer, "Djaparov Nurlan", "dob=" + NURLAN_BORN);
    var events = jdbc.sql("SELECT actor, resource_type, resource_id, prisoner_id FROM audit_event "
        + "WHERE action = 'PRISONER_SEARCH' AND seq > ?").param(before).query().listOfRows();
    assertThat(events).hasSize(1);
    assertThat(events.get(0)).containsEntry("actor", "officer").containsEntry("resource_type", "PRISONER")
        .containsEntry("resource_id", "name words=2 dob=true released=false results=1");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE seq > ? AND (resource_id ILIKE '%parov%' "
        + "OR purpose ILIKE '%parov%')").param(before).query(Integer.class).single()).isZero();
  }

  @Test
  void likelyDuplicatesAreFoundAcrossScriptsAndFacilitiesWithOnlyWhatIdentifiesThem() {
    actAs("officer", List.of(facility("IK-47")));
    var exact = search.likelyDuplicates("Zhaparov", "Nurlan", "Asanbekovich", NURLAN_BORN);
    assertThat(exact).extracting(LikelyDuplicate::number).containsExactlyInAnyOrder(nurlan, nurlanElsewhere);
    assertThat(exact).allSatisfy(d -> {
      assertThat(d.score()).isEqualTo(1.0);
      assertThat(d.name()).isEqualTo("Жапаров Нурлан Асанбекович");
    });
    assertThat(exact).extracting(LikelyDuplicate::facilityCode).containsExactlyInAnyOrder("IK-47", "SIZO-1");
    // Day and month swapped, and the Kyrgyz form of the father's name: still probably the same person.
    var swapped = search.likelyDuplicates("Djaparov", "Nurlan", "Asanbek uulu", LocalDate.of(1961, 12, 4));
    assertThat(swapped).extracting(LikelyDuplicate::number).contains(nurlan, nurlanElsewhere);
    assertThat(swapped.get(0).score()).isBetween(0.9, 0.99);
    // Another date altogether is another person.
    assertThat(search.likelyDuplicates("Zhaparov", "Nurlan", "Asanbekovich", LocalDate.of(1975, 1, 20)))
        .extracting(LikelyDuplicate::number).doesNotContain(nurlan, nurlanElsewhere);
  }

  @Test
  void theListPageSearchesRankedAndShowsTheMatch() {
    var officer = signedIn("officer");
    var page = officer.get("/prisoners?q=" + enc("Djaparov Nurlan") + "&dob=" + NURLAN_BORN).html();
    var rows = page.select("table.bagyt-matches tbody tr");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).select("td").get(0).text()).isEqualTo("100%");
    assertThat(rows.get(0).select("td").get(1).text()).isEqualTo(nurlan);
    assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("Жапаров Нурлан Асанбекович");

    var bad = officer.get("/prisoners?q=Japarov&dob=1961-31-12");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.html().selectFirst(".govuk-error-summary").text())
        .contains("Enter the date of birth as year-month-day");
    // Without a query the page still lists everyone in the officer's facilities.
    assertThat(officer.get("/prisoners").html().select("tbody tr")).hasSize(50);
  }

  private void assertProblem(WebClient.Response response, String type, String detail) {
    assertThat(response.status()).as(type).isEqualTo(400);
    var problem = json.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
    assertThat(problem.get("detail").asString()).isEqualTo(detail);
  }

  private long searches() {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PRISONER_SEARCH'").query(Long.class).single();
  }

  private List<JsonNode> search(WebClient client, String q, String more) {
    var response = client.get("/api/v1/prisoners/search?q=" + enc(q) + (more.isEmpty() ? "" : "&" + more),
        "Accept", "application/json");
    assertThat(response.status()).as(q + " " + response.body()).isEqualTo(200);
    var list = new ArrayList<JsonNode>();
    json.readTree(response.body()).forEach(list::add);
    return list;
  }

  private static List<String> numbers(List<JsonNode> matches) {
    return matches.stream().map(m -> m.get("number").asString()).toList();
  }

  private static List<String> strings(JsonNode array) {
    var list = new ArrayList<String>();
    array.forEach(n -> list.add(n.asString()));
    return list;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  private String numberBornOn(LocalDate born) {
    return jdbc.sql("SELECT number FROM prisoner WHERE date_of_birth = ?").param(born).query(String.class)
        .optional().orElse(null);
  }

  private UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  private NewPrisoner person(String family, String given, String patronymic, String latin, Sex sex, LocalDate born,
      String facilityCode) {
    var admitted = Instant.parse("2026-01-10T09:00:00Z");
    return new NewPrisoner(family, given, patronymic, latin, born, sex, "KG", LegalStatus.CONVICTED,
        facility(facilityCode), null, admitted, new CommitmentOrder("Ош шаардык соту", "2-4711/2026",
            LocalDate.of(2026, 1, 9)));
  }

  /** The admission form's caller, signed in on this thread as facility staff holding prisoner.read. */
  private static void actAs(String username, List<UUID> facilities) {
    SignedInUser user = new SignedInUser() {
      public String username() { return username; }
      public String displayName() { return username; }
      public String roleKey() { return "role.OFFICER"; }
      public List<String> facilityNames() { return List.of(); }
      public List<UUID> facilityIds() { return facilities; }
      public boolean serviceWide() { return false; }
    };
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority("prisoner.read"))));
  }
}
