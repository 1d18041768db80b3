package org.bagyt.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** Admitting a person through the form and the API: everything recorded, or nothing when any rule is broken. */
@Import(RefusingGate.class)
class AdmissionTest extends IntegrationTest {

  private final JsonMapper json = JsonMapper.builder().build();

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  private UUID facility(String code) {
    return jdbc.sql("SELECT id FROM facility WHERE code = ?").param(code).query(UUID.class).single();
  }

  /** A cell of the facility with at least this many free beds. */
  private UUID freeCell(String facilityCode, int free) {
    return jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.in_use AND c.beds - c.occupied >= ? ORDER BY u.code, c.code LIMIT 1""")
        .params(facilityCode, free).query(UUID.class).single();
  }

  private int occupied(UUID cell) {
    return jdbc.sql("SELECT occupied FROM cell WHERE id = ?").param(cell).query(Integer.class).single();
  }

  private long prisoners() {
    return jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single();
  }

  private Map<String, String> form(UUID facility, UUID cell) {
    var f = new LinkedHashMap<String, String>();
    f.put("orderAuthority", "Бишкекский городской суд");
    f.put("orderNumber", "1-245/2026");
    f.put("orderDate", "2026-02-10");
    f.put("reason", "Ст. 315 УК КР, содержание под стражей до суда");
    f.put("legalStatus", "CONVICTED"); // IK-47 is a colony: an untried person may not share its cells (Rule 11)
    f.put("arrestedOn", "2026-02-08");
    f.put("arrestPlace", "Бишкек");
    f.put("familyName", "Жумабеков");
    f.put("givenName", "Өмүрбек");
    f.put("patronymic", "Асанович");
    f.put("nameScript", "KYRGYZ");
    f.put("latinName", "");
    f.put("otherSpellings", "Zhumabekov Omurbek\nJumabekov Omurbek");
    f.put("dateOfBirth", "1991-05-14");
    f.put("placeOfBirth", "Нарын");
    f.put("sex", "MALE");
    f.put("genderIdentity", "");
    f.put("citizenship", "Кыргыз Республикасы");
    f.put("documents[0].kind", "NATIONAL_ID");
    f.put("documents[0].number", "ID1234567");
    f.put("documents[0].issuedBy", "ГРС");
    f.put("documents[0].issuedOn", "2019-01-20");
    f.put("facility", facility.toString());
    f.put("cell", cell.toString());
    f.put("visibleInjuries", "Кровоподтёк на левом предплечье");
    f.put("illTreatmentComplaint", "Говорит, что его били при задержании");
    f.put("property[0].description", "Телефон Samsung");
    f.put("property[0].quantity", "1");
    f.put("property[1].description", "Ремень");
    f.put("property[1].quantity", "1");
    f.put("family[0].name", "Айгерим Жумабекова");
    f.put("family[0].relationship", "CHILD");
    f.put("family[0].dateOfBirth", "2018-09-01");
    f.put("family[0].whereabouts", "Нарын, у бабушки");
    f.put("family[0].caredForBy", "Бабушка, Гүлнара Жумабекова");
    f.put("contactName", "Гүлнара Жумабекова");
    f.put("contactRelationship", "мать");
    f.put("contactPhone", "+996 555 123 456");
    f.put("informationGiven", "true");
    f.put("informationLanguage", "ky");
    f.put("action", "admit");
    f.put("differentPerson", "true"); // the likely-duplicate check has a test of its own
    return f;
  }

  @Test
  void anOfficerAdmitsSomeoneThroughTheFormAndLandsOnTheirFile() {
    var officer = signedIn("officer", "en");
    UUID cell = freeCell("IK-47", 1);
    int before = occupied(cell);
    var page = officer.get("/admissions/new");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("#cell option[value=" + cell + "]")).hasSize(1);

    var admitted = officer.postForm("/admissions/new", form(facility("IK-47"), cell));
    assertThat(admitted.status()).isEqualTo(302);
    var file = officer.follow(admitted);
    assertThat(file.status()).isEqualTo(200);
    var html = file.html();
    assertThat(html.selectFirst("h1").text()).isEqualTo("Жумабеков Өмүрбек Асанович");
    assertThat(html.selectFirst(".govuk-caption-l").text()).matches("KG-\\d{4}-\\d{6}");
    assertThat(file.body()).contains("Jumabekov Ömürbek") // suggested from Kyrgyz BGN/PCGN, as no spelling was given
        .contains("Zhumabekov Omurbek, Jumabekov Omurbek").contains("Бишкекский городской суд").contains("1-245/2026")
        .contains("ID1234567").contains("Айгерим Жумабекова").contains("Бабушка, Гүлнара Жумабекова")
        .contains("Кровоподтёк на левом предплечье").contains("Говорит, что его били при задержании")
        .contains("Referral open").contains("Телефон Samsung").contains("Kyrgyz").contains("without an interpreter");
    assertThat(occupied(cell)).isEqualTo(before + 1);
    UUID prisoner = UUID.fromString(admitted.header("Location").replaceAll(".*/prisoners/", ""));
    assertThat(jdbc.sql("SELECT cell_id FROM prisoner WHERE id = ?").param(prisoner).query(UUID.class).single())
        .isEqualTo(cell);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ADMITTED' AND actor = 'officer' AND prisoner_id = ?")
        .param(prisoner).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM ill_treatment_referral WHERE prisoner_id = ? AND closed_at IS NULL")
        .param(prisoner).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theFormAddsRowsWithoutScriptAndSpeaksEachLanguage() {
    var officer = signedIn("officer", "ru");
    var fields = form(facility("IK-47"), freeCell("IK-47", 1));
    fields.put("action", "add-relative");
    var more = officer.postForm("/admissions/new", fields);
    assertThat(more.status()).isEqualTo(200);
    assertThat(more.html().select("[name^=family][name$=.name]")).hasSize(2);
    assertThat(more.html().selectFirst("#family-0-name").val()).isEqualTo("Айгерим Жумабекова");
    assertThat(more.html().selectFirst("h1").text()).isEqualTo("Приём заключённого");
    assertThat(signedIn("governor", "ky").get("/admissions/new").html().selectFirst("h1").text())
        .isEqualTo("Камакка алынганды кабыл алуу");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
    var officer = signedIn("officer", "en");
    UUID ik47 = facility("IK-47");
    UUID cell = freeCell("IK-47", 1);
    long before = prisoners();
    long admissions = jdbc.sql("SELECT count(*) FROM admission").query(Long.class).single();
    int bedsBefore = occupied(cell);

    var future = form(ik47, cell);
    future.put("dateOfBirth", LocalDate.now().plusDays(2).toString());
    assertRefused(officer, future, "dateOfBirth", "The date of birth must be in the past.");

    var huge = form(ik47, cell);
    huge.put("familyName", "A".repeat(1_000_000));
    assertRefused(officer, huge, "familyName", "The family name must be 200 characters or fewer.");

    var noOrder = form(ik47, cell);
    noOrder.put("orderAuthority", " ");
    noOrder.put("orderNumber", "");
    assertRefused(officer, noOrder, "orderAuthority", "Enter the authority that issued the commitment order");

    var noSuchCell = form(ik47, UUID.randomUUID());
    assertRefused(officer, noSuchCell, "cell", "This cell does not exist or is out of use.");

    var notADate = form(ik47, cell);
    notADate.put("family[0].dateOfBirth", "31.02.2019");
    assertRefused(officer, notADate, "family-0-dateOfBirth", "Enter a real date");

    UUID full = jdbc.sql("""
        SELECT c.id FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND c.in_use AND c.occupied < c.beds AND c.id <> ? LIMIT 1""").param(cell)
        .query(UUID.class).single();
    jdbc.sql("UPDATE cell SET occupied = beds WHERE id = ?").param(full).update();
    var fullCell = officer.postForm("/admissions/new", form(ik47, full));
    assertThat(fullCell.status()).isEqualTo(409);
    assertThat(fullCell.html().select(".govuk-error-summary a[href=#cell]").text()).startsWith("This cell is full");

    assertThat(prisoners()).isEqualTo(before);
    assertThat(occupied(cell)).isEqualTo(bedsBefore);
    assertThat(jdbc.sql("SELECT count(*) FROM admission").query(Long.class).single()).isEqualTo(admissions);
  }

  private void assertRefused(WebClient client, Map<String, String> fields, String field, String message) {
    var page = client.postForm("/admissions/new", fields);
    assertThat(page.status()).as(field).isEqualTo(400);
    var html = page.html();
    assertThat(html.select(".govuk-error-summary a[href=#" + field + "]").text()).as(field).contains(message);
    assertThat(html.select("#" + field + "-error").text()).as(field).contains(message);
  }

  @Test
  void anOfficerCannotAdmitIntoAnotherFacility() {
    var officer = signedIn("officer", "en");
    long before = prisoners();
    var page = officer.postForm("/admissions/new", form(facility("SIZO-1"), freeCell("SIZO-1", 1)));
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.html().select(".govuk-error-summary").text())
        .contains("You can admit people only into the facilities you work in.");
    var api = officer.send("POST", "/api/v1/admissions?differentPerson=true", body(facility("SIZO-1"), freeCell("SIZO-1", 1), "Осмонов"),
        "application/json", "Accept", "application/json");
    assertThat(api.status()).isEqualTo(403);
    assertThat(json.readTree(api.body()).get("type").asString()).isEqualTo("/problems/facility-outside-scope");
    assertThat(prisoners()).isEqualTo(before);
  }

  private String body(UUID facility, UUID cell, String familyName) {
    return """
        {"familyName": "%s", "givenName": "Нурлан", "nameScript": "KYRGYZ", "dateOfBirth": "1988-11-02",
         "sex": "MALE", "citizenship": "KG", "commitmentOrder": {"authority": "Ошский областной суд",
         "documentNumber": "2-17/2026", "issuedOn": "2026-01-15"}, "reason": "Приговор, ст. 316", "legalStatus": "CONVICTED",
         "facilityId": "%s", "cellId": "%s", "documents": [{"kind": "PASSPORT", "number": "AC1234567"}],
         "property": [{"description": "Часы", "quantity": 1}], "informationGiven": true, "informationLanguage": "ru",
         "interpreterUsed": true}""".formatted(familyName, facility, cell);
  }

  @Test
  void theApiAdmitsWithTheSameRulesAndAnswersProblems() {
    var officer = signedIn("officer", "en");
    officer.get("/");
    UUID ik47 = facility("IK-47");
    var created = officer.send("POST", "/api/v1/admissions?differentPerson=true", body(ik47, freeCell("IK-47", 1), "Осмонов"),
        "application/json", "Accept", "application/json");
    assertThat(created.status()).isEqualTo(201);
    var admitted = json.readTree(created.body());
    assertThat(admitted.get("number").asString()).matches("KG-\\d{4}-\\d{6}");
    assertThat(admitted.get("referralId").isNull()).isTrue();
    UUID id = UUID.fromString(admitted.get("prisonerId").asString());
    assertThat(jdbc.sql("SELECT latin_name FROM prisoner WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("Osmonov Nurlan");
    assertThat(jdbc.sql("SELECT interpreter_used FROM admission WHERE prisoner_id = ?").param(id).query(Boolean.class)
        .single()).isTrue();

    long before = prisoners();
    String future = body(ik47, freeCell("IK-47", 1), "Осмонов").replace("1988-11-02", LocalDate.now().plusYears(1).toString())
        .replace("\"Ошский областной суд\"", "\"\"");
    var refused = officer.send("POST", "/api/v1/admissions?differentPerson=true", future, "application/json", "Accept", "application/json");
    assertThat(refused.status()).isEqualTo(400);
    var problem = json.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
    assertThat(problem.get("errors").toString()).contains("dateOfBirth").contains("The date of birth must be in the past.")
        .contains("orderAuthority");

    var huge = officer.send("POST", "/api/v1/admissions?differentPerson=true", body(ik47, freeCell("IK-47", 1), "Ж".repeat(1_000_000)),
        "application/json", "Accept", "application/json");
    assertThat(huge.status()).isIn(400, 413);

    UUID full = freeCell("IK-47", 1);
    jdbc.sql("UPDATE cell SET occupied = beds WHERE id = ?").param(full).update();
    var fullCell = officer.send("POST", "/api/v1/admissions?differentPerson=true", body(ik47, full, "Осмонов"), "application/json",
        "Accept", "application/json");
    assertThat(fullCell.status()).isEqualTo(409);
    assertThat(json.readTree(fullCell.body()).get("type").asString()).isEqualTo("/problems/cell-full");
    assertThat(prisoners()).isEqualTo(before);
  }

  @Test
  void whenAnyPartOfTheAdmissionFailsNoPrisonerIsLeftBehind() {
    var officer = signedIn("officer", "en");
    UUID cell = freeCell("IK-47", 1);
    long before = prisoners();
    long orders = jdbc.sql("SELECT count(*) FROM commitment_order").query(Long.class).single();
    int beds = occupied(cell);
    long relatives = jdbc.sql("SELECT count(*) FROM prisoner_family_member").query(Long.class).single();
    long admittedEvents = jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ADMITTED'").query(Long.class).single();
    // The last part written (the property list) fails in the database, after the person, order and bed.
    jdbc.sql("""
        CREATE FUNCTION test_refuse_property() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$""").update();
    jdbc.sql("CREATE TRIGGER test_refuse_property BEFORE INSERT ON admission_property "
        + "FOR EACH ROW EXECUTE FUNCTION test_refuse_property()").update();
    try {
      var page = officer.postForm("/admissions/new", form(facility("IK-47"), cell));
      assertThat(page.status()).isEqualTo(500);
    } finally {
      jdbc.sql("DROP TRIGGER test_refuse_property ON admission_property").update();
      jdbc.sql("DROP FUNCTION test_refuse_property()").update();
    }
    assertThat(prisoners()).isEqualTo(before);
    assertThat(jdbc.sql("SELECT count(*) FROM commitment_order").query(Long.class).single()).isEqualTo(orders);
    assertThat(jdbc.sql("SELECT count(*) FROM prisoner_family_member").query(Long.class).single()).isEqualTo(relatives);
    assertThat(occupied(cell)).isEqualTo(beds);
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ADMITTED'").query(Long.class).single())
        .isEqualTo(admittedEvents);
  }

  @Test
  void rolesWithoutAdmissionAreRefused() {
    assertThat(signedIn("hq", "en").get("/admissions/new").status()).isEqualTo(403);
    assertThat(signedIn("assessor", "en").get("/admissions/new").status()).isEqualTo(403);
  }

  @Test
  void someoneAlreadyOnFileInAnotherScriptIsShownBeforeASecondRecordIsMade() {
    var existing = jdbc.sql("""
        SELECT p.number, p.family_name, p.given_name, p.latin_name, p.date_of_birth FROM prisoner p
        JOIN facility f ON f.id = p.facility_id WHERE f.code = 'SIZO-1' AND p.patronymic IS NOT NULL AND p.sex = 'MALE'
          AND p.date_of_birth < current_date - interval '19 years'
        ORDER BY p.number LIMIT 1""").query().singleRow();
    String[] latin = ((String) existing.get("latin_name")).split(" ");
    var officer = signedIn("officer", "en");
    var fields = form(facility("IK-47"), freeCell("IK-47", 1));
    fields.remove("differentPerson");
    fields.put("familyName", latin[0]); // the same person, typed in Latin letters this time
    fields.put("givenName", latin[1]);
    fields.put("patronymic", "");
    fields.put("dateOfBirth", existing.get("date_of_birth").toString());
    long prisoners = jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single();

    var shown = officer.postForm("/admissions/new", fields);
    assertThat(shown.status()).isEqualTo(409);
    assertThat(shown.html().select("#duplicates td").eachText()).contains((String) existing.get("number"), "SIZO-1");
    assertThat(shown.html().selectFirst(".govuk-error-summary").text()).contains("confirm that the person being admitted is none of them");
    assertThat(jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single()).isEqualTo(prisoners);

    var api = officer.send("POST", "/api/v1/admissions", body(facility("IK-47"), freeCell("IK-47", 1), latin[0])
        .replace("\"givenName\": \"Нурлан\"", "\"givenName\": \"" + latin[1] + "\"")
        .replaceAll("\"dateOfBirth\": \"[0-9-]+\"", "\"dateOfBirth\": \"" + existing.get("date_of_birth") + "\""),
        "application/json", "Accept", "application/json");
    assertThat(api.status()).isEqualTo(409);
    assertThat(api.body()).contains("/problems/likely-duplicate");

    fields.put("differentPerson", "true");
    assertThat(officer.postForm("/admissions/new", fields).status()).as("admitted once checked").isEqualTo(302);
  }

  @Test
  void withoutACellThePersonIsAdmittedToReception() {
    var officer = signedIn("officer", "en");
    officer.get("/");
    var page = officer.get("/admissions/new").html();
    assertThat(page.select("#cell option").first().text()).isEqualTo("No cell yet: held at reception");
    var created = officer.send("POST", "/api/v1/admissions?differentPerson=true",
        body(facility("IK-47"), freeCell("IK-47", 1), "Садыков").replaceAll("\"cellId\": \"[^\"]+\"", "\"cellId\": null"),
        "application/json", "Accept", "application/json");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(json.readTree(created.body()).get("prisonerId").asString());
    var held = jdbc.sql("SELECT facility_id, cell_id FROM prisoner WHERE id = ?").param(id).query().singleRow();
    assertThat(held.get("facility_id")).isEqualTo(facility("IK-47"));
    assertThat(held.get("cell_id")).isNull();
  }

  @Test
  void aCellThatBreaksAHardPlacementRuleIsRefusedAndTheOfficerIsToldToAdmitToReceptionThenAskForAnEmergencyMove() {
    UUID unit = jdbc.sql("""
        SELECT u.id FROM unit u JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND 'GENERAL' = ANY(u.used_for) ORDER BY u.code LIMIT 1""").query(UUID.class).single();
    UUID cell = jdbc.sql("INSERT INTO cell (unit_id, code, beds, floor_area_m2) VALUES (?, 'ADM-T1', 4, 20) RETURNING id")
        .param(unit).query(UUID.class).single();
    RefusingGate.REFUSED_CELLS.add(cell);
    try {
      long before = prisoners();
      var officer = signedIn("officer", "en");
      officer.get("/");
      var api = officer.send("POST", "/api/v1/admissions?differentPerson=true", body(facility("IK-47"), cell, "Садыков"),
          "application/json", "Accept", "application/json");
      assertThat(api.status()).isEqualTo(409);
      var problem = json.readTree(api.body());
      assertThat(problem.get("type").asString()).isEqualTo("/problems/placement-keep-apart");
      assertThat(problem.get("detail").asString()).startsWith("An open keep-apart pair: these two must not share a cell.")
          .contains("Admit the person without a cell (held at reception), then ask for an emergency cell move");
      assertThat(prisoners()).isEqualTo(before);
      assertThat(occupied(cell)).isZero();

      var texts = Map.of(
          "en", new String[] {"Admit the person without a cell (held at reception), then ask for an emergency cell move",
              "must not share a cell"},
          "ru", new String[] {"Примите человека без камеры (в приёмном отделении), затем запросите экстренный перевод в камеру",
              "нельзя содержать в одной камере"},
          "ky", new String[] {"Адамды камерасыз кабыл алыңыз (кабыл алуу бөлүмүндө), андан кийин", "камерада"});
      for (var language : texts.entrySet()) {
        var page = signedIn("officer", language.getKey()).postForm("/admissions/new", form(facility("IK-47"), cell));
        assertThat(page.status()).as(language.getKey()).isEqualTo(409);
        var html = page.html();
        assertThat(html.select("#placement-refused").text()).as(language.getKey())
            .contains(language.getValue()[0]).contains(language.getValue()[1]);
        assertThat(html.select("#cell-error").text()).as(language.getKey()).contains(language.getValue()[1]);
        assertThat(html.text()).as(language.getKey()).doesNotContain("??").doesNotContain("{0}");
      }
      assertThat(prisoners()).isEqualTo(before);
    } finally {
      RefusingGate.REFUSED_CELLS.remove(cell);
    }
  }
}
