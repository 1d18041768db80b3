package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bagyt.demo.DemoData;
import org.bagyt.staff.Accreditations;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessments through their pages, as assessors, governors and inspectors use them: the whole cycle from starting a
 * draft to deciding an appeal, refusals that keep every word typed, the comparison, the printed copy and the due list.
 */
class AssessmentPagesTest extends IntegrationTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Bishkek");

  @Autowired
  Accreditations accreditations;

  @Autowired
  Instruments instruments;

  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void assessorsAreAccredited() {
    Assessors.prepare(jdbc, accreditations);
  }

  private WebClient signedIn(String user, String language) {
    var client = client().acceptLanguage(language);
    client.signIn(user, DemoData.DEMO_PASSWORD);
    client.get("/assessments"); // a page, for a current CSRF token
    return client;
  }

  private static String version(Document page) {
    return page.selectFirst("#assessment-form input[name=version], form input[name=version]").attr("value");
  }

  private Map<String, Object> row(UUID assessment) {
    return jdbc.sql("SELECT status, version, author, countersigned_by FROM assessment WHERE id = ?").param(assessment)
        .query().singleRow();
  }

  /** The assessor starts a risk and needs assessment through the prisoner's page; returns its id. */
  private UUID start(WebClient assessor, UUID prisoner) {
    var page = assessor.get("/prisoners/" + prisoner + "/assessments");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("#instrument option").eachAttr("value")).contains(Assessors.RISK_NEEDS);
    var started = assessor.postForm("/prisoners/" + prisoner + "/assessments", Map.of("instrument", Assessors.RISK_NEEDS));
    assertThat(started.status()).isEqualTo(302);
    String location = started.header("Location");
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private WebClient.Response send(WebClient client, UUID assessment, Map<String, String> form, String action,
      String version) {
    var fields = new HashMap<>(form);
    fields.put("action", action);
    fields.put("version", version);
    return client.postForm("/assessments/" + assessment, fields);
  }

  /** Through the API: a countersigned risk and needs assessment with the form's ratings (overrides applied). */
  private UUID countersigned(UUID prisoner, Map<String, String> overrides) {
    var assessor = signedIn("assessor", "en");
    var countersigner = signedIn("assessor2", "en");
    UUID id = start(assessor, prisoner);
    var form = new HashMap<>(Assessors.completeRiskNeedsForm(instruments, "Seen in interview"));
    form.putAll(overrides);
    var page = assessor.get("/assessments/" + id).html();
    assertThat(send(assessor, id, form, "submit", version(page)).status()).isEqualTo(302);
    var check = countersigner.get("/assessments/" + id).html();
    var signed = countersigner.postForm("/assessments/" + id + "/countersign",
        Map.of("version", check.selectFirst("#countersign-form input[name=version]").attr("value")));
    assertThat(signed.status()).isEqualTo(302);
    return id;
  }

  @Test
  void anAssessmentGoesFromDraftToAnAppealDecisionThroughTheForms() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    var assessor = signedIn("assessor", "en");
    UUID id = start(assessor, prisoner);
    var page = assessor.follow(assessor.get("/assessments/" + id));
    assertThat(page.status()).isEqualTo(200);
    var html = page.html();
    assertThat(html.select("#status").text()).isEqualTo("Draft");
    assertThat(html.select("#rating-BA1").attr("type")).isEqualTo("radio");
    assertThat(html.select("label[for=rationale-BA1]").text()).isEqualTo("Rationale (required)");
    assertThat(html.select("label[for=rationale-PR3]").text()).isEqualTo("Rationale (optional)");
    assertThat(html.select("label[for=rating-BA1]").text()).isEqualTo("Low");

    // A draft may be incomplete.
    var saved = send(assessor, id, Map.of("rating-BA1", "HIGH", "rationale-BA1", "Said in interview that violence is justified",
        "plan-kind-2", "INTERVENTION", "plan-description-2", "Mentoring with a trained mentor", "plan-needs-2", "BA1"),
        "save", version(html));
    assertThat(saved.status()).isEqualTo(302);
    html = assessor.follow(saved).html();
    assertThat(html.select(".govuk-notification-banner__heading").text()).isEqualTo("The draft was saved.");
    assertThat(html.select("#rating-BA1-HIGH").hasAttr("checked")).isTrue();
    assertThat(html.select("#rationale-BA1").text()).isEqualTo("Said in interview that violence is justified");
    // The plan row written in the third row is now the first; three empty rows follow.
    assertThat(html.select("#plan-description-0").text()).isEqualTo("Mentoring with a trained mentor");
    assertThat(html.select("#plan-needs-0").hasAttr("checked")).isTrue();
    assertThat(html.select(".plan-row")).hasSize(4);

    // Submitting with a rationale missing is refused at the field, and changes nothing.
    var form = new HashMap<>(Assessors.completeRiskNeedsForm(instruments, "Seen in interview"));
    form.put("rating-BA1", "HIGH");
    form.put("rationale-BA1", "Said in interview that violence is justified");
    form.put("plan-kind-0", "INTERVENTION");
    form.put("plan-description-0", "Mentoring with a trained mentor");
    form.put("plan-needs-0", "BA1");
    form.remove("rationale-BA2");
    var before = row(id);
    var refused = send(assessor, id, form, "submit", version(html));
    assertThat(refused.status()).isEqualTo(400);
    var shown = refused.html();
    assertThat(shown.select(".govuk-error-summary a[href=#rationale-BA2]").text()).isEqualTo("Write the rationale.");
    assertThat(shown.select("#rationale-BA2-error").text()).contains("Write the rationale.");
    assertThat(shown.select("#rationale-BA3").text()).isEqualTo("Seen in interview BA3");
    assertThat(row(id)).isEqualTo(before);
    assertThat(jdbc.sql("SELECT count(*) FROM assessment_rating WHERE assessment_id = ?").param(id).query(Long.class)
        .single()).isEqualTo(1);

    form.put("rationale-BA2", "No excuse of harm heard");
    var submitted = send(assessor, id, form, "submit", version(html));
    assertThat(submitted.status()).isEqualTo(302);
    html = assessor.follow(submitted).html();
    assertThat(html.select(".govuk-notification-banner__heading").text())
        .isEqualTo("The assessment was submitted for countersigning.");
    assertThat(html.select("#status").text()).isEqualTo("Submitted for countersigning");
    assertThat(html.select("#assessment-form")).isEmpty();
    assertThat(html.select("#countersign-form")).as("the author is not offered the countersignature").isEmpty();

    // The author cannot countersign it, even by sending the form.
    var own = assessor.postForm("/assessments/" + id + "/countersign", Map.of("version", String.valueOf(row(id).get("version"))));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.html().select("#problem").text())
        .isEqualTo("You wrote this assessment. A second assessor must countersign it.");
    assertThat(row(id).get("status")).isEqualTo("SUBMITTED");

    // The second assessor returns it with a comment (a return without one is refused at the field).
    var second = signedIn("assessor2", "en");
    html = second.get("/assessments/" + id).html();
    String checkVersion = html.selectFirst("#return-form input[name=version]").attr("value");
    var noComment = second.postForm("/assessments/" + id + "/return", Map.of("version", checkVersion, "comment", " "));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.html().select("#comment-error").text()).contains("Say what the author must change.");
    var returned = second.postForm("/assessments/" + id + "/return",
        Map.of("version", checkVersion, "comment", "Give the source for BA1"));
    assertThat(returned.status()).isEqualTo(302);
    assertThat(row(id).get("status")).isEqualTo("RETURNED");

    // The author sees the comment, edits and submits again.
    html = assessor.get("/assessments/" + id).html();
    assertThat(html.select("#steps").text()).contains("Give the source for BA1", "Returned to the author");
    assertThat(html.select("#returned").text()).contains("Returned by assessor2", "Give the source for BA1");
    assertThat(html.select("#rationale-BA1").text()).isEqualTo("Said in interview that violence is justified");
    form.put("rationale-BA1", "Said in interview on 3 March that violence is justified; recorded by the unit officer");
    assertThat(send(assessor, id, form, "submit", version(html)).status()).isEqualTo(302);

    // The second assessor countersigns it: it comes into force and sets the next review.
    html = second.get("/assessments/" + id).html();
    var signed = second.postForm("/assessments/" + id + "/countersign",
        Map.of("version", html.selectFirst("#countersign-form input[name=version]").attr("value")));
    assertThat(signed.status()).isEqualTo(302);
    html = second.follow(signed).html();
    assertThat(html.select(".govuk-notification-banner__heading").text())
        .isEqualTo("The assessment was countersigned and is now in force.");
    assertThat(html.select("#status").text()).isEqualTo("Countersigned (current)");
    assertThat(html.select("#countersigner").text()).startsWith("assessor2");
    assertThat(html.select("#next-review").text()).isNotBlank();
    assertThat(html.select("tr.rating[data-item=BA1]").text()).contains("High", "recorded by the unit officer");
    assertThat(html.select("tr.plan-entry").text()).contains("Intervention", "Mentoring with a trained mentor", "BA1");
    assertThat(html.select("#pdf").attr("href")).isEqualTo("/assessments/" + id + "/pdf");
    assertThat(row(id).get("countersigned_by")).isEqualTo("assessor2");

    // The assessor records how the prisoner was told.
    LocalDate today = LocalDate.now(ZONE);
    html = assessor.get("/assessments/" + id).html();
    var future = assessor.postForm("/assessments/" + id + "/notice", Map.of("told-on", today.plusDays(1).toString(),
        "method", "IN_PERSON", "notice-language", "Kyrgyz"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.html().select("#told-on-error").text()).contains("The date cannot be in the future.");
    assertThat(future.html().select("#notice-language").attr("value")).isEqualTo("Kyrgyz");
    var told = assessor.postForm("/assessments/" + id + "/notice", Map.of("told-on", today.toString(),
        "method", "IN_PERSON", "notice-language", "Kyrgyz", "interpreter", "yes", "notice-note", "He asked for a copy"));
    assertThat(told.status()).isEqualTo(302);
    html = assessor.follow(told).html();
    assertThat(html.select("#notice").text()).contains("In person", "Kyrgyz", "with an interpreter", "He asked for a copy");

    // The governor records the prisoner's appeal and decides it: a review is due at once.
    var governor = signedIn("governor", "en");
    html = governor.get("/assessments/" + id).html();
    assertThat(html.select("#appeal-form")).isNotEmpty();
    var lodged = governor.postForm("/assessments/" + id + "/appeals",
        Map.of("lodged-on", today.toString(), "grounds", "He says the interview was misread"));
    assertThat(lodged.status()).isEqualTo(302);
    html = governor.follow(lodged).html();
    assertThat(html.select(".appeal").text()).contains("He says the interview was misread", "Awaiting a decision");
    var decideForm = html.selectFirst("#decide-form");
    var noDecision = governor.postForm(decideForm.attr("action"), Map.of("version",
        decideForm.selectFirst("input[name=version]").attr("value"), "decision-reason", "Heard him"));
    assertThat(noDecision.status()).isEqualTo(400);
    assertThat(noDecision.html().select("#decision-error").text()).contains("Choose the decision.");
    assertThat(noDecision.html().select("#decision-reason").text()).isEqualTo("Heard him");
    var decided = governor.postForm(decideForm.attr("action"), Map.of("version",
        decideForm.selectFirst("input[name=version]").attr("value"), "decision", "REVIEW_ORDERED",
        "decision-reason", "The interview notes are ambiguous; a new assessment will hear him again"));
    assertThat(decided.status()).isEqualTo(302);
    html = governor.follow(decided).html();
    assertThat(html.select(".appeal-decision").text()).contains("Review ordered", "ambiguous", "governor");
    assertThat(jdbc.sql("""
        SELECT count(*) FROM assessment_due WHERE prisoner_id = ? AND purpose = 'EXTREMISM_RISK_NEEDS'
        AND closed_at IS NULL AND 'APPEAL' = ANY(reasons) AND due_on = ?""").params(prisoner, today)
        .query(Long.class).single()).isEqualTo(1);

    // The prisoner's page lists it with its levels, the review due, and the file shows the levels in force.
    html = governor.get("/prisoners/" + prisoner + "/assessments").html();
    assertThat(html.select("tr.assessment").text()).contains("Countersigned (current)", "assessor", "assessor2", "Low");
    assertThat(html.select("tr.due-item").text()).contains("Appeal decision", "Due today");
    assertThat(html.select("#timeline-chart").attr("data-chart")).isEqualTo("levels");
    assertThat(html.select("tr.timeline-point")).hasSize(1);
    var file = governor.get("/prisoners/" + prisoner).html();
    assertThat(file.select("#assessments-heading").text()).isEqualTo("Assessments");
    assertThat(file.select(".current-assessment").text()).contains("Risk and needs assessment", "Low");
    assertThat(file.select(".section-due").text()).contains("Due today");
  }

  /** An assessor whose accreditation is not in force is told why there is nothing to start or countersign. */
  @Test
  void anAssessorWithoutAnAccreditationInForceIsToldWhy() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    var author = signedIn("assessor2", "en");
    UUID id = start(author, prisoner);
    var form = Assessors.completeRiskNeedsForm(instruments, "Seen in interview");
    assertThat(send(author, id, form, "submit", version(author.get("/assessments/" + id).html())).status()).isEqualTo(302);

    var inForce = jdbc.sql("SELECT id, expires_on FROM accreditation WHERE username = 'assessor' AND instrument_id = ? "
        + "AND expires_on >= current_date").param(Assessors.RISK_NEEDS)
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
    assertThat(inForce).isNotEmpty();
    inForce.forEach(a -> jdbc.sql("UPDATE accreditation SET expires_on = current_date - 1 WHERE id = ?").param(a.getKey()).update());
    try {
      var assessor = signedIn("assessor", "en");
      var html = assessor.get("/assessments/" + id).html();
      assertThat(html.select("#not-accredited").text()).isEqualTo(
          "You hold no accreditation for this instrument that is in force today, so you cannot write or countersign it.");
      assertThat(html.select("#countersign")).isEmpty();
      html = assessor.get("/prisoners/" + Assessors.unassessedPrisoner(jdbc) + "/assessments").html();
      assertThat(html.select("#not-accredited li").eachText())
          .containsExactly(instruments.newest(Assessors.RISK_NEEDS).orElseThrow().name().en());
      assertThat(html.select("#instrument option").eachAttr("value")).containsExactly(Assessors.SCREENING);
      assertThat(signedIn("assessor2", "en").get("/assessments/" + id).html().select("#not-accredited")).isEmpty();
    } finally {
      inForce.forEach(a -> jdbc.sql("UPDATE accreditation SET expires_on = ? WHERE id = ?").params(a.getValue(), a.getKey())
          .update());
    }

    // In the demo facility whose accreditations lapsed, its assessors can start nothing and are told so.
    UUID there = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = 'IK-1'
        AND p.released_at IS NULL ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    var html = signedIn("assessor-ik-1", "ru").get("/prisoners/" + there + "/assessments").html();
    assertThat(html.select("#start-form")).isEmpty();
    assertThat(html.select("#not-accredited li")).hasSize(2);
    assertThat(html.select("#not-accredited p").text()).startsWith("У вас нет действующей на сегодня аккредитации");
  }

  @Test
  void aStaleSaveIsRefusedAndKeepsTheTextThatWasSent() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    var assessor = signedIn("assessor", "en");
    UUID id = start(assessor, prisoner);
    var html = assessor.get("/assessments/" + id).html();
    String opened = version(html);
    assertThat(send(assessor, id, Map.of("rationale-BA1", "Written in the first tab"), "save", opened).status())
        .isEqualTo(302);
    String words = "A long rationale, written with care\nover two lines, that must not be lost";
    var stale = send(assessor, id, Map.of("rating-BA2", "MODERATE", "rationale-BA1", words), "save", opened);
    assertThat(stale.status()).isEqualTo(409);
    var shown = stale.html();
    assertThat(shown.select("#problem").text()).startsWith("Someone else saved this assessment after you opened it.");
    assertThat(shown.select("#rationale-BA1").first().wholeText()).isEqualTo(words);
    assertThat(shown.select("#rating-BA2-MODERATE").hasAttr("checked")).isTrue();
    assertThat(jdbc.sql("SELECT rationale FROM assessment_rating WHERE assessment_id = ? AND item_code = 'BA1'")
        .param(id).query(String.class).single()).isEqualTo("Written in the first tab");

    // A second assessor saving the same draft, even at the version in force, is refused: the draft is its author's.
    var before = row(id);
    var second = send(signedIn("assessor2", "en"), id, Map.of("rationale-BA1", "Written by someone else"), "save",
        version(assessor.get("/assessments/" + id).html()));
    assertThat(second.status()).isEqualTo(403);
    assertThat(second.body()).contains("Only the author can change or submit this assessment.");
    assertThat(row(id)).isEqualTo(before);
    assertThat(jdbc.sql("SELECT rationale FROM assessment_rating WHERE assessment_id = ? AND item_code = 'BA1'")
        .param(id).query(String.class).single()).isEqualTo("Written in the first tab");
  }

  @Test
  void badFormInputIsAnsweredAtItsFieldNeverWithAServerError() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    var assessor = signedIn("assessor", "en");
    UUID id = start(assessor, prisoner);
    String opened = version(assessor.get("/assessments/" + id).html());
    var before = row(id);

    var outsideScale = send(assessor, id, Map.of("rating-BA1", "EXTREME", "rationale-BA1", "kept"), "save", opened);
    assertThat(outsideScale.status()).isEqualTo(400);
    assertThat(outsideScale.html().select("#rating-BA1-error").text()).contains("Choose one of the ratings of this item's scale.");
    assertThat(outsideScale.html().select("#rationale-BA1").text()).isEqualTo("kept");

    var unknownLevel = send(assessor, id, Map.of("level-violence", "EXTREME"), "save", opened);
    assertThat(unknownLevel.status()).isEqualTo(400);
    assertThat(unknownLevel.html().select(".govuk-error-summary a[href=#level-violence]").text())
        .isEqualTo("Choose one of the levels.");

    var unknownSource = send(assessor, id, Map.of("sources", "RUMOUR"), "save", opened);
    assertThat(unknownSource.status()).isEqualTo(400);
    assertThat(unknownSource.html().select("#sources-error").text()).contains("Choose sources from the list.");

    var unknownKind = send(assessor, id, Map.of("plan-kind-0", "PUNISHMENT", "plan-description-0", "x"), "save", opened);
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.html().select("#plan-kind-0-error").text()).isNotBlank();

    var unknownNeed = send(assessor, id, Map.of("plan-kind-0", "INTERVENTION", "plan-description-0", "x",
        "plan-needs-0", "ZZ9"), "save", opened);
    assertThat(unknownNeed.status()).isEqualTo(400);
    assertThat(unknownNeed.html().select(".govuk-error-summary a[href=#plan-needs-0]").text())
        .isEqualTo("The instrument has no such item.");

    var badVersion = send(assessor, id, Map.of("rationale-BA1", "still here"), "save", "seven");
    assertThat(badVersion.status()).isEqualTo(400);
    assertThat(badVersion.html().select("#problem").text()).startsWith("This form is incomplete or out of date.");
    assertThat(badVersion.html().select("#rationale-BA1").text()).isEqualTo("still here");

    var noVersion = assessor.postForm("/assessments/" + id, Map.of("action", "submit"));
    assertThat(noVersion.status()).isEqualTo(400);
    var badDate = assessor.postForm("/assessments/" + id + "/notice", Map.of("told-on", "yesterday"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.html().select("#problem, .govuk-error-summary").text()).isNotBlank();
    var noInstrument = assessor.postForm("/prisoners/" + prisoner + "/assessments", Map.of("instrument", "no-such"));
    assertThat(noInstrument.status()).isEqualTo(400);
    assertThat(noInstrument.html().select("#instrument-error").text()).isNotBlank();
    var badWindow = assessor.get("/assessments?within=many");
    assertThat(badWindow.status()).isEqualTo(400);
    assertThat(badWindow.html().select("#within-error").text()).contains("Choose a period of 0 to 366 days.");
    assertThat(assessor.get("/assessments?within=999").status()).isEqualTo(400);
    assertThat(row(id)).isEqualTo(before);
  }

  @Test
  void theComparisonMarksTheItemsAndJudgementsThatChanged() {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    UUID first = countersigned(prisoner, Map.of());
    UUID second = countersigned(prisoner, Map.of("rating-PR1", "HIGH", "rationale-PR1", "Now speaks against violence",
        "level-influence", "MODERATE", "judgement-rationale-influence", "Hands out leaflets on the landing"));
    assertThat(row(first).get("status")).isEqualTo("SUPERSEDED");

    var governor = signedIn("governor", "en");
    var html = governor.get("/assessments/" + second).html();
    assertThat(html.select("#compare").attr("href")).isEqualTo("/assessments/" + second + "/compare");
    var compare = governor.get("/assessments/" + second + "/compare");
    assertThat(compare.status()).isEqualTo(200);
    html = compare.html();
    var changed = html.select("tr.compared[data-code=PR1]");
    assertThat(changed.hasClass("bagyt-changed")).isTrue();
    assertThat(changed.select(".govuk-visually-hidden").text()).isEqualTo("(changed)");
    assertThat(changed.text()).contains("Low", "High", "Now speaks against violence", "Seen in interview PR1");
    assertThat(html.select("tr.compared[data-code=BA1]").hasClass("bagyt-changed")).isFalse();
    // A judgement whose level changed, with the rationale before and the rationale now side by side.
    var judgement = html.select("tr.compared[data-code=influence]");
    assertThat(judgement.hasClass("bagyt-changed")).isTrue();
    assertThat(judgement.select("td").eachText()).containsExactly("Low", "Seen in interview influence", "Moderate Changed",
        "Hands out leaflets on the landing");
    assertThat(html.select("tr.compared[data-code=violence]").hasClass("bagyt-changed")).isFalse();
    assertThat(html.select("tr.bagyt-changed").eachAttr("data-code")).containsExactly("PR1", "influence");
    assertThat(governor.get("/assessments/" + first + "/compare").status()).as("nothing before the first").isEqualTo(409);

    // The timeline has a point per countersigned assessment, drawn from data attributes.
    html = governor.get("/prisoners/" + prisoner + "/assessments").html();
    assertThat(html.select("tr.timeline-point")).hasSize(2);
    var series = json.readTree(html.selectFirst("#timeline-chart").attr("data-series"));
    assertThat(series).hasSize(3);
    assertThat(series.get(0).get("data")).hasSize(2);
    assertThat(json.readTree(html.selectFirst("#timeline-chart").attr("data-levels")).get(2).asString()).isEqualTo("High");
    assertThat(html.select("script:not([src])")).as("no inline script").isEmpty();
  }

  @Test
  void aCountersignedAssessmentPrintsInTheReadersLanguageAndADraftDoesNot() throws IOException {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    UUID id = countersigned(prisoner, Map.of("rationale-CI1", "Ни одного высказывания о намерении"));
    var pdf = signedIn("governor", "ru").download("/assessments/" + id + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition")).contains("attachment", Assessors.RISK_NEEDS);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Оценка рисков и потребностей", "Общие заключения", "Ни одного высказывания о намерении",
          "governor", "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ");
    }
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND resource_type = 'ASSESSMENT' AND resource_id = ?")
        .param(id.toString()).query(Long.class).single()).isEqualTo(1);

    UUID draft = start(signedIn("assessor", "en"), Assessors.unassessedPrisoner(jdbc));
    var refused = signedIn("governor", "en").download("/assessments/" + draft + "/pdf");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("text/html");
    assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Only a countersigned assessment can be printed.");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND prisoner_id = ?")
        .param(jdbc.sql("SELECT prisoner_id FROM assessment WHERE id = ?").param(draft).query(UUID.class).single())
        .query(Long.class).single()).as("a refused print records no export").isZero();
  }

  @ParameterizedTest(name = "the assessment pages answer in {0}")
  @ValueSource(strings = {"ky", "ru", "en"})
  void everyPageAnswersInEachLanguageForThoseWhoMayReadAssessments(String language) {
    UUID prisoner = Assessors.unassessedPrisoner(jdbc);
    UUID first = countersigned(prisoner, Map.of());
    UUID second = countersigned(prisoner, Map.of("rating-PR2", "HIGH"));
    var pages = List.of("/assessments", "/prisoners/" + prisoner + "/assessments", "/assessments/" + first,
        "/assessments/" + second, "/assessments/" + second + "/compare", "/prisoners/" + prisoner);
    for (String user : List.of("governor", "assessor", "inspector", "hq")) {
      var client = signedIn(user, language);
      for (String path : pages) {
        var page = client.get(path);
        assertThat(page.status()).as(user + " " + path).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo(language);
      }
      assertThat(client.get("/assessments").html().select(".govuk-service-navigation__item--active").text())
          .isNotBlank();
    }
    var officer = signedIn("officer", language);
    for (String path : pages.subList(0, 5)) {
      assertThat(officer.get(path).status()).as("officer " + path).isEqualTo(403);
    }
    assertThat(officer.get("/prisoners/" + prisoner).html().select("#assessments-heading"))
        .as("the file shows the section only to those with a need to know").isEmpty();
  }

  @Test
  void aPrisonerHeldElsewhereOpensOnlyByBreakingTheGlass() {
    UUID elsewhere = jdbc.sql("""
        SELECT p.id FROM prisoner p JOIN facility f ON f.id = p.facility_id WHERE f.code = 'SIZO-1'
        AND p.released_at IS NULL ORDER BY p.number LIMIT 1""").query(UUID.class).single();
    var assessor = signedIn("assessor", "en");
    var refused = assessor.get("/prisoners/" + elsewhere + "/assessments");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.html().select("form[action$=/break-glass]").attr("action"))
        .isEqualTo("/prisoners/" + elsewhere + "/break-glass");
    assertThat(assessor.postForm("/prisoners/" + elsewhere + "/break-glass", Map.of("reason", "Transfer to IK-47 tomorrow"))
        .status()).isEqualTo(302);
    var opened = assessor.get("/prisoners/" + elsewhere + "/assessments");
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.html().select("#start-form")).as("break-glass opens for reading only").isEmpty();
  }

  @Test
  void theDueListPutsOverdueFirstAndLinksToThePrisoner() {
    UUID late = Assessors.unassessedPrisoner(jdbc);
    UUID soon = Assessors.unassessedPrisoner(jdbc);
    LocalDate today = LocalDate.now(ZONE);
    jdbc.sql("DELETE FROM assessment_due WHERE prisoner_id IN (?, ?)").params(late, soon).update();
    jdbc.sql("""
        INSERT INTO assessment_due (prisoner_id, purpose, due_on, reasons, raised_at) VALUES
          (?, 'EXTREMISM_RISK_NEEDS', ?, ARRAY['EXTREMISM_OFFENCE'], now()),
          (?, 'INTAKE_SCREENING', ?, ARRAY['ADMISSION'], now())""")
        .params(late, today.minusDays(3), soon, today.plusDays(2)).update();
    var governor = signedIn("governor", "en");
    var html = governor.get("/assessments").html();
    var rows = html.select("tr.due-item");
    var ids = rows.eachAttr("data-prisoner");
    assertThat(ids).contains(late.toString(), soon.toString());
    var lateRow = html.selectFirst("tr.due-item[data-prisoner=" + late + "]");
    assertThat(lateRow.hasClass("bagyt-overdue")).isTrue();
    assertThat(lateRow.text()).contains("Overdue by 3 days", "Extremism or terrorism offence");
    assertThat(lateRow.selectFirst("a").attr("href")).isEqualTo("/prisoners/" + late + "/assessments");
    assertThat(html.selectFirst("tr.due-item[data-prisoner=" + soon + "]").text()).contains("Due in 2 days");
    assertThat(rows.first().hasClass("bagyt-overdue")).as("overdue first").isTrue();
    assertThat(html.select("#facility")).as("facility staff see their own facilities only").isEmpty();

    var hq = signedIn("hq", "ru");
    html = hq.get("/assessments").html();
    assertThat(html.select("#facility option")).hasSizeGreaterThan(2);
    String elsewhere = jdbc.sql("SELECT id FROM facility WHERE code = 'SIZO-1'").query(String.class).single();
    html = hq.get("/assessments?facility=" + elsewhere + "&within=30").html();
    assertThat(html.select("tr.due-item[data-prisoner=" + late + "]")).isEmpty();
    assertThat(html.select("#within").attr("value")).isEqualTo("30");
    assertThat(hq.get("/assessments?facility=nonsense").status()).isEqualTo(400);
    html = hq.get("/assessments").html();
    assertThat(html.selectFirst("tr.due-item[data-prisoner=" + late + "]").text()).contains("Просрочено на 3 дня");
  }
}
