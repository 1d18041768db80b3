package org.bagyt.conduct;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bagyt.platform.ProtectedCharacteristics;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The catalogue of observable behaviours staff record observations against (dynamic security). It is data
 * ({@code conduct/observable-behaviours.yaml}), read and checked when Bagyt starts, like the assessment instruments:
 * an entry that concerns a protected characteristic (religion or its practice, prayer, dress, diet, ethnicity,
 * nationality, ...) or whose title names one is refused, and a refused catalogue stops start-up. So no observation
 * can make one of them an indicator; staff may still write what they saw freely in the observation's own words.
 */
@Component
public class ObservationCatalogue {

  static final String FILE = "conduct/observable-behaviours.yaml";

  /** What an entry may concern: behaviour and support for violence, never who a person is or what they believe. */
  public static final Set<String> AREAS = Set.of("VIOLENCE", "SUPPORT_FOR_VIOLENCE", "INTIMIDATION", "MATERIAL",
      "CONTACTS", "ENGAGEMENT", "GROUP_CONTROL", "COMMUNICATION", "CONDUCT");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
  private static final int MAX_TITLE = 200;

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  record Title(String ky, String ru, String en) {}

  record Entry(String code, String concerns, Title title) {}

  record File(Integer version, List<Entry> behaviours) {}

  private final int version;
  private final List<ObservableBehaviour> behaviours;
  private final Map<String, ObservableBehaviour> byCode;

  ObservationCatalogue() throws IOException {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      var read = read(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      this.version = read.version();
      this.behaviours = read.behaviours();
    }
    this.byCode = behaviours.stream().collect(Collectors.toMap(ObservableBehaviour::code, Function.identity()));
  }

  /** A checked catalogue: its version and behaviours in file order. */
  public record Checked(int version, List<ObservableBehaviour> behaviours) {}

  /** Reads and checks a catalogue; refuses it with every problem found. */
  public static Checked read(String file, String yaml) {
    File parsed;
    try {
      parsed = YAML.readValue(yaml, File.class);
    } catch (JacksonException malformed) {
      throw new ObservationCatalogueRefused(file, List.of(new ObservationCatalogueRefused.Problem("file",
          "observation.problem.malformed", List.of(String.valueOf(malformed.getOriginalMessage())))));
    }
    var problems = new ArrayList<ObservationCatalogueRefused.Problem>();
    if (parsed == null || parsed.version() == null || parsed.version() < 1) {
      problems.add(new ObservationCatalogueRefused.Problem("version", "observation.problem.required", List.of("version")));
    }
    var entries = parsed == null || parsed.behaviours() == null ? List.<Entry>of() : parsed.behaviours();
    if (entries.isEmpty()) {
      problems.add(new ObservationCatalogueRefused.Problem("behaviours", "observation.problem.required",
          List.of("behaviours")));
    }
    var codes = new HashSet<String>();
    var checked = new ArrayList<ObservableBehaviour>();
    for (int n = 0; n < entries.size(); n++) {
      Entry e = entries.get(n);
      String at = "behaviours[" + n + "]";
      int before = problems.size();
      if (e == null || e.code() == null || !CODE.matcher(e.code()).matches()) {
        problems.add(problem(at + ".code", "observation.problem.code", e == null ? null : e.code()));
      } else if (!codes.add(e.code())) {
        problems.add(problem(at + ".code", "observation.problem.duplicate", e.code()));
      }
      String concerns = e == null ? null : e.concerns();
      if (concerns == null) {
        problems.add(problem(at + ".concerns", "observation.problem.required", "concerns"));
      } else if (ProtectedCharacteristics.FORBIDDEN_INPUTS.contains(concerns)) {
        problems.add(problem(at + ".concerns", "observation.problem.forbidden-subject", concerns));
      } else if (!AREAS.contains(concerns)) {
        problems.add(problem(at + ".concerns", "observation.problem.unknown-subject", concerns));
      }
      Title t = e == null ? null : e.title();
      if (t == null || Stream.of(t.ky(), t.ru(), t.en()).anyMatch(s -> s == null || s.isBlank() || s.length() > MAX_TITLE)) {
        problems.add(problem(at + ".title", "observation.problem.title", ""));
      } else {
        var named = new TreeSet<String>();
        Stream.of(t.ky(), t.ru(), t.en()).forEach(s -> named.addAll(ProtectedCharacteristics.namedIn(s)));
        if (!named.isEmpty()) {
          problems.add(problem(at + ".title", "observation.problem.forbidden-wording", String.join(", ", named)));
        }
      }
      if (problems.size() == before) {
        checked.add(new ObservableBehaviour(e.code(), concerns, t.ky().strip(), t.ru().strip(), t.en().strip()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ObservationCatalogueRefused(file, problems);
    }
    return new Checked(parsed.version(), List.copyOf(checked));
  }

  private static ObservationCatalogueRefused.Problem problem(String where, String key, String argument) {
    return new ObservationCatalogueRefused.Problem(where, key, argument == null ? List.of() : List.of(argument));
  }

  public int version() {
    return version;
  }

  public List<ObservableBehaviour> behaviours() {
    return behaviours;
  }

  /** The behaviour's title in the language, or its code when an older catalogue had it and this one does not. */
  public String title(String code, String language) {
    return find(code).map(b -> b.title(language)).orElse(code);
  }

  public Optional<ObservableBehaviour> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }
}
