package org.bagyt.assessment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bagyt.assessment.Instrument;
import org.bagyt.assessment.Instrument.Wording;
import org.bagyt.assessment.InstrumentRefused;
import org.bagyt.assessment.InstrumentRefused.Problem;
import org.bagyt.assessment.Level;
import org.bagyt.platform.ProtectedCharacteristics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an instrument file and checks it against the schema of docs/instruments.md: the shape (an unknown field
 * is refused, never ignored), every text in ky, ru and en, codes well formed and unique, scales and judgements
 * complete, and no item that rates a protected characteristic. Every problem is reported, not only the first.
 */
public final class InstrumentSchema {

  /** What an item may look at (docs/instruments.md). */
  public enum Input {
    BEHAVIOUR, ATTITUDES_TO_VIOLENCE, INTENT, CAPABILITY, HISTORY_OF_VIOLENCE, CRIMINAL_HISTORY, ASSOCIATIONS,
    CIRCUMSTANCES, MOTIVATION, COMMITMENT, WELLBEING, SUPPORT, ENGAGEMENT
  }

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
  private static final Pattern LOWER_CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern UPPER_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final int MAX_TEXT = 4000;

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      // An absent flag (unknown, rationaleRequired, plan) means false.
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private InstrumentSchema(String file) {
    this.file = file;
  }

  /** The instrument in the file, or {@link InstrumentRefused} listing every problem. */
  public static Instrument read(String file, String yaml) {
    var schema = new InstrumentSchema(file);
    Instrument instrument;
    try {
      instrument = YAML.readValue(yaml, Instrument.class);
    } catch (UnrecognizedPropertyException unknown) {
      throw schema.refuse("", "instrument.problem.unknown-field", unknown.getPropertyName(), path(unknown));
    } catch (JacksonException malformed) {
      throw schema.refuse("", "instrument.problem.malformed", malformed.getOriginalMessage(), path(malformed));
    }
    if (instrument == null) {
      throw schema.refuse("", "instrument.problem.empty");
    }
    schema.check(instrument);
    if (!schema.problems.isEmpty()) {
      throw new InstrumentRefused(file, schema.problems);
    }
    return instrument;
  }

