package org.bagyt.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.bagyt.assessment.Appeal;
import org.bagyt.assessment.Assessment;
import org.bagyt.assessment.AssessmentEntry.PlanKind;
import org.bagyt.assessment.Assessments;
import org.bagyt.assessment.DueItem;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.Instruments;
import org.bagyt.assessment.Level;
import org.bagyt.assessment.OutcomeNotice;
import org.bagyt.assessment.ReviewSchedule;
import org.bagyt.assessment.Source;
import org.bagyt.estate.Estate;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.I18n;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.bagyt.platform.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessments as assessors and governors use them: a prisoner's assessments with what is due and the levels over
 * time; one assessment, written in its form, then checked, countersigned or returned, told to the prisoner and
 * appealed; two beside each other; and what is due across the reader's facilities. A refused form comes back with
 * everything that was typed in it and each problem at its field.
 */
@Controller
class AssessmentsController {

  private static final String DATE_INVALID = "assessment.page.error.date-invalid";

  private final Assessments assessments;
  private final Instruments instruments;
  private final ReviewSchedule schedule;
  private final Estate estate;
  private final MessageSource messages;
  private final I18n i18n;
  private final JsonMapper json;

  AssessmentsController(Assessments assessments, Instruments instruments, ReviewSchedule schedule, Estate estate,
      MessageSource messages, I18n i18n, JsonMapper json) {
    this.assessments = assessments;
    this.instruments = instruments;
    this.schedule = schedule;
    this.estate = estate;
    this.messages = messages;
    this.i18n = i18n;
    this.json = json;
  }

  @Bean
  static Navigation assessmentsNavigation() {
    return new Navigation(20, "nav.assessments", "/assessments", Assessments.READ);
  }

  // ---- what is due across the reader's facilities

  @GetMapping("/assessments")
  String due(@RequestParam(required = false) String facility, @RequestParam(required = false) String within,
      Model model, HttpServletResponse response) {
    var errors = new LinkedHashMap<String, String>();
    UUID facilityId = null;
    boolean serviceWide = SignedInUser.current().map(SignedInUser::serviceWide).orElse(false);
    if (serviceWide && facility != null && !facility.isBlank()) {
      try {
        facilityId = UUID.fromString(facility.strip());
      } catch (IllegalArgumentException malformed) {
        errors.put("facility", "assessment.page.error.unknown-facility");
      }
    }
    int days = schedule.dueSoonDays();
    if (within != null && !within.isBlank()) {
      try {
        days = Integer.parseInt(within.strip());
      } catch (NumberFormatException malformed) {
        errors.put("within", "assessment.error.due-window");
      }
    }
    List<DueItem> items = List.of();
    if (errors.isEmpty()) {
      try {
        items = overdueFirst(schedule.due(facilityId, days));
      } catch (BagytException refused) {
        if (refused.status().value() != 400) {
          throw refused;
        }
        errors.put("within", refused.messageKey());
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("items", items);
    model.addAttribute("errors", errors);
    model.addAttribute("serviceWide", serviceWide);
    model.addAttribute("facilities", serviceWide ? estate.facilities() : List.of());
    model.addAttribute("facility", facilityId);
    model.addAttribute("within", within == null || within.isBlank() ? String.valueOf(days) : within);
    model.addAttribute("days", days);
    return "assessment/due";
  }

  /** The service lists by due date; overdue reviews come first, the most overdue at the top, then the rest. */
  static List<DueItem> overdueFirst(List<DueItem> items) {
    var sorted = new ArrayList<>(items.stream().filter(DueItem::overdue).toList());
    sorted.addAll(items.stream().filter(d -> !d.overdue()).toList());
    return sorted;
  }

  // ---- a prisoner's assessments

  /** An assessment as a row of the prisoner's list. */
  record Row(Assessment assessment, String instrumentName, List<Judged> levels) {}

  /** A judgement's title with its level. */
  record Judged(String code, String title, Level level) {}

  /** A point of the timeline: one countersigned assessment's levels, with the instrument's titles. */
  record Point(UUID assessmentId, LocalDate on, String instrumentName, List<Judged> levels) {}

  @GetMapping("/prisoners/{id}/assessments")
  String prisoner(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
    try {
      var overview = assessments.overview(id);
      String language = locale.getLanguage();
      var rows = overview.assessments().stream().map(a -> {
        Instrument instrument = instruments.get(a.instrumentId(), a.instrumentVersion());
        return new Row(a, instrument.name().in(language), judged(instrument, a, language));
      }).toList();
      var byId = new LinkedHashMap<UUID, Assessment>();
      overview.assessments().forEach(a -> byId.put(a.id(), a));
      var points = overview.timeline().stream().map(t -> {
        Assessment a = byId.get(t.assessmentId());
        Instrument instrument = instruments.get(a.instrumentId(), a.instrumentVersion());
        return new Point(t.assessmentId(), t.on(), instrument.name().in(language), judged(instrument, a, language));
      }).toList();
      model.addAttribute("overview", overview);
      model.addAttribute("rows", rows);
      model.addAttribute("points", points);
      model.addAttribute("language", language);
      if (!points.isEmpty()) {
        timelineChart(overview.timeline(), byId, language, locale, model);
      }
      if (!model.containsAttribute("errors")) {
        model.addAttribute("errors", Map.of());
      }
      return "assessment/prisoner";
    } catch (OutsideScope outside) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("id", id);
      model.addAttribute("errors", null);
      return "prisoners/break-glass";
    }
  }

  @PostMapping("/prisoners/{id}/assessments")
  String start(@PathVariable UUID id, @RequestParam(required = false) String instrument, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      UUID started = assessments.start(id, instrument);
      redirect.addFlashAttribute("done", "assessment.page.done.started");
      return "redirect:/assessments/" + started;
    } catch (InvalidFields invalid) {
      response.setStatus(invalid.status().value());
      model.addAttribute("errors", invalid.errors());
    } catch (BagytException refused) {
      if (refused.status().value() == 404 || refused instanceof OutsideScope) {
        throw refused;
      }
      response.setStatus(refused.status().value());
      model.addAttribute("errors", Map.of("instrument", refused.messageKey()));
    }
    return prisoner(id, model, locale, response);
  }

