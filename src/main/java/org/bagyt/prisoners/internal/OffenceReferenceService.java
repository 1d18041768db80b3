package org.bagyt.prisoners.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.EarlyReleaseRule;
import org.bagyt.prisoners.OffenceArticle;
import org.bagyt.prisoners.OffenceCategory;
import org.bagyt.prisoners.OffenceReference;
import org.bagyt.prisoners.RefusedEntry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OffenceReferenceService implements OffenceReference {

  static final String MANAGE = "offence.manage";
  private static final Pattern ARTICLE = Pattern.compile("[0-9]{1,4}(-[0-9]{1,2})?");
  private static final int MAX_TITLE = 300;

  private final SentenceRecords records;
  private final SentenceRecalculation recalculation;
  private final AuditTrail audit;
  private final Clock clock;

  OffenceReferenceService(SentenceRecords records, SentenceRecalculation recalculation, AuditTrail audit, Clock clock) {
    this.records = records;
    this.recalculation = recalculation;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<OffenceArticle> articles() {
    return records.articles();
  }

  @Override
  @Transactional(readOnly = true)
  public List<EarlyReleaseRule> rules() {
    return records.rules().values().stream().sorted(java.util.Comparator.comparing(EarlyReleaseRule::category)).toList();
  }

  @Override
  @Transactional
  public OffenceArticle add(int codeYear, String article, String titleKy, String titleRu, String titleEn,
      OffenceCategory category) {
    permitted();
    if (codeYear < 1950 || codeYear > 2100) {
      throw new RefusedEntry("codeYear", "code-year-invalid", "offences.error.code-year");
    }
    String number = article == null ? "" : article.strip();
    if (!ARTICLE.matcher(number).matches()) {
      throw new RefusedEntry("article", "article-invalid", "offences.error.article");
    }
    var titles = titles(titleKy, titleRu, titleEn);
    if (category == null) {
      throw new RefusedEntry("category", "category-required", "offences.error.category");
    }
    if (records.articleExists(codeYear, number)) {
      throw new RefusedEntry("article", "article-exists", "offences.error.exists");
    }
    UUID id = records.addArticle(codeYear, number, titles[0], titles[1], titles[2], category);
    audit.record(AuditEvent.create("OFFENCE_ARTICLE", id));
    return records.article(id).orElseThrow();
  }

  @Override
  @Transactional
  public int change(UUID id, String titleKy, String titleRu, String titleEn, OffenceCategory category, boolean inUse,
      int version) {
    var by = permitted();
    var article = records.article(id).orElseThrow(BagytException::notFound);
    var titles = titles(titleKy, titleRu, titleEn);
    if (category == null) {
      throw new RefusedEntry("category", "category-required", "offences.error.category");
    }
    if (!records.changeArticle(id, titles[0], titles[1], titles[2], category, inUse, version)) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.update("OFFENCE_ARTICLE", id));
    if (category == article.category()) {
      return 0;
    }
    return recalculation.everySentenceServed(by, SentenceRecords.Why.message("sentence.reason.article-changed",
        article.article(), article.codeYear()));
  }

  @Override
  @Transactional
  public int changeRule(OffenceCategory category, int numerator, int denominator, int version) {
    var by = permitted();
    if (category == null) {
      throw BagytException.notFound();
    }
    if (numerator < 1 || denominator < 1 || numerator > denominator || denominator > 100) {
      throw new RefusedEntry("fraction-" + category, "fraction-invalid", "offences.error.fraction");
    }
    var before = records.rules().get(category);
    if (!records.changeRule(category, numerator, denominator, by, clock.instant(), version)) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
    audit.record(AuditEvent.update("EARLY_RELEASE_RULE", category).withPurpose(
        before.numerator() + "/" + before.denominator() + " -> " + numerator + "/" + denominator));
    return recalculation.everySentenceServed(by, SentenceRecords.Why.message("sentence.reason.rule-changed",
        category, before.numerator() + "/" + before.denominator(), numerator + "/" + denominator));
  }

  private static String[] titles(String... titles) {
    String[] stripped = new String[titles.length];
    String[] fields = {"titleKy", "titleRu", "titleEn"};
    for (int i = 0; i < titles.length; i++) {
      stripped[i] = titles[i] == null ? "" : titles[i].strip();
      if (stripped[i].isEmpty() || stripped[i].length() > MAX_TITLE) {
        throw new RefusedEntry(fields[i], "title-invalid", "offences.error.title");
      }
    }
    return stripped;
  }

  private static String permitted() {
    if (!SignedInUser.holds(MANAGE)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().map(SignedInUser::username).orElseThrow();
  }
}
