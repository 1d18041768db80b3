package org.bagyt.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bagyt.staff.TestInstruments.INSTRUMENT;
import static org.bagyt.staff.TestInstruments.OTHER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Who sees whose staff record: governors their own facilities' staff, service-wide roles everyone, officers nobody. */
@Import(TestInstruments.class)
class StaffRecordsTest extends IntegrationTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

  @Autowired
  Accreditations accreditations;

  private WebClient signedIn(String user) {
    var client = client().acceptLanguage("en");
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/"); // a page, for a current CSRF token
    return client;
  }

  private static List<String> listed(WebClient.Response page) {
    return page.html().select("tr.staff-member").eachAttr("data-username");
  }

  private List<String> accountsIn(String facility) {
    return jdbc.sql("""
        SELECT a.username FROM staff_account a JOIN staff_account_facility af ON af.account_id = a.id
        JOIN facility f ON f.id = af.facility_id WHERE f.code = ? ORDER BY a.username""")
        .param(facility).query(String.class).list();
  }

  @Test
  void aGovernorSeesOnlyTheStaffOfTheirOwnFacility() {
    var governor = signedIn("governor");
    assertThat(governor.get("/").html().select("a[href='/staff']").eachText()).contains("Staff");
    var list = governor.get("/staff");
    assertThat(list.status()).isEqualTo(200);
    assertThat(accountsIn("IK-47")).contains("governor", "officer", "assessor");
    assertThat(listed(list)).containsExactlyElementsOf(accountsIn("IK-47"));
    assertThat(listed(list)).doesNotContain("admin", "hq", "inspector", "governor-sizo-1");

    var colleague = governor.get("/staff/assessor");
    assertThat(colleague.status()).isEqualTo(200);
    assertThat(colleague.html().select("form")).noneMatch(f -> f.attr("action").contains("/accreditations"));
    assertThat(governor.get("/api/v1/staff/assessor/accreditations", "Accept", "application/json").status()).isEqualTo(200);

    // Someone in another facility is not found, as if they did not exist.
    assertThat(governor.get("/staff/governor-sizo-1").status()).isEqualTo(404);
    assertThat(governor.get("/api/v1/staff/governor-sizo-1/accreditations", "Accept", "application/json").status())
        .isEqualTo(404);
    assertThat(governor.get("/staff/hq").status()).isEqualTo(404);
    // Reading is not recording.
    assertThat(governor.send("POST", "/api/v1/staff/assessor/accreditations", "{}", "application/json").status())
        .isEqualTo(403);
  }

  @Test
  void serviceWideRolesSeeEveryone() {
    var everyone = jdbc.sql("SELECT username FROM staff_account ORDER BY username").query(String.class).list();
    assertThat(listed(signedIn("hq").get("/staff"))).containsExactlyElementsOf(everyone);
    var inspector = signedIn("inspector");
    assertThat(listed(inspector.get("/staff"))).containsExactlyElementsOf(everyone);
    var page = inspector.get("/staff/governor-sizo-1");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst("#record")).isNull();
    assertThat(inspector.send("POST", "/api/v1/staff/officer/accreditations", "{}", "application/json").status())
        .isEqualTo(403);
  }

  @Test
  void anOfficerIsRefused() {
    var officer = signedIn("officer");
    assertThat(officer.get("/").html().select("a[href='/staff']")).isEmpty();
    assertThat(officer.get("/staff").status()).isEqualTo(403);
    assertThat(officer.get("/staff/officer").status()).isEqualTo(403);
    assertThat(officer.get("/api/v1/staff/officer/accreditations", "Accept", "application/json").status()).isEqualTo(403);
    assertThat(officer.send("POST", "/api/v1/staff/officer/accreditations", "{}", "application/json").status())
        .isEqualTo(403);
    assertThat(officer.postForm("/staff/officer/accreditations", Map.of("instrumentId", INSTRUMENT)).status())
        .isEqualTo(403);
  }

  @Test
  void theRecordsShowWhereEachAccreditationStands() {
    accreditations.register(List.of(
        new NewAccreditation("analyst", INSTRUMENT, TODAY.minusYears(8), TODAY.minusYears(6), "Centre"),
        new NewAccreditation("analyst", INSTRUMENT, TODAY.minusYears(5), TODAY.minusYears(3), "Centre"),
        new NewAccreditation("analyst", INSTRUMENT, TODAY.minusYears(1), null, "Centre"),
        new NewAccreditation("analyst", OTHER, TODAY.minusYears(2), TODAY.plusDays(30), "Centre"),
        new NewAccreditation("analyst", "retired-instrument", TODAY.minusYears(1), null, "Centre")), "import");
    var withdrawn = accreditations.of("analyst").stream().filter(a -> a.issuedOn().equals(TODAY.minusYears(8)))
        .findFirst().orElseThrow();
    var admin = signedIn("admin");
    admin.get("/staff/analyst");
    admin.follow(admin.postForm("/staff/analyst/accreditations/" + withdrawn.id() + "/withdraw",
        Map.of("reason", "Issued in error")));

    var row = signedIn("hq").get("/staff").html().selectFirst("tr.staff-member[data-username=analyst]");
    assertThat(row.select("li.accreditation").eachText()).containsExactly(
        "retired-instrument In force until " + date(TODAY.minusYears(1).plusYears(2)),
        "Test instrument In force until " + date(TODAY.minusYears(1).plusYears(2)),
        "Other instrument Expires within 90 days until " + date(TODAY.plusDays(30)),
        "Test instrument Expired until " + date(TODAY.minusYears(3)),
        "Test instrument Withdrawn until " + date(TODAY.minusYears(6)));
    var person = admin.get("/staff/analyst").html();
    assertThat(person.select("#accreditations tr.accreditation .govuk-tag").eachText())
        .containsExactly("In force", "In force", "Expires within 90 days", "Expired", "Withdrawn");
    assertThat(person.select("details.govuk-details")).as("a withdraw form for each not withdrawn").hasSize(4);
    assertThat(accreditations.accredited("analyst", OTHER, TODAY.plusDays(30))).isTrue();
    assertThat(accreditations.accredited("analyst", OTHER, TODAY.plusDays(31))).isFalse();
  }

  private static String date(LocalDate day) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
        .withLocale(java.util.Locale.ENGLISH).format(day);
  }
}