  private static List<Judged> judged(Instrument instrument, Assessment a, String language) {
    return instrument.judgements().stream()
        .map(j -> new Judged(j.code(), j.title().in(language), a.levels().get(j.code()))).toList();
  }

  /**
   * The judged levels over time for the chart, as data attributes (the Content-Security-Policy allows no inline
   * script): one series per instrument and judgement, a step at each countersigned assessment.
   */
  private void timelineChart(List<Assessments.TimelinePoint> timeline, Map<UUID, Assessment> byId, String language,
      Locale locale, Model model) {
    var series = new LinkedHashMap<String, Map<String, Object>>();
    long instrumentsShown = timeline.stream().map(Assessments.TimelinePoint::instrumentId).distinct().count();
    for (int n = 0; n < timeline.size(); n++) {
      var point = timeline.get(n);
      Assessment a = byId.get(point.assessmentId());
      Instrument instrument = instruments.get(a.instrumentId(), a.instrumentVersion());
      for (var j : instrument.judgements()) {
        Level level = point.levels().get(j.code());
        if (level == null) {
          continue;
        }
        String key = instrument.id() + "/" + j.code();
        int at = n;
        var s = series.computeIfAbsent(key, k -> {
          var created = new LinkedHashMap<String, Object>();
          created.put("name", instrumentsShown > 1
              ? j.title().in(language) + " · " + messages.getMessage("assessment.purpose." + instrument.purpose(), null, locale)
              : j.title().in(language));
          created.put("data", new ArrayList<>(Collections.nCopies(timeline.size(), (Integer) null)));
          return created;
        });
        @SuppressWarnings("unchecked")
        var data = (List<Integer>) s.get("data");
        data.set(at, level.ordinal());
      }
    }
    model.addAttribute("chartDates", json.writeValueAsString(timeline.stream().map(t -> i18n.date(t.on())).toList()));
    model.addAttribute("chartLevels", json.writeValueAsString(Arrays.stream(Level.values())
        .map(l -> messages.getMessage("assessment.level." + l, null, locale)).toList()));
    model.addAttribute("chartSeries", json.writeValueAsString(series.values()));
  }

  // ---- one assessment

  @GetMapping("/assessments/{id}")
  String assessment(@PathVariable UUID id, Model model, Locale locale) {
    return show(id, null, Map.of(), null, Map.of(), model, locale);
  }