  private static String path(JacksonException e) {
    return e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private InstrumentRefused refuse(String where, String key, String... arguments) {
    problems.add(new Problem(where, key, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList()));
    return new InstrumentRefused(file, problems);
  }

  private void problem(String where, String key, String... arguments) {
    problems.add(new Problem(where, key, List.of(arguments)));
  }

  private void check(Instrument i) {
    if (i.id() == null || !ID.matcher(i.id()).matches()) {
      problem("id", "instrument.problem.id");
    }
    if (i.version() < 1) {
      problem("version", "instrument.problem.version");
    }
    if (i.purpose() == null) {
      problem("purpose", "instrument.problem.required", "purpose");
    }
    wording("name", i.name());
    wording("guidance", i.guidance());
    if (i.licence() != null && (i.licence().isBlank() || i.licence().length() > 500)) {
      problem("licence", "instrument.problem.text-length", "licence");
    }
    Set<String> scales = checkScales(i);
    checkDomains(i, scales);
    checkJudgements(i);
  }

  private Set<String> checkScales(Instrument i) {
    var codes = new HashSet<String>();
    if (i.scales() == null || i.scales().isEmpty()) {
      problem("scales", "instrument.problem.required", "scales");
      return codes;
    }
    for (int s = 0; s < i.scales().size(); s++) {
      var scale = i.scales().get(s);
      String at = "scales[" + s + "]";
      if (scale.code() == null || !LOWER_CODE.matcher(scale.code()).matches()) {
        problem(at, "instrument.problem.lower-code", "code");
      } else if (!codes.add(scale.code())) {
        problem(at, "instrument.problem.duplicate-code", scale.code());
      }
      if (scale.options() == null || scale.options().size() < 2) {
        problem(at, "instrument.problem.scale-options");
        continue;
      }
      var options = new HashSet<String>();
      for (int o = 0; o < scale.options().size(); o++) {
        var option = scale.options().get(o);
        String oat = at + ".options[" + o + "]";
        if (option.code() == null || !UPPER_CODE.matcher(option.code()).matches()) {
          problem(oat, "instrument.problem.upper-code", "code");
        } else if (!options.add(option.code())) {
          problem(oat, "instrument.problem.duplicate-code", option.code());
        }
        wording(oat + ".label", option.label());
      }
      for (String need : scale.needs() == null ? List.<String>of() : scale.needs()) {
        if (!options.contains(need)) {
          problem(at + ".needs", "instrument.problem.unknown-option", need);
        }
      }
    }
    return codes;
  }

  private void checkDomains(Instrument i, Set<String> scales) {
    if (i.domains() == null || i.domains().isEmpty()) {
      problem("domains", "instrument.problem.required", "domains");
      return;
    }
    var domainCodes = new HashSet<String>();
    var itemCodes = new HashSet<String>();
    for (int d = 0; d < i.domains().size(); d++) {
      var domain = i.domains().get(d);
      String at = "domains[" + d + "]";
      if (domain.code() == null || !LOWER_CODE.matcher(domain.code()).matches()) {
        problem(at, "instrument.problem.lower-code", "code");
      } else if (!domainCodes.add(domain.code())) {
        problem(at, "instrument.problem.duplicate-code", domain.code());
      }
      wording(at + ".title", domain.title());
      if (domain.items() == null || domain.items().isEmpty()) {
        problem(at + ".items", "instrument.problem.required", "items");
        continue;
      }
      for (int n = 0; n < domain.items().size(); n++) {
        var item = domain.items().get(n);
        String iat = at + ".items[" + n + "]" + (item.code() == null ? "" : " (" + item.code() + ")");
        if (item.code() == null || !UPPER_CODE.matcher(item.code()).matches()) {
          problem(iat, "instrument.problem.upper-code", "code");
        } else if (!itemCodes.add(item.code())) {
          problem(iat, "instrument.problem.duplicate-code", item.code());
        }
        wording(iat + ".title", item.title());
        wording(iat + ".guidance", item.guidance());
        if (item.scale() == null || !scales.contains(item.scale())) {
          problem(iat + ".scale", "instrument.problem.unknown-scale", String.valueOf(item.scale()));
        }
        if (item.direction() == null) {
          problem(iat + ".direction", "instrument.problem.required", "direction");
        }
        checkRates(iat, item);
      }
    }
  }

  /** An item states what it looks at; a protected characteristic is refused by name and by wording. */
  private void checkRates(String at, Instrument.Item item) {
    if (item.rates() == null || item.rates().isEmpty()) {
      problem(at + ".rates", "instrument.problem.required", "rates");
    } else {
      for (String input : item.rates()) {
        if (ProtectedCharacteristics.FORBIDDEN_INPUTS.contains(input)) {
          problem(at + ".rates", "instrument.problem.forbidden-input", input);
        } else if (Arrays.stream(Input.values()).noneMatch(v -> v.name().equals(input))) {
          problem(at + ".rates", "instrument.problem.unknown-input", input);
        }
      }
    }
    var named = new java.util.TreeSet<String>();
    for (Wording w : new Wording[] {item.title(), item.guidance()}) {
      if (w != null) {
        java.util.stream.Stream.of(w.ky(), w.ru(), w.en()).forEach(t -> named.addAll(ProtectedCharacteristics.namedIn(t)));
      }
    }
    if (!named.isEmpty()) {
      problem(at, "instrument.problem.forbidden-wording", String.join(", ", named));
    }
  }

  private void checkJudgements(Instrument i) {
    if (i.judgements() == null || i.judgements().isEmpty()) {
      problem("judgements", "instrument.problem.required", "judgements");
      return;
    }
    var codes = new HashSet<String>();
    for (int j = 0; j < i.judgements().size(); j++) {
      var judgement = i.judgements().get(j);
      String at = "judgements[" + j + "]" + (judgement.code() == null ? "" : " (" + judgement.code() + ")");
      if (judgement.code() == null || !LOWER_CODE.matcher(judgement.code()).matches()) {
        problem(at, "instrument.problem.lower-code", "code");
      } else if (!codes.add(judgement.code())) {
        problem(at, "instrument.problem.duplicate-code", judgement.code());
      }
      wording(at + ".title", judgement.title());
      wording(at + ".guidance", judgement.guidance());
      var months = judgement.reviewMonths();
      if (months == null || !months.keySet().containsAll(EnumSet.allOf(Level.class))) {
        problem(at + ".reviewMonths", "instrument.problem.review-months");
      } else if (months.values().stream().anyMatch(m -> m == null || m < 1 || m > 36)) {
        problem(at + ".reviewMonths", "instrument.problem.review-months");
      }
    }
  }

  private void wording(String at, Wording w) {
    if (w == null) {
      problem(at, "instrument.problem.required", at);
      return;
    }
    for (var text : new String[][] {{"ky", w.ky()}, {"ru", w.ru()}, {"en", w.en()}}) {
      if (text[1] == null || text[1].isBlank()) {
        problem(at + "." + text[0], "instrument.problem.missing-language", text[0]);
      } else if (text[1].length() > MAX_TEXT) {
        problem(at + "." + text[0], "instrument.problem.text-length", text[0]);
      }
    }
  }
}
