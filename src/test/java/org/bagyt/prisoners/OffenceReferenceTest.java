package org.bagyt.prisoners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.bagyt.demo.DemoData;
import org.bagyt.support.FreshDatabaseForEachTest;
import org.bagyt.support.IntegrationTest;
import org.bagyt.support.WebClient;
import org.junit.jupiter.api.Test;

/** Administrators keep the article list and the early-release fractions; a change recalculates what it affects. */
@FreshDatabaseForEachTest
class OffenceReferenceTest extends IntegrationTest {

  private WebClient admin() {
    var client = client().acceptLanguage("en");
    client.signIn("admin", DemoData.DEMO_PASSWORD);
    client.get("/admin/offences");
    return client;
  }

  private int version(String category) {
    return jdbc.sql("SELECT version FROM early_release_rule WHERE category = ?").param(category).query(Integer.class).single();
  }

  @Test
  void changingAFractionRecalculatesEverySentenceServedUnderItAndKeepsTheOldCalculations() {
    int violent = jdbc.sql("SELECT count(*) FROM sentence s JOIN prisoner p ON p.id = s.prisoner_id "
        + "WHERE s.category = 'VIOLENT' AND p.released_at IS NULL").query(Integer.class).single();
    int calculations = jdbc.sql("SELECT count(*) FROM sentence_calculation").query(Integer.class).single();
    var sample = jdbc.sql("SELECT prisoner_id, eligible_on, release_on FROM sentence WHERE category = 'VIOLENT' "
        + "ORDER BY prisoner_id LIMIT 1").query().singleRow();
    var admin = admin();

    var page = admin.follow(admin.postForm("/admin/offences/rules/VIOLENT",
        Map.of("numerator", "1", "denominator", "2", "version", String.valueOf(version("VIOLENT")))));
    assertThat(page.html().select(".govuk-notification-banner__heading").text())
        .isEqualTo("The early-release fraction has been changed.");
    assertThat(page.html().select(".bagyt-recalculated").text()).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d sentences were recalculated.", violent));

    assertThat(jdbc.sql("SELECT count(*) FROM sentence WHERE category = 'VIOLENT' AND numerator = 1 AND denominator = 2")
        .query(Integer.class).single()).isEqualTo(violent);
    assertThat(jdbc.sql("SELECT count(*) FROM sentence_calculation").query(Integer.class).single())
        .isEqualTo(calculations + violent);
    UUID prisoner = (UUID) sample.get("prisoner_id");
    var history = jdbc.sql("SELECT calculated_by, reason_key, reason_args, eligible_on, release_on FROM sentence_calculation "
        + "WHERE prisoner_id = ? ORDER BY calculated_at").param(prisoner).query().listOfRows();
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("eligible_on")).isEqualTo(sample.get("eligible_on"));
    assertThat(history.get(1)).containsEntry("calculated_by", "admin")
        .containsEntry("reason_key", "sentence.reason.rule-changed");
    assertThat(history.get(1).get("release_on")).as("the release date does not depend on the fraction")
        .isEqualTo(sample.get("release_on"));
    assertThat(((java.sql.Date) history.get(1).get("eligible_on")).toLocalDate())
        .isBefore(((java.sql.Date) sample.get("eligible_on")).toLocalDate());
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SENTENCE_RECALCULATED' AND actor = 'admin'")
        .query(Integer.class).single()).isEqualTo(violent);

    // The reason reads in the reader's language on the file.
    var governor = client().acceptLanguage("ru");
    governor.signIn("hq", DemoData.DEMO_PASSWORD);
    var file = governor.get("/prisoners/" + prisoner).html();
    assertThat(file.select(".bagyt-sentence-history tbody tr").first().text())
        .contains("Доля срока для категории «Насильственное» изменена с 2/3 на 1/2");
  }

  @Test
  void badFractionsAndArticlesAreRefusedAndNothingIsWritten() {
    var admin = admin();
    int version = version("OTHER");
    for (var fraction : new String[][] {{"3", "2"}, {"0", "2"}, {"x", "2"}, {"1", "101"}}) {
      var refused = admin.postForm("/admin/offences/rules/OTHER",
          Map.of("numerator", fraction[0], "denominator", fraction[1], "version", String.valueOf(version)));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.html().selectFirst(".govuk-error-summary").text()).contains("Nothing was changed.");
    }
    assertThat(version("OTHER")).isEqualTo(version);
    var stale = admin.postForm("/admin/offences/rules/OTHER",
        Map.of("numerator", "2", "denominator", "3", "version", String.valueOf(version + 7)));
    assertThat(stale.status()).isEqualTo(409);

    int articles = jdbc.sql("SELECT count(*) FROM offence_article").query(Integer.class).single();
    var duplicate = admin.postForm("/admin/offences", Map.of("codeYear", "1997", "article", "299-2", "titleKy", "а",
        "titleRu", "б", "titleEn", "c", "category", "EXTREMISM"));
    assertThat(duplicate.html().selectFirst(".govuk-error-summary").text())
        .contains("This article of this edition is already on the list.");
    var badNumber = admin.postForm("/admin/offences", Map.of("codeYear", "2021", "article", "12a", "titleKy", "а",
        "titleRu", "б", "titleEn", "c", "category", "OTHER"));
    assertThat(badNumber.html().selectFirst(".govuk-error-summary").text()).contains("Enter the article number");
    var noTitle = admin.postForm("/admin/offences", Map.of("codeYear", "2021", "article", "130", "titleKy", "а",
        "titleRu", " ", "titleEn", "c", "category", "VIOLENT"));
    assertThat(noTitle.html().selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#titleRu");
    assertThat(jdbc.sql("SELECT count(*) FROM offence_article").query(Integer.class).single()).isEqualTo(articles);

    var added = admin.follow(admin.postForm("/admin/offences", Map.of("codeYear", "2021", "article", "130",
        "titleKy", "Ден соолукка атайылап оор зыян келтирүү", "titleRu", "Умышленное причинение тяжкого вреда здоровью",
        "titleEn", "Intentionally causing grave bodily harm", "category", "VIOLENT")));
    assertThat(added.html().select(".bagyt-articles").text()).contains("Intentionally causing grave bodily harm");
  }

  @Test
  void movingAnArticleToAnotherCategoryRecalculatesTheSentencesItGoverns() {
    UUID article = jdbc.sql("SELECT id FROM offence_article WHERE code_year = 1997 AND article = '164'")
        .query(UUID.class).single();
    int affected = jdbc.sql("""
        SELECT count(*) FROM sentence s WHERE s.category = 'OTHER' AND EXISTS (SELECT 1 FROM prisoner_offence o
          WHERE o.prisoner_id = s.prisoner_id AND o.article_id = ? AND o.stage = 'CONVICTED')""").param(article)
        .query(Integer.class).single();
    assertThat(affected).isPositive();
    var admin = admin();
    admin.get("/admin/offences/" + article);
    var done = admin.follow(admin.postForm("/admin/offences/" + article, Map.of("titleKy", "Уурулук", "titleRu", "Кража",
        "titleEn", "Theft", "category", "VIOLENT", "inUse", "true", "version", "0")));
    assertThat(done.html().select(".bagyt-recalculated").text()).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d sentences were recalculated.", affected));
    assertThat(jdbc.sql("SELECT count(*) FROM sentence_calculation WHERE reason_key = 'sentence.reason.article-changed'")
        .query(Integer.class).single()).isEqualTo(affected);
  }
}