  /** Saves the draft, or submits it for countersigning, as the button pressed says. */
  @PostMapping("/assessments/{id}")
  String write(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    var view = assessments.read(id);
    AssessmentForm form = AssessmentForm.sent(params, view.instrument());
    boolean submit = "submit".equals(params.getFirst("action"));
    Integer version = FormValues.parse(params.getFirst("version"), Integer::valueOf);
    var parsed = form.parse(view.instrument());
    if (version == null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(id, form, parsed.errors(), text("assessment.page.error.version", locale), Map.of(), model, locale);
    }
    if (!parsed.errors().isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(id, form, parsed.errors(), null, Map.of(), model, locale);
    }
    try {
      if (submit) {
        assessments.submit(id, version, parsed.entry());
        redirect.addFlashAttribute("done", "assessment.page.done.submitted");
      } else {
        assessments.save(id, version, parsed.entry());
        redirect.addFlashAttribute("done", "assessment.page.done.saved");
      }
      return "redirect:/assessments/" + id;
    } catch (InvalidFields invalid) {
      response.setStatus(invalid.status().value());
      return show(id, form, invalid.errors(), null, Map.of(), model, locale);
    } catch (BagytException refused) {
      // A stale edit, or a step no longer possible: the form again with every word that was sent, and why.
      rethrowUnlessShown(refused);
      response.setStatus(refused.status().value());
      return show(id, form, Map.of(), text(refused, locale), Map.of(), model, locale);
    }
  }

  @PostMapping("/assessments/{id}/countersign")
  String countersign(@PathVariable UUID id, @RequestParam(required = false) String version, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    return step(id, version, Map.of(), model, locale, redirect, response, "assessment.page.done.countersigned",
        v -> assessments.countersign(id, v));
  }

  @PostMapping("/assessments/{id}/return")
  String returnToAuthor(@PathVariable UUID id, @RequestParam(required = false) String version,
      @RequestParam(required = false) String comment, Model model, Locale locale, RedirectAttributes redirect,
      HttpServletResponse response) {
    return step(id, version, Map.of("comment", nullToEmpty(comment)), model, locale, redirect, response,
        "assessment.page.done.returned", v -> assessments.returnToAuthor(id, v, comment == null ? "" : comment));
  }

  @PostMapping("/assessments/{id}/notice")
  String notice(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    var sent = sent(params, "told-on", "method", "notice-language", "interpreter", "notice-note");
    var errors = new LinkedHashMap<String, String>();
    LocalDate toldOn = FormValues.date(sent.get("told-on"), "told-on", DATE_INVALID, errors);
    OutcomeNotice.Method method = FormValues.option(sent.get("method"), OutcomeNotice.Method.class);
    return answer(id, sent, errors, model, locale, redirect, response, "assessment.page.done.notice",
        () -> assessments.recordNotice(id, toldOn, method, sent.get("notice-language"), "yes".equals(sent.get("interpreter")),
            sent.get("notice-note")));
  }

  @PostMapping("/assessments/{id}/appeals")
  String lodge(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    var sent = sent(params, "lodged-on", "grounds");
    var errors = new LinkedHashMap<String, String>();
    LocalDate lodgedOn = FormValues.date(sent.get("lodged-on"), "lodged-on", DATE_INVALID, errors);
    return answer(id, sent, errors, model, locale, redirect, response, "assessment.page.done.appeal-lodged",
        () -> assessments.lodgeAppeal(id, lodgedOn, sent.get("grounds")));
  }

  @PostMapping("/assessments/{id}/appeals/{appealId}/decision")
  String decide(@PathVariable UUID id, @PathVariable UUID appealId, @RequestParam MultiValueMap<String, String> params,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    var sent = sent(params, "version", "decision", "decision-reason");
    Appeal.Decision decision = FormValues.option(sent.get("decision"), Appeal.Decision.class);
    return step(id, sent.get("version"), sent, model, locale, redirect, response, "assessment.page.done.appeal-decided",
        v -> assessments.decideAppeal(appealId, v, decision, sent.get("decision-reason")));
  }

  // ---- two assessments side by side

  /** One item or judgement of two assessments, side by side; {@code changed} when the rating or level differs. */
  record Compared(String code, String title, String before, String beforeRationale, String now, String nowRationale,
      boolean changed) {}

  /** A domain of the comparison: its title and items. */
  record ComparedDomain(String title, List<Compared> rows) {}

