package org.bagyt.assessment.web;

import org.bagyt.platform.web.FormValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bagyt.assessment.AssessmentEntry;
import org.bagyt.assessment.AssessmentEntry.JudgementEntry;
import org.bagyt.assessment.AssessmentEntry.PlanEntry;
import org.bagyt.assessment.AssessmentEntry.PlanKind;
import org.bagyt.assessment.AssessmentEntry.Rating;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.Level;
import org.bagyt.assessment.Source;
import org.springframework.util.MultiValueMap;

/**
 * The assessment form's values by field name (the names the service reports errors under), either from what the
 * assessment says or from what a person sent, so that a refused save shows every word typed again. Plan rows are
 * numbered from 0 without gaps: rows left entirely empty are dropped, which keeps each row's number equal to its
 * position in the plan, as the service's errors name it; a few empty rows follow for new entries.
 */
final class AssessmentForm {

  static final int EMPTY_PLAN_ROWS = 3;
  private static final Pattern PLAN_FIELD = Pattern.compile("plan-(kind|description|needs)-(\\d{1,3})");

  private final Map<String, List<String>> values;
  private final int filledPlanRows;

  private AssessmentForm(Map<String, List<String>> values, int filledPlanRows) {
    this.values = values;
    this.filledPlanRows = filledPlanRows;
  }

  /** The form as the assessment stands. */
  static AssessmentForm of(AssessmentEntry entry) {
    var values = new LinkedHashMap<String, List<String>>();
    entry.ratings().forEach((code, r) -> {
      put(values, "rating-" + code, r.rating());
      put(values, "rationale-" + code, r.rationale());
    });
    entry.judgements().forEach((code, j) -> {
      put(values, "level-" + code, j.level() == null ? null : j.level().name());
      put(values, "judgement-rationale-" + code, j.rationale());
    });
    values.put("sources", entry.sources().stream().map(Enum::name).toList());
    put(values, "sources-note", entry.sourcesNote());
    for (int n = 0; n < entry.plan().size(); n++) {
      PlanEntry p = entry.plan().get(n);
      put(values, "plan-kind-" + n, p.kind() == null ? null : p.kind().name());
      put(values, "plan-description-" + n, p.description());
      values.put("plan-needs-" + n, p.needs());
    }
    return new AssessmentForm(values, entry.plan().size());
  }

  /** The form as it was sent, plan rows renumbered without the empty ones; fields the instrument lacks are left out. */
  static AssessmentForm sent(MultiValueMap<String, String> params, Instrument instrument) {
    var values = new LinkedHashMap<String, List<String>>();
    instrument.items().forEach(item -> {
      copy(params, values, "rating-" + item.code());
      copy(params, values, "rationale-" + item.code());
    });
    instrument.judgements().forEach(j -> {
      copy(params, values, "level-" + j.code());
      copy(params, values, "judgement-rationale-" + j.code());
    });
    copy(params, values, "sources");
    copy(params, values, "sources-note");
    var rows = new TreeSet<Integer>();
    params.keySet().forEach(name -> {
      var m = PLAN_FIELD.matcher(name);
      if (m.matches()) {
        rows.add(Integer.parseInt(m.group(2)));
      }
    });
    int n = 0;
    for (int row : rows) {
      String kind = first(params, "plan-kind-" + row);
      String description = first(params, "plan-description-" + row);
      List<String> needs = nonBlank(params.get("plan-needs-" + row));
      if (blank(kind) && blank(description) && needs.isEmpty()) {
        continue;
      }
      put(values, "plan-kind-" + n, kind);
      put(values, "plan-description-" + n, description);
      values.put("plan-needs-" + n, needs);
      n++;
    }
    return new AssessmentForm(values, n);
  }

  /** What was written in a field, or "" (for text areas and inputs). */
  public String value(String field) {
    var v = values.get(field);
    return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  /** Whether a radio button or check box of the field is to be shown chosen. */
  public boolean checked(String field, Object option) {
    var v = values.get(field);
    return v != null && v.contains(String.valueOf(option));
  }

  /** The plan rows to show: those written and a few empty ones. */
  public List<Integer> planRows() {
    var rows = new ArrayList<Integer>();
    for (int n = 0; n < filledPlanRows + EMPTY_PLAN_ROWS; n++) {
      rows.add(n);
    }
    return rows;
  }

  /** The entry the form says, and the problems found in reading it (codes no form offers), by field. */
  record Parsed(AssessmentEntry entry, Map<String, String> errors) {}

  Parsed parse(Instrument instrument) {
    var errors = new LinkedHashMap<String, String>();
    var ratings = new LinkedHashMap<String, Rating>();
    instrument.items().forEach(item -> {
      String rating = blankToNull(value("rating-" + item.code()));
      String rationale = blankToNull(value("rationale-" + item.code()));
      if (rating != null || rationale != null) {
        ratings.put(item.code(), new Rating(rating, rationale));
      }
    });
    var judgements = new LinkedHashMap<String, JudgementEntry>();
    instrument.judgements().forEach(j -> {
      String levelText = blankToNull(value("level-" + j.code()));
      String rationale = blankToNull(value("judgement-rationale-" + j.code()));
      Level level = FormValues.option(levelText, Level.class);
      if (levelText != null && level == null) {
        errors.put("level-" + j.code(), "assessment.page.error.unknown-level");
      }
      if (level != null || rationale != null) {
        judgements.put(j.code(), new JudgementEntry(level, rationale));
      }
    });
    var sources = new ArrayList<Source>();
    for (String s : values.getOrDefault("sources", List.of())) {
      Source source = FormValues.option(s, Source.class);
      if (source == null) {
        errors.putIfAbsent("sources", "assessment.page.error.unknown-source");
      } else if (!sources.contains(source)) {
        sources.add(source);
      }
    }
    var plan = new ArrayList<PlanEntry>();
    for (int n = 0; n < filledPlanRows; n++) {
      String kindText = blankToNull(value("plan-kind-" + n));
      PlanKind kind = FormValues.option(kindText, PlanKind.class);
      if (kindText != null && kind == null) {
        errors.put("plan-kind-" + n, "assessment.error.plan-kind");
      }
      plan.add(new PlanEntry(kind, blankToNull(value("plan-description-" + n)),
          values.getOrDefault("plan-needs-" + n, List.of()).stream().distinct().toList()));
    }
    return new Parsed(new AssessmentEntry(ratings, judgements, sources, blankToNull(value("sources-note")), plan), errors);
  }

  private static void copy(MultiValueMap<String, String> params, Map<String, List<String>> values, String field) {
    var sent = params.get(field);
    if (sent != null) {
      values.put(field, nonBlank(sent));
    }
  }

  private static void put(Map<String, List<String>> values, String field, String value) {
    values.put(field, value == null ? List.of() : List.of(value));
  }

  private static String first(MultiValueMap<String, String> params, String field) {
    var v = params.get(field);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static List<String> nonBlank(List<String> sent) {
    return sent == null ? List.of() : sent.stream().filter(s -> s != null && !s.isBlank()).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s;
  }
}
