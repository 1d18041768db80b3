package org.bagyt.prisoners.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing registers as staff do it, in pages and through the API: every bad row is named before anything is
 * written, unreadable files are refused with a reason, and an import goes in whole or not at all.
 */
class PrisonerImportTest extends IntegrationTest {

  private static final String HEADER = "Фамилия;Имя;Отчество;Латиница;Дата рождения;Пол;Гражданство;Правовой статус;"
      + "Код учреждения;Код камеры;Дата поступления;Орган, вынесший решение;Номер документа;Дата документа";
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private final JsonMapper json = JsonMapper.builder().build();
  private String lastStartVersion;

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    return client;
  }

  /** A register row in the order of {@link #HEADER}. */
  private static String row(String family, String born, String facility, String cell, String admitted, String ordered) {
    return String.join(";", family, "Бакыт", "Сапарович", "", born, "М", "KG", "осуждён", facility, cell, admitted,
        "Октябрьский районный суд г. Бишкек", "1-234/25", ordered);
  }

  private static String good(String family, String facility, String cell) {
    return row(family, "1990-05-01", facility, cell, "2025-01-10", "2025-01-05");
  }

  private static byte[] csv(Charset charset, String... rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(charset);
  }

  private long prisoners() {
    return jdbc.sql("SELECT count(*) FROM prisoner").query(Long.class).single();
  }

  /** A cell in use with at least this many free beds, as "code" and its id. */
  private Map<String, Object> cellWithFreeBeds(String facility, int free, String unitPrefix) {
    return jdbc.sql("""
        SELECT c.id, c.code, c.beds - c.occupied AS free FROM cell c JOIN unit u ON u.id = c.unit_id
        JOIN facility f ON f.id = u.facility_id
        WHERE f.code = ? AND c.in_use AND c.beds - c.occupied >= ? AND c.code LIKE ? ORDER BY c.code LIMIT 1""")
        .params(facility, free, unitPrefix + "%").query().singleRow();
  }

  private UUID upload(WebClient client, String fileName, byte[] content) {
    client.get("/imports/prisoners");
    var response = client.postFile("/imports/prisoners", Map.of("encoding", ""), "file", fileName, content);
    assertThat(response.status()).as(response.body()).isEqualTo(302);
    String location = response.header("Location");
    assertThat(location).endsWith("/columns");
    return UUID.fromString(location.replaceAll(".*/imports/prisoners/([0-9a-f-]{36})/columns$", "$1"));
  }

  /** Submits the guessed mapping, as a person who agrees with it does, and answers the report page. */
  private WebClient.Response check(WebClient client, UUID id) {
    var columns = client.get("/imports/prisoners/" + id + "/columns").html();
    var form = new java.util.HashMap<String, String>();
    columns.select("form[action$=/check] select").forEach(select -> {
      var chosen = select.selectFirst("option[selected]");
      form.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
    });
    form.put("version", columns.selectFirst("form[action$=/check] input[name=version]").attr("value"));
    var checked = client.postForm("/imports/prisoners/" + id + "/check", form);
    assertThat(checked.status()).as(checked.body()).isEqualTo(302);
    return client.follow(checked);
  }

  private String runToTheEnd(WebClient client, UUID id, WebClient.Response report) {
    String version = report.html().selectFirst("form[action$=/start] input[name=version]").attr("value");
    lastStartVersion = version;
    var started = client.postForm("/imports/prisoners/" + id + "/start", Map.of("version", version));
    assertThat(started.status()).isEqualTo(302);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    String status;
    do {
      status = jdbc.sql("SELECT status FROM prisoner_import WHERE id = ?").param(id).query(String.class).single();
    } while ("RUNNING".equals(status) && System.nanoTime() < deadline && pause());
    return status;
  }

  private static boolean pause() {
    try {
      Thread.sleep(100);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void theDryRunListsEveryBadRowWithItsReasonAndWritesNothing() {
    var hq = signedIn("hq", "en");
    var cell = cellWithFreeBeds("IK-47", 1, "O1-");
    var separation = jdbc.sql("""
        SELECT c.code FROM cell c JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE f.code = 'IK-47' AND u.code = 'SHIZO' AND c.beds = 2 AND c.occupied = 0 ORDER BY c.code LIMIT 1""")
        .query(String.class).single();
    long before = prisoners();
    byte[] file = csv(StandardCharsets.UTF_8,
        good("Асанов", "IK-47", (String) cell.get("code")),                              // row 2: fine
        row("Будущий", "2999-01-01", "IK-47", "", "2025-01-10", "2025-01-05"),           // row 3: born in the future
        row("Поздний", "1990-05-01", "IK-47", "", "2025-01-10", "2025-02-01"),           // row 4: order after admission
        good("Ж".repeat(1024 * 1024), "IK-47", ""),                                      // row 5: a 1 MB name
        good("Несуществующий", "IK-47", "NO-SUCH-CELL"),                                  // row 6: no such cell
        good("Приезжий", "XX-99", ""),                                                   // row 7: no such facility
        good("Первый", "IK-47", separation),                                             // row 8: first of two beds
        good("Второй", "IK-47", separation),                                             // row 9: second bed
        good("Третий", "IK-47", separation),                                             // row 10: the cell is full
        row("Безполый", "1990-05-01", "IK-47", "", "2025-01-10", "2025-01-05").replace(";М;", ";X;"), // row 11
        row("Февральский", "31.02.1990", "IK-47", "", "2025-01-10", "2025-01-05"));      // row 12: no such date
    UUID id = upload(hq, "register.csv", file);
    var report = check(hq, id).html();

    assertThat(report.select("#bad-rows").text()).isEqualTo("8");
    var problems = new ArrayList<String>();
    report.select("#problems tbody tr").forEach(tr -> problems.add(String.join(" | ", tr.select("td").eachText())));
    assertThat(problems).contains(
        "3 | Date of birth | The date of birth is in the future.",
        "4 | Commitment date | The commitment document is dated after the admission: nobody is admitted without an order.",
        "5 | Family name | Too long: at most 200 characters.",
        "6 | Cell code | This facility has no cell in use with this code.",
        "7 | Facility code | There is no facility with this code.",
        "10 | Cell code | The cell is full: it had 2 free beds, and earlier rows of the file take them.",
        "11 | Sex | Write the sex as male or female (M/F, М/Ж, эркек/аял).",
        "12 | Date of birth | Not a date: write it as 2026-03-01 or 01.03.2026.");
    assertThat(problems).noneMatch(p -> p.startsWith("2 |") || p.startsWith("8 |") || p.startsWith("9 |"));
    assertThat(report.select("form[action$=/start]")).as("no import while rows are bad").isEmpty();
    assertThat(prisoners()).isEqualTo(before);
    assertThat(jdbc.sql("SELECT purpose FROM audit_event WHERE action = 'PRISONER_IMPORT_CHECKED' AND resource_id = ? AND actor = 'hq'")
        .param(id.toString()).query(String.class).single())
        .contains("sha256=" + PrisonerImports.sha256(file)).contains("rows=11").contains("bad rows=8");
  }

  @Test
  void aWindows1251RegisterIsRecognisedAndImportedIntoTheGovernorsFacility() {
    var governor = signedIn("governor", "en");
    var cell = cellWithFreeBeds("IK-47", 1, "O2-");
    long before = prisoners();
    byte[] file = csv(WINDOWS_1251, good("Сыдыкбеков", "IK-47", (String) cell.get("code")), good("Сыдыков", "ik-47", ""));
    UUID id = upload(governor, "реестр.csv", file);

    var columns = governor.get("/imports/prisoners/" + id + "/columns").html();
    assertThat(columns.select("#encoding option[selected]").attr("value")).isEqualTo("WINDOWS_1251");
    assertThat(columns.text()).contains("Сыдыкбеков").contains("Column 1: Фамилия");
    var report = check(governor, id);
    assertThat(report.html().select("#bad-rows").text()).isEqualTo("0");

    assertThat(runToTheEnd(governor, id, report)).isEqualTo("IMPORTED");
    assertThat(prisoners()).isEqualTo(before + 2);
    var imported = jdbc.sql("SELECT latin_name, cell_id FROM prisoner WHERE family_name = 'Сыдыкбеков'").query().singleRow();
    assertThat(imported.get("latin_name")).isEqualTo("Sydykbekov Bakyt");
    assertThat(imported.get("cell_id")).isEqualTo(cell.get("id"));
    assertThat(jdbc.sql("SELECT occupied FROM cell WHERE id = ?").param(cell.get("id")).query(Integer.class).single())
        .as("the bed is taken").isGreaterThan(0);
    var progress = governor.get("/imports/prisoners/" + id + "/progress");
    assertThat(progress.html().select("#imported").text()).isEqualTo("2 prisoners registered");
    assertThat(progress.body()).doesNotContain("hx-trigger");
    var again = governor.postForm("/imports/prisoners/" + id + "/start", Map.of("version", lastStartVersion));
    assertThat(again.status()).as("a second click on import is refused, not a second import").isEqualTo(409);
    assertThat(prisoners()).isEqualTo(before + 2);
    assertThat(jdbc.sql("SELECT content IS NULL FROM prisoner_import WHERE id = ?").param(id).query(Boolean.class).single())
        .as("the uploaded file is erased once imported").isTrue();
    assertThat(jdbc.sql("SELECT purpose FROM audit_event WHERE action = 'PRISONERS_IMPORTED' AND resource_id = ?")
        .param(id.toString()).query(String.class).single()).contains("imported=2").contains(PrisonerImports.sha256(file));
  }

  @Test
  void anXlsxWorkbookIsReadWithItsDateCells() throws Exception {
    var hq = signedIn("hq", "en");
    long before = prisoners();
    byte[] file;
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Register");
      var dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      String[] header = {"Family name", "Given name", "Patronymic", "Date of birth", "Sex", "Citizenship", "Legal status",
          "Facility", "Admitted", "Commitment authority", "Document number", "Commitment date"};
      var top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      var r = sheet.createRow(1);
      r.createCell(0).setCellValue("Иваненко");
      r.createCell(1).setCellValue("Ольга");
      r.createCell(2).setCellValue("Петровна");
      r.createCell(3).setCellValue(LocalDate.of(1985, 7, 14));
      r.getCell(3).setCellStyle(dates);
      r.createCell(4).setCellValue("Ж");
      r.createCell(5).setCellValue("RU");
      r.createCell(6).setCellValue("UNTRIED");
      r.createCell(7).setCellValue("SIZO-1");
      r.createCell(8).setCellValue(LocalDate.of(2025, 3, 2));
      r.getCell(8).setCellStyle(dates);
      r.createCell(9).setCellValue("Первомайский районный суд");
      r.createCell(10).setCellValue("2-77/25");
      r.createCell(11).setCellValue(LocalDate.of(2025, 3, 1));
      r.getCell(11).setCellStyle(dates);
      workbook.write(out);
      file = out.toByteArray();
    }
    UUID id = upload(hq, "register.xlsx", file);
    var report = check(hq, id);
    assertThat(report.html().select("#bad-rows").text()).isEqualTo("0");
    assertThat(runToTheEnd(hq, id, report)).isEqualTo("IMPORTED");
    assertThat(prisoners()).isEqualTo(before + 1);
    var person = jdbc.sql("SELECT date_of_birth, sex, latin_name, legal_status FROM prisoner WHERE family_name = 'Иваненко'")
        .query().singleRow();
    assertThat(person.get("date_of_birth").toString()).isEqualTo("1985-07-14");
    assertThat(person).containsEntry("sex", "FEMALE").containsEntry("legal_status", "UNTRIED");
    assertThat((String) person.get("latin_name")).as("Russian BGN/PCGN for a Russian citizen").startsWith("Ivanenko Ol");
  }

  @Test
  void filesThatAreNotRegistersAreRefusedWithAReasonAndNothingIsKept() throws Exception {
    var hq = signedIn("hq", "en");
    long uploads = jdbc.sql("SELECT count(*) FROM prisoner_import").query(Long.class).single();

    hq.get("/imports/prisoners");
    var renamed = hq.postFile("/imports/prisoners", Map.of(), "file", "register.xlsx",
        "Фамилия;Имя\nАсанов;Бакыт\n".getBytes(StandardCharsets.UTF_8));
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.html().select(".govuk-error-summary").text()).contains("This file is not an Excel workbook (XLSX)");

    var bomb = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 16; i++) {
        zip.write(spaces); // 16 MB of nothing, compressed to a few dozen kilobytes
      }
      zip.write("</Types>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(bomb.size()).isLessThan(1024 * 1024);
    hq.get("/imports/prisoners");
    var refused = hq.postFile("/imports/prisoners", Map.of(), "file", "register.xlsx", bomb.toByteArray());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html().select(".govuk-error-summary").text()).contains("compressed bomb");

    hq.get("/imports/prisoners");
    var binary = hq.postFile("/imports/prisoners", Map.of(), "file", "register.csv", new byte[] {1, 0, 2, 0, 3});
    assertThat(binary.html().select(".govuk-error-summary").text()).contains("This is not a text (CSV) file");
    assertThat(jdbc.sql("SELECT count(*) FROM prisoner_import").query(Long.class).single()).isEqualTo(uploads);
  }

  @Test
  void theApiRefusesBrokenQuotingAndTheWrongEncodingWithAProblem() {
    var hq = signedIn("hq", "en");
    hq.get("/");
    byte[] broken = (HEADER + "\n" + good("Асанов", "IK-47", "") + "\n\"Незакрытая;кавычка\n" + good("Осмонов", "IK-47", ""))
        .getBytes(StandardCharsets.UTF_8);
    var quoting = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true", broken, "text/csv; charset=UTF-8",
        "Accept", "application/json");
    assertThat(quoting.status()).isEqualTo(400);
    var problem = json.readTree(quoting.body());
    assertThat(problem.get("type").asString()).isEqualTo("/problems/import-broken-quoting");
    assertThat(problem.get("detail").asString()).contains("The CSV file is broken near line");

    var wrong = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true",
        csv(WINDOWS_1251, good("Асанов", "IK-47", "")), "text/csv; charset=UTF-8", "Accept", "application/json");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(json.readTree(wrong.body()).get("type").asString()).isEqualTo("/problems/import-encoding");

    var honoured = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true",
        csv(WINDOWS_1251, good("Асанов", "IK-47", "")), "text/csv; charset=windows-1251", "Accept", "application/json");
    assertThat(honoured.status()).isEqualTo(200);
    assertThat(json.readTree(honoured.body()).get("badRows").asInt()).isZero();
  }

  @Test
  void theApiChecksThenImportsAllRowsOrNone() {
    var hq = signedIn("hq", "ru");
    hq.get("/");
    long before = prisoners();
    byte[] oneBad = csv(StandardCharsets.UTF_8, good("Жусупов", "KP-22", ""), good("Мамытов", "KP-22", ""),
        row("Исаков", "2999-01-01", "KP-22", "", "2025-01-10", "2025-01-05"));

    var dryRun = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true", oneBad, "text/csv", "Accept", "application/json");
    assertThat(dryRun.status()).isEqualTo(200);
    var report = json.readTree(dryRun.body());
    assertThat(report.get("rows").asInt()).isEqualTo(3);
    assertThat(report.get("badRows").asInt()).isEqualTo(1);
    assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(4);
    assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("DATE_OF_BIRTH");
    assertThat(report.get("errors").get(0).get("message").asString()).isEqualTo("Дата рождения в будущем.");

    var refused = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=false", oneBad, "text/csv", "Accept", "application/json");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(json.readTree(refused.body()).get("errors").get(0).get("row").asInt()).isEqualTo(4);
    assertThat(prisoners()).as("one bad row: nothing written").isEqualTo(before);

    byte[] good = csv(StandardCharsets.UTF_8, good("Жусупов", "KP-22", ""), good("Мамытов", "KP-22", ""));
    var imported = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=false", good, "text/csv", "Accept", "application/json");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(json.readTree(imported.body()).get("imported").asInt()).isEqualTo(2);
    assertThat(prisoners()).isEqualTo(before + 2);
  }

  @Test
  void facilityStaffImportOnlyIntoTheirOwnFacilitiesAndOthersNotAtAll() {
    var governor = signedIn("governor", "en");
    governor.get("/");
    var elsewhere = governor.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true",
        csv(StandardCharsets.UTF_8, good("Асанов", "SIZO-1", ""), good("Осмонов", "IK-47", "")), "text/csv",
        "Accept", "application/json");
    var errors = json.readTree(elsewhere.body()).get("errors");
    assertThat(errors.size()).isEqualTo(1);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
    assertThat(errors.get(0).get("message").asString()).contains("you may import only into your own facilities");

    var officer = signedIn("officer", "en");
    assertThat(officer.get("/imports/prisoners").status()).isEqualTo(403);
    officer.get("/");
    assertThat(officer.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true",
        csv(StandardCharsets.UTF_8, good("Асанов", "IK-47", "")), "text/csv", "Accept", "application/json").status())
        .isEqualTo(403);
  }

  @Test
  void tenMillionRowsAreRefusedAtTheRowLimitBeforeTheRestIsRead() {
    var hq = signedIn("hq", "en");
    hq.get("/");
    byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] huge = java.util.Arrays.copyOf(header, header.length + 10_000_000 * 2);
    for (int i = header.length; i < huge.length; i += 2) {
      huge[i] = 'x';
      huge[i + 1] = '\n';
    }
    var refused = hq.sendBytes("POST", "/api/v1/imports/prisoners?dryRun=true", huge, "text/csv", "Accept", "application/json");
    assertThat(refused.status()).isEqualTo(400);
    var problem = json.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("/problems/import-too-many-rows");
    assertThat(problem.get("detail").asString()).contains("more than 200,000 rows");
  }

  @Test
  void aFailurePartWayThroughTheRegisterLeavesNothingWritten() {
    var hq = signedIn("hq", "en");
    long before = prisoners();
    var rows = new ArrayList<String>();
    for (int i = 0; i < 6_000; i++) {
      rows.add(good(i == 5_500 ? "Сбой" : "Осмонов", "KP-23", ""));
    }
    UUID id = upload(hq, "big.csv", csv(StandardCharsets.UTF_8, rows.toArray(String[]::new)));
    var report = check(hq, id);
    // A failure the register meets only after the first 5,000 rows are in: the database refuses one row.
    jdbc.sql("""
        CREATE FUNCTION refuse_test_row() RETURNS trigger AS $$
        BEGIN IF NEW.family_name = 'Сбой' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$
        LANGUAGE plpgsql""").update();
    jdbc.sql("CREATE TRIGGER refuse_test_row BEFORE INSERT ON prisoner FOR EACH ROW EXECUTE FUNCTION refuse_test_row()").update();
    try {
      assertThat(runToTheEnd(hq, id, report)).isEqualTo("FAILED");
    } finally {
      jdbc.sql("DROP TRIGGER refuse_test_row ON prisoner").update();
      jdbc.sql("DROP FUNCTION refuse_test_row()").update();
    }
    assertThat(prisoners()).as("the first 5,000 rows were rolled back with the rest").isEqualTo(before);
    var page = hq.get("/imports/prisoners/" + id).html();
    assertThat(page.select(".govuk-error-summary").text()).contains("The import was refused").contains("Nothing was written");
    assertThat(jdbc.sql("SELECT outcome FROM audit_event WHERE action = 'PRISONERS_IMPORTED' AND resource_id = ?")
        .param(id.toString()).query(String.class).single()).isEqualTo("FAILED");
  }
}