  @GetMapping("/assessments/{id}/compare")
  String compare(@PathVariable UUID id, Model model, Locale locale) {
    var comparison = assessments.compare(id);
    String language = locale.getLanguage();
    var now = new AssessmentSheet(comparison.current(), language);
    var before = new AssessmentSheet(comparison.previous(), language);
    var domains = new ArrayList<ComparedDomain>();
    for (var domain : now.instrument().domains()) {
      var rows = domain.items().stream().map(item -> new Compared(item.code(), item.title().in(language),
          before.rating(item.code()), before.rationale(item.code()), now.rating(item.code()), now.rationale(item.code()),
          !Objects.equals(before.ratingCode(item.code()), now.ratingCode(item.code())))).toList();
      domains.add(new ComparedDomain(domain.title().in(language), rows));
    }
    var judgements = now.instrument().judgements().stream().map(j -> new Compared(j.code(), j.title().in(language),
        levelText(before.level(j.code()), locale), before.judgementRationale(j.code()),
        levelText(now.level(j.code()), locale), now.judgementRationale(j.code()),
        before.level(j.code()) != now.level(j.code()))).toList();
    model.addAttribute("now", now);
    model.addAttribute("before", before);
    model.addAttribute("domains", domains);
    model.addAttribute("judgements", judgements);
    return "assessment/compare";
  }

  private String levelText(Level level, Locale locale) {
    return level == null ? "" : messages.getMessage("assessment.level." + level, null, locale);
  }

  // ---- the page of one assessment, shown anew or with what a refused form sent

  /**
   * @param form the assessment form as sent, or null to show the assessment as it stands
   * @param errors field to message key
   * @param problem a refusal that belongs to no one field, already in the reader's language
   * @param sent what the smaller forms (return, notice, appeal) were sent with, by field
   */
  private String show(UUID id, AssessmentForm form, Map<String, String> errors, String problem, Map<String, String> sent,
      Model model, Locale locale) {
    var view = assessments.read(id);
    String language = locale.getLanguage();
    boolean editing = view.allowed().edit() || form != null;
    model.addAttribute("view", view);
    model.addAttribute("sheet", new AssessmentSheet(view, language));
    model.addAttribute("editing", editing);
    model.addAttribute("form", editing ? (form != null ? form : AssessmentForm.of(view.assessment().content())) : null);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("sent", sent);
    model.addAttribute("language", language);
    model.addAttribute("sources", Source.values());
    model.addAttribute("planKinds", PlanKind.values());
    model.addAttribute("levels", Level.values());
    model.addAttribute("methods", OutcomeNotice.Method.values());
    model.addAttribute("decisions", Appeal.Decision.values());
    model.addAttribute("openAppeal", view.appeals().stream().filter(Appeal::open).findFirst().orElse(null));
    return "assessment/assessment";
  }

  /** A step that names the version the page showed (countersign, return, decide an appeal); a version must be sent. */
  private String step(UUID id, String version, Map<String, String> sent, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response, String done, IntConsumer action) {
    Integer v = FormValues.parse(version, Integer::valueOf);
    if (v == null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(id, null, Map.of(), text("assessment.page.error.version", locale), sent, model, locale);
    }
    return answer(id, sent, Map.of(), model, locale, redirect, response, done, () -> action.accept(v));
  }

  /**
   * Runs one of the smaller forms: done, back to the assessment with the message; refused (errors found in the form
   * already, or by the service), the page again with what was sent and why. Nothing was written then.
   */
  private String answer(UUID id, Map<String, String> sent, Map<String, String> found, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response, String done, Runnable action) {
    var errors = new LinkedHashMap<>(found);
    try {
      if (errors.isEmpty()) {
        action.run();
        redirect.addFlashAttribute("done", done);
        return "redirect:/assessments/" + id;
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(id, null, errors, null, sent, model, locale);
    } catch (InvalidFields invalid) {
      invalid.errors().forEach(errors::putIfAbsent);
      response.setStatus(invalid.status().value());
      return show(id, null, errors, null, sent, model, locale);
    } catch (BagytException refused) {
      rethrowUnlessShown(refused);
      response.setStatus(refused.status().value());
      return show(id, null, Map.of(), text(refused, locale), sent, model, locale);
    }
  }

  /** Unknown, or outside the reader's facilities: the error page; anything else is shown on the assessment's page. */
  private static void rethrowUnlessShown(BagytException refused) {
    if (refused.status().value() == 404 || refused instanceof OutsideScope) {
      throw refused;
    }
  }

  private String text(BagytException refused, Locale locale) {
    return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static Map<String, String> sent(MultiValueMap<String, String> params, String... fields) {
    var sent = new LinkedHashMap<String, String>();
    for (String f : fields) {
      String v = params.getFirst(f);
      sent.put(f, v == null ? "" : v);
    }
    return sent;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
