package org.bagyt.conduct;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogue of observable behaviours that Bagyt will not use: nothing of it is loaded, and Bagyt does not start
 * with it. Each problem says where in the file it is and which rule it breaks (a message key and its arguments).
 */
public class ObservationCatalogueRefused extends RuntimeException {

  public record Problem(String where, String key, List<String> arguments) {}

  private final transient List<Problem> problems;

  public ObservationCatalogueRefused(String file, List<Problem> problems) {
    super("Catalogue of observable behaviours " + file + " refused: " + problems.stream()
        .map(p -> p.where() + ": " + p.key() + (p.arguments().isEmpty() ? "" : " " + p.arguments()))
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  public List<String> keys() {
    return problems.stream().map(Problem::key).toList();
  }
}
